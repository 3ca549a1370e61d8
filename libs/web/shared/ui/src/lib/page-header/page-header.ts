import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's one `h1`, with an optional lead paragraph under it. */
@Component({
  selector: 'sce-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="heading">{{ heading() }}</h1>
    @if (lead(); as lead) {
      <p class="lead">{{ lead }}</p>
    }
    <ng-content />
  `,
  styleUrl: './page-header.scss',
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly lead = input<string>();
}
