import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Permission } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import { TranslatePipe } from '@sce/web-shared-data-access';

/** The admin area's frame: a navigation between its sections (those one may use), then the page. */
@Component({
  selector: 'sce-admin-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  template: `
    <nav class="sections" [attr.aria-label]="'admin.nav.label' | t">
      <ul>
        @if (session.hasPermission(permission.ManageUsers)) {
          <li>
            <a
              routerLink="users"
              routerLinkActive="active"
              ariaCurrentWhenActive="page"
              >{{ 'admin.nav.users' | t }}</a
            >
          </li>
        }
        @if (session.hasPermission(permission.ManageOrganisations)) {
          <li>
            <a
              routerLink="organisations"
              routerLinkActive="active"
              ariaCurrentWhenActive="page"
              >{{ 'admin.nav.organisations' | t }}</a
            >
          </li>
        }
        @if (session.hasPermission(permission.ManageUsers)) {
          <li>
            <a
              routerLink="audit"
              routerLinkActive="active"
              ariaCurrentWhenActive="page"
              >{{ 'admin.nav.audit' | t }}</a
            >
          </li>
        }
      </ul>
    </nav>
    <router-outlet />
  `,
  styles: `
    :host {
      display: block;
    }
    .sections {
      margin-block-end: 1.5rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    a {
      display: inline-block;
      padding: 0.5rem 0.25rem;
      font: var(--mat-sys-title-medium);
      text-decoration: none;
      border-block-end: 3px solid transparent;
    }
    a:hover {
      text-decoration: underline;
    }
    a.active {
      border-block-end-color: var(--mat-sys-primary);
      color: var(--mat-sys-on-surface);
    }
  `,
})
export class AdminLayout {
  protected readonly session = inject(SessionStore);
  protected readonly permission = Permission;
}
