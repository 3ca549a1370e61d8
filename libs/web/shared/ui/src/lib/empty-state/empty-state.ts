import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';

export type EmptyStateTone = 'info' | 'error';

/**
 * A message in place of content that is missing: nothing to show yet, or an error. Errors are
 * announced at once (role="alert"); other messages politely (role="status"). Actions such as a
 * retry button are projected below the message.
 */
@Component({
  selector: 'sce-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class.error]': "tone() === 'error'",
  },
  template: `
    <p class="message" [attr.role]="role()">{{ message() }}</p>
    <ng-content />
  `,
  styleUrl: './empty-state.scss',
})
export class EmptyState {
  readonly message = input.required<string>();
  readonly tone = input<EmptyStateTone>('info');

  protected readonly role = computed(() =>
    this.tone() === 'error' ? 'alert' : 'status',
  );
}
