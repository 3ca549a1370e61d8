import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
  type TranslationParams,
} from '@sce/web-shared-data-access';
import { DialogSubmission } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import { failureMessage, failureText, type FailureMessage } from '../failure';

export interface ConfirmDialogData<T> {
  title: TranslationKey;
  message: TranslationKey;
  confirm: TranslationKey;
  params?: TranslationParams;
  /** The action; the dialog closes with its result, or stays open showing why it failed. */
  run: () => Observable<T>;
}

/** Asks before an action, runs it, and shows a failure inside the dialog. */
@Component({
  selector: 'sce-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.title | t: data.params }}</h2>
    <mat-dialog-content>
      <p id="confirm-dialog-message" class="message">
        {{ data.message | t: data.params }}
      </p>
      <div class="problem" role="alert" [class.shown]="failureText()">
        @if (failureText(); as text) {
          <p>{{ text }}</p>
        }
      </div>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" mat-dialog-close>
        {{ 'admin.dialog.cancel' | t }}
      </button>
      <button
        matButton="filled"
        type="button"
        [disabled]="pending()"
        disabledInteractive
        (click)="confirm()"
      >
        {{ (pending() ? 'admin.dialog.working' : data.confirm) | t }}
      </button>
    </mat-dialog-actions>
  `,
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class ConfirmDialog<T> {
  protected readonly data = inject<ConfirmDialogData<T>>(MAT_DIALOG_DATA);
  private readonly submission = new DialogSubmission<T, FailureMessage>(
    failureMessage,
  );
  protected readonly pending = this.submission.pending;
  private readonly i18n = inject(I18nService);
  private readonly failure = this.submission.failure;
  protected readonly failureText = computed(() =>
    failureText(this.failure(), this.i18n),
  );

  protected confirm(): void {
    if (this.pending()) {
      return;
    }
    this.failure.set(null);
    this.submission.submit(this.data.run());
  }
}
