import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { SessionStore } from '@sce/web-auth-data-access';
import { ModerationAccess } from '@sce/web-moderation-data-access';
import { TranslatePipe } from '@sce/web-shared-data-access';

/**
 * The main navigation's "Moderation" item (`<li sce-moderation-nav-item>`): hidden, and so out of
 * the list, unless the signed-in person moderates something. Someone without a moderator's role
 * is asked about once (their community memberships).
 */
@Component({
  // An item of the shell's <ul>, so it is an <li> itself (a custom element there breaks the list).
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'li[sce-moderation-nav-item]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  host: { '[hidden]': '!access.canModerate()' },
  template: `
    @if (access.canModerate()) {
      <a routerLink="/moderation" routerLinkActive="active" ariaCurrentWhenActive="page">{{
        'moderation.nav.link' | t
      }}</a>
    }
  `,
  // The shell's own navigation links, repeated: its styles do not reach into this component.
  styles: `
    a {
      display: inline-block;
      padding: 0.5rem 0.75rem;
      border-radius: var(--mat-sys-corner-small);
      color: inherit;
      font: var(--mat-sys-title-medium);
      text-decoration: none;
    }
    a:hover {
      text-decoration: underline;
    }
    a:focus-visible {
      outline-color: var(--mat-sys-on-primary);
    }
    a.active {
      text-decoration: underline;
      text-decoration-thickness: 3px;
      text-underline-offset: 0.4em;
    }
    @media (max-width: 599.98px) {
      a {
        padding-inline: 0.5rem;
      }
    }
  `,
})
export class ModerationNavItem {
  protected readonly access = inject(ModerationAccess);
  private readonly session = inject(SessionStore);

  constructor() {
    effect(() => {
      if (this.session.signedIn() && !this.access.moderatesAnywhere()) {
        untracked(() => this.access.load());
      }
    });
  }
}
