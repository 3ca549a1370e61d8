import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';

/** Shown, at the address they asked for, to signed-in people who moderate nothing. */
@Component({
  selector: 'sce-moderation-not-allowed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeader],
  template: `
    <sce-page-header
      [heading]="'moderation.notAllowed.heading' | t"
      [lead]="'moderation.notAllowed.body' | t"
    />
    <p>
      <a routerLink="/">{{ 'moderation.notAllowed.home' | t }}</a>
    </p>
  `,
  styles: `
    p {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class ModerationNotAllowed {}
