import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { Transfer } from '@sce/shared-contracts';
import {
  PracticePageStore,
  parseFactors,
  stageKeys,
  startStageList,
} from '@sce/web-practices-data-access';
import {
  FormProblems,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { ProblemSummary } from '@sce/web-shared-ui';

type TransferField =
  | 'stage'
  | 'note'
  | 'adaptations'
  | 'lessons'
  | 'successFactors'
  | 'failureFactors';

const transferFields: readonly TransferField[] = [
  'stage',
  'note',
  'adaptations',
  'lessons',
  'successFactors',
  'failureFactors',
];

const fieldKeys: Readonly<Record<TransferField, TranslationKey>> = {
  stage: 'practices.transferForm.invalid.stage',
  note: 'practices.transferForm.invalid.text',
  adaptations: 'practices.transferForm.invalid.text',
  lessons: 'practices.transferForm.invalid.text',
  successFactors: 'practices.transferForm.invalid.factors',
  failureFactors: 'practices.transferForm.invalid.factors',
};

const codeKeys: Readonly<Record<string, TranslationKey>> = {
  ALREADY_TRANSFERRING: 'practices.transferForm.alreadyTransferring',
  OWN_PRACTICE: 'practices.transferForm.ownPractice',
};

type StartStage = (typeof startStageList)[number];

/**
 * "Record a transfer": the viewer's organisation takes the practice up — at which stage, with
 * a note, its adaptations, lessons and the factors that helped or got in the way (typed as
 * comma-separated text).
 */
@Component({
  selector: 'sce-transfer-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, MatButton, ProblemSummary],
  templateUrl: './transfer-form.html',
  styles: `
    :host {
      display: block;
    }
    .sce-choices label {
      font-weight: 400;
    }
  `,
})
export class TransferForm {
  readonly recorded = output<Transfer>();

  private readonly store = inject(PracticePageStore);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly stages = startStageList;
  protected readonly stageKeys = stageKeys;
  protected readonly pending = signal(false);
  protected readonly problems = new FormProblems<TransferField>({
    prefix: 'transfer',
    fields: transferFields,
    apiKeys: fieldKeys,
  });
  protected readonly form = new FormGroup({
    stage: new FormControl<StartStage>('exploring', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
    adaptations: new FormControl('', { nonNullable: true }),
    lessons: new FormControl('', { nonNullable: true }),
    successFactors: new FormControl('', { nonNullable: true }),
    failureFactors: new FormControl('', { nonNullable: true }),
  });

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const value = this.form.getRawValue();
    const successFactors = parseFactors(value.successFactors);
    const failureFactors = parseFactors(value.failureFactors);
    const tooLong = (factors: string[]) =>
      factors.some((factor) => factor.length > 60);
    if (
      this.problems.showFields({
        ...(value.note.length > 2000 ? { note: fieldKeys.note } : {}),
        ...(value.adaptations.length > 5000
          ? { adaptations: fieldKeys.adaptations }
          : {}),
        ...(value.lessons.length > 5000 ? { lessons: fieldKeys.lessons } : {}),
        ...(tooLong(successFactors)
          ? { successFactors: fieldKeys.successFactors }
          : {}),
        ...(tooLong(failureFactors)
          ? { failureFactors: fieldKeys.failureFactors }
          : {}),
      })
    ) {
      return;
    }
    this.problems.clear();
    this.pending.set(true);
    this.store
      .recordTransfer({
        stage: value.stage,
        note: value.note.trim(),
        adaptations: value.adaptations.trim(),
        lessons: value.lessons.trim(),
        impact: [],
        successFactors,
        failureFactors,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (transfer) => {
          this.pending.set(false);
          this.recorded.emit(transfer);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.problems.showApiError(
            error,
            'practices.transferForm.failed',
            codeKeys,
          );
        },
      });
  }
}
