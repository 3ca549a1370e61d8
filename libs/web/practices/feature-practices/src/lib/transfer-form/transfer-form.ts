import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
} from '@angular/forms';
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
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { ProblemSummary } from '@sce/web-shared-ui';
import { MetricFields } from '../metric-fields/metric-fields';
import {
  checkMetrics,
  isBlankMetric,
  metricErrorKeys,
  metricFieldNames,
  type MetricPart,
  problemLines,
  repeatedFieldOf,
  sentRows,
  toMetrics,
  type MetricGroup,
  type MetricFormValue,
} from '../metric-fields/metric-input';
import { impactKeys } from './impact-keys';

type TransferField =
  | 'stage'
  | 'note'
  | 'adaptations'
  | 'lessons'
  | 'successFactors'
  | 'failureFactors'
  | 'impact';

/** The fields top to bottom; an impact measure's part is `impact-<index>-<part>`. */
const transferFields: readonly string[] = [
  'stage',
  'note',
  'adaptations',
  'lessons',
  'impact',
  ...metricFieldNames('impact'),
  'successFactors',
  'failureFactors',
];

const fixedKeys: Readonly<Record<TransferField, TranslationKey>> = {
  stage: 'practices.transferForm.invalid.stage',
  note: 'practices.transferForm.invalid.text',
  adaptations: 'practices.transferForm.invalid.text',
  lessons: 'practices.transferForm.invalid.text',
  successFactors: 'practices.transferForm.invalid.factors',
  failureFactors: 'practices.transferForm.invalid.factors',
  impact: 'practices.form.error.metrics',
};
const fieldKeys = fixedKeys;

/** Our text for each field the API may refuse, impact measures' parts included. */
export const transferFieldKeys: Readonly<Record<string, TranslationKey>> =
  Object.fromEntries(
    transferFields.map((field) => {
      const part = field.split('-')[2] as MetricPart | undefined;
      return [
        field,
        part ? metricErrorKeys[part] : fixedKeys[field as TransferField],
      ];
    }),
  );

const codeKeys: Readonly<Record<string, TranslationKey>> = {
  ALREADY_TRANSFERRING: 'practices.transferForm.alreadyTransferring',
  OWN_PRACTICE: 'practices.transferForm.ownPractice',
};

type StartStage = (typeof startStageList)[number];

/**
 * "Record a transfer": the viewer's organisation takes the practice up — at which stage, with
 * a note, its adaptations, lessons, the impact it measured (metrics like a practice's outcomes)
 * and the factors that helped or got in the way (typed as comma-separated text).
 */
@Component({
  selector: 'sce-transfer-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, MatButton, ProblemSummary, MetricFields],
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
  private readonly i18n = inject(I18nService);

  protected readonly stages = startStageList;
  protected readonly stageKeys = stageKeys;
  protected readonly impactKeys = impactKeys;
  protected readonly pending = signal(false);
  /** The impact last sent, to place the API's problems with blank rows left out. */
  private sentImpact: readonly MetricFormValue[] = [];
  protected readonly problems = new FormProblems<string>({
    prefix: 'transfer',
    fields: transferFields,
    apiKeys: transferFieldKeys,
    fieldOf: (path) =>
      repeatedFieldOf({ impact: sentRows(this.sentImpact.map(isBlankMetric)) })(path),
  });
  protected readonly impactErrors = computed(() => {
    const errors: Record<string, TranslationKey> = {};
    for (const [field, key] of Object.entries(this.problems.errors())) {
      if (field.startsWith('impact-') && key) {
        errors[field.slice('impact-'.length)] = key;
      }
    }
    return errors;
  });
  protected readonly summary = computed(() => {
    const lines = problemLines(
      (key, params) => this.i18n.translate(key, params),
      transferFields,
      this.problems.errors(),
      { impact: 'practices.transferForm.impact.problem' },
    );
    return lines.length > 0 ? lines : this.problems.messages();
  });
  protected readonly form = new FormGroup({
    stage: new FormControl<StartStage>('exploring', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
    adaptations: new FormControl('', { nonNullable: true }),
    lessons: new FormControl('', { nonNullable: true }),
    successFactors: new FormControl('', { nonNullable: true }),
    failureFactors: new FormControl('', { nonNullable: true }),
    impact: new FormArray<MetricGroup>([]),
  });

  protected error(field: string): TranslationKey | undefined {
    return this.problems.errors()[field];
  }

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
        ...checkMetrics('impact', value.impact),
      })
    ) {
      return;
    }
    this.problems.clear();
    this.sentImpact = value.impact;
    this.pending.set(true);
    this.store
      .recordTransfer({
        stage: value.stage,
        note: value.note.trim(),
        adaptations: value.adaptations.trim(),
        lessons: value.lessons.trim(),
        impact: toMetrics(value.impact),
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
