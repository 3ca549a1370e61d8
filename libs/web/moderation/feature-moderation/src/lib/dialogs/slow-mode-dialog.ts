import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
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
import { map, type Observable } from 'rxjs';
import { moderationFailureKey } from '../failure';

export interface SlowModeDialogData {
  /** The translated question, naming the thread or community. */
  message: string;
  /** The seconds set now (0: off); chosen at first. */
  current: number;
  run: (seconds: number) => Observable<unknown>;
}

/** The intervals offered, in seconds; 0 turns slow mode off. */
export const slowModeChoices = [0, 30, 60, 300, 900, 3600] as const;

const choiceKeys: Readonly<Record<(typeof slowModeChoices)[number], TranslationKey>> = {
  0: 'threads.slowMode.off',
  30: 'threads.slowMode.30s',
  60: 'threads.slowMode.1m',
  300: 'threads.slowMode.5m',
  900: 'threads.slowMode.15m',
  3600: 'threads.slowMode.1h',
};

const isChoice = (seconds: number): seconds is (typeof slowModeChoices)[number] =>
  (slowModeChoices as readonly number[]).includes(seconds);

export const SLOW_MODE_MESSAGE_ID = 'slow-mode-message';

/**
 * Slow mode on a thread or a community: how long one person waits between their posts there
 * (the longer of the thread's and the community's applies); "off" ends it. The interval set now
 * is chosen at first (listed too when it is none of the usual ones). Errors stay in the dialog.
 */
@Component({
  selector: 'sce-slow-mode-dialog',
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
  template: `
    <h2 mat-dialog-title>{{ 'threads.slowMode.title' | t }}</h2>
    <form novalidate [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <p class="message" [id]="messageId">{{ data.message }}</p>
        <div class="problem" role="alert" [class.shown]="failure()">
          @if (failure(); as key) {
            <p>{{ key | t }}</p>
          }
        </div>
        <div class="form">
          <div class="field">
            <label for="slow-mode-seconds">{{ 'threads.slowMode.label' | t }}</label>
            <select id="slow-mode-seconds" formControlName="seconds">
              @for (choice of choices; track choice) {
                <option [value]="choice">
                  @if (keyOf(choice); as key) {
                    {{ key | t }}
                  } @else {
                    {{ 'moderation.slowMode.seconds' | t: { count: choice } }}
                  }
                </option>
              }
            </select>
          </div>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close>
          {{ 'moderation.dialog.cancel' | t }}
        </button>
        <button matButton="filled" type="submit" [disabled]="pending()" disabledInteractive>
          {{ (pending() ? 'moderation.dialog.working' : 'threads.slowMode.confirm') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class SlowModeDialog {
  protected readonly data = inject<SlowModeDialogData>(MAT_DIALOG_DATA);

  protected readonly messageId = SLOW_MODE_MESSAGE_ID;
  protected readonly choices: readonly number[] = isChoice(this.data.current)
    ? slowModeChoices
    : [...slowModeChoices, this.data.current].sort((a, b) => a - b);
  protected readonly form = new FormGroup({
    seconds: new FormControl(String(this.data.current > 0 ? this.data.current : 60), {
      nonNullable: true,
    }),
  });
  private readonly submission = new DialogSubmission<number, TranslationKey>(
    moderationFailureKey,
  );
  protected readonly pending = this.submission.pending;
  protected readonly failure = this.submission.failure;

  protected keyOf(seconds: number): TranslationKey | null {
    return isChoice(seconds) ? choiceKeys[seconds] : null;
  }

  protected save(): void {
    if (this.pending()) {
      return;
    }
    const seconds = Number(this.form.controls.seconds.value);
    this.failure.set(null);
    this.submission.submit(this.data.run(seconds).pipe(map(() => seconds)));
  }
}

/** Opens the slow mode dialog; emits the seconds set, or undefined when it was closed. */
export function slowModeDialog(
  dialog: MatDialog,
  data: SlowModeDialogData,
): Observable<number | undefined> {
  return dialog
    .open<SlowModeDialog, SlowModeDialogData, number>(SlowModeDialog, {
      data,
      width: '30rem',
      maxWidth: 'calc(100vw - 2rem)',
      ariaDescribedBy: SLOW_MODE_MESSAGE_ID,
    })
    .afterClosed();
}
