import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The `role="alert"` box above a form that lists what to fix. It is always in the page (empty
 * and unstyled while there is nothing to say), so screen readers know the live region before it
 * is filled.
 */
@Component({
  selector: 'sce-problem-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="problems" [class.shown]="messages().length > 0" role="alert">
      @if (messages().length > 0) {
        <p class="title">{{ title() }}</p>
        @for (message of messages(); track $index) {
          <p class="problem">{{ message }}</p>
        }
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 40rem;
    }
    .problems.shown {
      margin-block-end: 1.5rem;
      padding: 1rem 1.25rem;
      border: 2px solid var(--mat-sys-error);
      border-inline-start-width: 6px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .title {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-medium);
      font-weight: 600;
    }
    .problem {
      margin: 0;
      font: var(--mat-sys-body-large);
    }
  `,
})
export class ProblemSummary {
  /** The translated heading line, e.g. "There is a problem". */
  readonly title = input.required<string>();
  readonly messages = input.required<readonly string[]>();
}
