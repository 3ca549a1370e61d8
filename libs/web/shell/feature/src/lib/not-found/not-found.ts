import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';

/** Shown for any path no route matches. */
@Component({
  selector: 'sce-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeader],
  template: `
    <sce-page-header
      [heading]="'notFound.heading' | t"
      [lead]="'notFound.body' | t"
    />
    <p>
      <a routerLink="/">{{ 'notFound.home' | t }}</a>
    </p>
  `,
  styles: `
    p {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
    a {
      color: var(--mat-sys-primary);
    }
  `,
})
export class NotFound {}
