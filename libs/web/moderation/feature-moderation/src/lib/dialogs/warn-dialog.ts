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
import type { Warning } from '@sce/shared-contracts';
import { ModerationApi } from '@sce/web-moderation-data-access';
import {
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { DialogSubmission } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import { moderationFailureKey } from '../failure';

/** Who is warned: their id and name. */
export interface WarnDialogData {
  userId: string;
  name: string;
}

export const WARN_DIALOG_INTRO_ID = 'warn-dialog-intro';
export const WARN_MESSAGE_MIN = 10;
export const WARN_MESSAGE_MAX = 2000;

/**
 * Warns someone: a private message they must acknowledge before they go on. The message is
 * checked here (10 to 2,000 characters) and by the API, and its errors show at the field;
 * other failures stay in the dialog. Focus starts in the message and goes back to the control
 * that opened the dialog; the dialog closes with the warning.
 */
@Component({
  selector: 'sce-warn-dialog',
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
  templateUrl: './warn-dialog.html',
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class WarnDialog {
  protected readonly data = inject<WarnDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ModerationApi);
  private readonly injector = inject(Injector);
  private readonly input = viewChild.required<ElementRef<HTMLTextAreaElement>>('messageInput');

  protected readonly introId = WARN_DIALOG_INTRO_ID;
  protected readonly min = WARN_MESSAGE_MIN;
  protected readonly max = WARN_MESSAGE_MAX;
  protected readonly form = new FormGroup({
    message: new FormControl('', { nonNullable: true }),
  });
  private readonly submission = new DialogSubmission<Warning, TranslationKey>(
    moderationFailureKey,
  );
  protected readonly pending = this.submission.pending;
  protected readonly error = signal(false);
  protected readonly failure = this.submission.failure;

  protected describedBy(): string {
    return this.error() ? 'warn-message-error warn-message-hint' : 'warn-message-hint';
  }

  protected save(): void {
    if (this.pending()) {
      return;
    }
    const text = this.form.controls.message.value.trim();
    this.failure.set(null);
    if (text.length < WARN_MESSAGE_MIN || text.length > WARN_MESSAGE_MAX) {
      this.showError();
      return;
    }
    this.error.set(false);
    this.submission.submit(this.api.warn(this.data.userId, text), (error) => {
      if (!problemOf(error)?.errors?.some((e) => e.field === 'body.message')) {
        return false;
      }
      this.showError();
      return true;
    });
  }

  private showError(): void {
    this.error.set(true);
    afterNextRender(() => this.input().nativeElement.focus(), {
      injector: this.injector,
    });
  }
}

/** Opens the warn dialog; emits the warning, or undefined when it was closed without one. */
export function warnDialog(
  dialog: MatDialog,
  data: WarnDialogData,
): Observable<Warning | undefined> {
  return dialog
    .open<WarnDialog, WarnDialogData, Warning>(WarnDialog, {
      data,
      width: '34rem',
      maxWidth: 'calc(100vw - 2rem)',
      maxHeight: 'calc(100vh - 2rem)',
      ariaDescribedBy: WARN_DIALOG_INTRO_ID,
    })
    .afterClosed();
}
