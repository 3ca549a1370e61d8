import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
  viewChildren,
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
import type {
  FlagReason,
  FlagTargetType,
  FlagView,
} from '@sce/shared-contracts';
import {
  ModerationApi,
  flagReasonHintKeys,
  flagReasonKeys,
  flagReasonList,
  isFlagReason,
} from '@sce/web-moderation-data-access';
import type { Observable } from 'rxjs';
import {
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { DialogSubmission } from '@sce/web-shared-ui';
import { moderationFailureKey } from '../failure';

/** What is flagged: its kind and id, and how the dialog names it ("Tom Ashworth's reply"). */
export interface FlagDialogData {
  targetType: FlagTargetType;
  targetId: string;
  /** The translated name of what is flagged, for the title. */
  name: string;
}

export const FLAG_DIALOG_INTRO_ID = 'flag-dialog-intro';
const NOTE_MAX = 1000;

/**
 * Flags something for the moderators: a reason (a radio group) and an optional note. The API's
 * answers stay in the dialog — "you flagged this already" among them. Focus starts on the first
 * reason and goes back to the control that opened the dialog; the dialog closes with the flag.
 */
@Component({
  selector: 'sce-flag-dialog',
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
  templateUrl: './flag-dialog.html',
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class FlagDialog {
  protected readonly data = inject<FlagDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(ModerationApi);
  private readonly injector = inject(Injector);
  private readonly reasonInputs = viewChildren<ElementRef<HTMLInputElement>>('reasonInput');
  private readonly noteInput = viewChild.required<ElementRef<HTMLTextAreaElement>>('noteInput');

  protected readonly introId = FLAG_DIALOG_INTRO_ID;
  protected readonly reasons = flagReasonList;
  protected readonly reasonKeys = flagReasonKeys;
  protected readonly hintKeys = flagReasonHintKeys;
  protected readonly noteMax = NOTE_MAX;
  protected readonly form = new FormGroup({
    reason: new FormControl<FlagReason | ''>('', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
  });
  private readonly submission = new DialogSubmission<FlagView, TranslationKey>(
    moderationFailureKey,
  );
  protected readonly pending = this.submission.pending;
  protected readonly reasonError = signal(false);
  protected readonly noteError = signal(false);
  protected readonly failure = this.submission.failure;

  protected save(): void {
    if (this.pending()) {
      return;
    }
    const { reason, note } = this.form.getRawValue();
    const text = note.trim();
    this.failure.set(null);
    this.reasonError.set(!isFlagReason(reason));
    this.noteError.set(text.length > NOTE_MAX);
    if (!isFlagReason(reason)) {
      this.focus(() => this.reasonInputs()[0]);
      return;
    }
    if (text.length > NOTE_MAX) {
      this.focus(this.noteInput);
      return;
    }
    const request = this.api.flag({
      targetType: this.data.targetType,
      targetId: this.data.targetId,
      reason,
      note: text,
    });
    this.submission.submit(request, (error) => {
      if (!problemOf(error)?.errors?.some((e) => e.field === 'body.note')) {
        return false;
      }
      this.noteError.set(true);
      this.focus(this.noteInput);
      return true;
    });
  }

  private focus(element: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => element()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }
}

/** Opens the flag dialog; emits the new flag, or undefined when it was closed without one. */
export function flagDialog(
  dialog: MatDialog,
  data: FlagDialogData,
): Observable<FlagView | undefined> {
  return dialog
    .open<FlagDialog, FlagDialogData, FlagView>(FlagDialog, {
      data,
      width: '34rem',
      maxWidth: 'calc(100vw - 2rem)',
      maxHeight: 'calc(100vh - 2rem)',
      ariaDescribedBy: FLAG_DIALOG_INTRO_ID,
    })
    .afterClosed();
}
