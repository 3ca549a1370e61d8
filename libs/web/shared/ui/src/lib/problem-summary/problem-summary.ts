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
    <div
      class="sce-problems"
      [class.shown]="messages().length > 0"
      role="alert"
    >
      @if (messages().length > 0) {
        <p class="sce-problems-title">{{ title() }}</p>
        @for (message of messages(); track $index) {
          <p class="sce-problem">{{ message }}</p>
        }
      }
    </div>
  `,
  // The box itself is styled by the global form classes (`_form.scss`).
  styles: `
    :host {
      display: block;
      max-inline-size: var(--sce-form-width, 40rem);
    }
  `,
})
export class ProblemSummary {
  /** The translated heading line, e.g. "There is a problem". */
  readonly title = input.required<string>();
  readonly messages = input.required<readonly string[]>();
}
