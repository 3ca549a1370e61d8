import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import type { ThreadDetail } from '@sce/shared-contracts';
import { moderationFailureKey } from '@sce/web-moderation-feature-moderation';
import {
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';

export interface SlowModeDialogData {
  title: string;
  run: (seconds: number) => Observable<ThreadDetail>;
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

/**
 * Slow mode on a thread: how long one person waits between their posts there (the longer of
 * the thread's and the community's applies); "off" ends it. Focus starts on the choice.
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
        <p id="slow-mode-message" class="message">
          {{ 'threads.slowMode.message' | t: { title: data.title } }}
        </p>
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
                <option [value]="choice">{{ choiceKeys[choice] | t }}</option>
              }
            </select>
          </div>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close>{{ 'threads.cancel' | t }}</button>
        <button matButton="filled" type="submit" [disabled]="pending()" disabledInteractive>
          {{ (pending() ? 'threads.moderation.working' : 'threads.slowMode.confirm') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './moderation-dialog.scss',
})
export class SlowModeDialog {
  protected readonly data = inject<SlowModeDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SlowModeDialog, number>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly choices = slowModeChoices;
  protected readonly choiceKeys = choiceKeys;
  protected readonly form = new FormGroup({
    seconds: new FormControl('60', { nonNullable: true }),
  });
  protected readonly pending = signal(false);
  protected readonly failure = signal<TranslationKey | null>(null);

  protected save(): void {
    if (this.pending()) {
      return;
    }
    const seconds = Number(this.form.controls.seconds.value);
    this.failure.set(null);
    this.pending.set(true);
    this.data
      .run(seconds)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.dialogRef.close(seconds),
        error: (error: unknown) => {
          this.pending.set(false);
          this.failure.set(moderationFailureKey(error));
        },
      });
  }
}
