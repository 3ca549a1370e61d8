import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  type MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import {
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { DialogSubmission } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import { moderationFailureKey } from '../failure';

/** The translated texts of a moderator's action that takes a reason, and the action itself. */
export interface ReasonDialogData<T = unknown> {
  title: string;
  /** What will happen, read out with the title. */
  message: string;
  label: string;
  hint: string;
  confirm: string;
  /** A reason must be given (at least 3 characters). */
  required?: boolean;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  /** Runs the action with the reason (null when none was given); the dialog closes with its answer. */
  run: (reason: string | null) => Observable<T>;
}

export const REASON_DIALOG_MESSAGE_ID = 'reason-dialog-message';
const REASON_MAX = 1000;

/**
 * Hide, restore, reject, move…: asks for the reason (which the author or the audit trail shows)
 * and runs the action; errors stay in the dialog. Focus starts in the reason field and goes
 * back to the control that opened the dialog.
 */
@Component({
  selector: 'sce-reason-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
  ],
  templateUrl: './reason-dialog.html',
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class ReasonDialog {
  protected readonly data = inject<ReasonDialogData>(MAT_DIALOG_DATA);
  private readonly injector = inject(Injector);
  private readonly input = viewChild.required<ElementRef<HTMLTextAreaElement>>('reasonInput');

  protected readonly max = REASON_MAX;
  protected readonly messageId = REASON_DIALOG_MESSAGE_ID;
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true }),
  });
  private readonly submission = new DialogSubmission<unknown, TranslationKey>(
    moderationFailureKey,
  );
  protected readonly pending = this.submission.pending;
  protected readonly error = signal<TranslationKey | null>(null);
  protected readonly failure = this.submission.failure;

  protected describedBy(): string {
    return this.error() ? 'reason-dialog-error reason-dialog-hint' : 'reason-dialog-hint';
  }

  protected save(): void {
    if (this.pending()) {
      return;
    }
    const text = this.form.controls.reason.value.trim();
    this.failure.set(null);
    if ((this.data.required && text.length < 3) || text.length > REASON_MAX) {
      this.error.set(
        text.length > REASON_MAX
          ? 'moderation.dialog.reason.tooLong'
          : 'moderation.dialog.reason.required',
      );
      afterNextRender(() => this.input().nativeElement.focus(), {
        injector: this.injector,
      });
      return;
    }
    this.error.set(null);
    this.submission.submit(this.data.run(text === '' ? null : text));
  }
}

/**
 * Opens the reason dialog; emits the action's answer when it ran, and nothing when the dialog
 * was closed without it.
 */
export function reasonDialog<T>(
  dialog: MatDialog,
  data: ReasonDialogData<T>,
): Observable<T | undefined> {
  return dialog
    .open<ReasonDialog, ReasonDialogData<T>, T>(ReasonDialog, {
      data,
      width: '34rem',
      maxWidth: 'calc(100vw - 2rem)',
      ariaDescribedBy: REASON_DIALOG_MESSAGE_ID,
    })
    .afterClosed();
}
