import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';

/** Shown, at the address they asked for, to signed-in people whose role does not open the page. */
@Component({
  selector: 'sce-not-allowed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeader],
  template: `
    <sce-page-header
      [heading]="'admin.notAllowed.heading' | t"
      [lead]="'admin.notAllowed.body' | t"
    />
    <p>
      <a routerLink="/">{{ 'admin.notAllowed.home' | t }}</a>
    </p>
  `,
  styles: `
    p {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class NotAllowed {}
