import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormArray,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type {
  Transfer,
  TransferStage,
  UpdateTransferRequest,
} from '@sce/shared-contracts';
import {
  PracticePageStore,
  nextStages,
  parseFactors,
  stageKeys,
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
  metricToForm,
  problemLines,
  repeatedFieldOf,
  sentRows,
  setMetrics,
  toMetrics,
  type MetricGroup,
  type MetricFormValue,
} from '../metric-fields/metric-input';
import { impactKeys } from '../transfer-form/impact-keys';

const fields: readonly string[] = [
  'stage',
  'note',
  'adaptations',
  'lessons',
  'impact',
  ...metricFieldNames('impact'),
  'successFactors',
  'failureFactors',
];

const fixedKeys: Readonly<Record<string, TranslationKey>> = {
  stage: 'practices.transfers.move.backwards',
  note: 'practices.transferForm.invalid.text',
  adaptations: 'practices.transferForm.invalid.text',
  lessons: 'practices.transferForm.invalid.text',
  impact: 'practices.form.error.metrics',
  successFactors: 'practices.transferForm.invalid.factors',
  failureFactors: 'practices.transferForm.invalid.factors',
};

const apiKeys: Readonly<Record<string, TranslationKey>> = Object.fromEntries(
  fields.map((field) => {
    const part = field.split('-')[2] as MetricPart | undefined;
    return [field, part ? metricErrorKeys[part] : fixedKeys[field]];
  }),
);

const codeKeys: Readonly<Record<string, TranslationKey>> = {
  STAGE_BACKWARDS: 'practices.transfers.move.backwards',
  NOT_YOUR_ORGANISATION: 'practices.transfers.update.notAllowed',
};

/** What the adopting organisation can change of its transfer, as the form holds it. */
export interface TransferUpdateValue {
  /** '' keeps the current stage. */
  stage: TransferStage | '';
  note: string;
  adaptations: string;
  lessons: string;
  impact: readonly MetricFormValue[];
  successFactors: string;
  failureFactors: string;
}

/** The transfer as the form shows it. */
export function transferToForm(transfer: Transfer): TransferUpdateValue {
  return {
    stage: '',
    note: '',
    adaptations: transfer.adaptations,
    lessons: transfer.lessons,
    impact: transfer.impact.map(metricToForm),
    successFactors: transfer.successFactors.join(', '),
    failureFactors: transfer.failureFactors.join(', '),
  };
}

/** Only what changed (a new stage with its note); null when nothing did. */
export function toTransferPatch(
  transfer: Transfer,
  value: TransferUpdateValue,
): UpdateTransferRequest | null {
  const patch: UpdateTransferRequest = {};
  if (value.stage !== '' && value.stage !== transfer.stage) {
    patch.stage = value.stage;
    patch.note = value.note.trim();
  }
  if (value.adaptations.trim() !== transfer.adaptations) {
    patch.adaptations = value.adaptations.trim();
  }
  if (value.lessons.trim() !== transfer.lessons) {
    patch.lessons = value.lessons.trim();
  }
  const impact = toMetrics(value.impact);
  if (JSON.stringify(impact) !== JSON.stringify(transfer.impact)) {
    patch.impact = impact;
  }
  const success = parseFactors(value.successFactors);
  if (success.join(',') !== transfer.successFactors.join(',')) {
    patch.successFactors = success;
  }
  const failure = parseFactors(value.failureFactors);
  if (failure.join(',') !== transfer.failureFactors.join(',')) {
    patch.failureFactors = failure;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

let nextFormId = 1;

/**
 * The adopting organisation updates its transfer: a new stage (forward, or abandoned) with a
 * dated note, and what it adapted, learned and measured (impact metrics, like a practice's
 * outcomes), and the factors that helped or got in the way. Only what changed is sent. Emits
 * the transfer once saved, `unchanged` when nothing was, `cancelled` for "Cancel".
 */
@Component({
  selector: 'sce-transfer-update',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, MatButton, ProblemSummary, MetricFields],
  templateUrl: './transfer-update.html',
  styles: `
    :host {
      display: block;
    }
  `,
})
export class TransferUpdate {
  readonly transfer = input.required<Transfer>();
  readonly saved = output<Transfer>();
  readonly unchanged = output<void>();
  readonly cancelled = output<void>();

  private readonly store = inject(PracticePageStore);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  /** Ids of this form's controls start with it (several transfers may be open at once). */
  protected readonly uid = `transfer-update-${nextFormId++}`;
  protected readonly stageKeys = stageKeys;
  protected readonly impactKeys = impactKeys;
  protected readonly pending = signal(false);
  protected readonly next = computed(() => nextStages(this.transfer().stage));
  private sentImpact: readonly MetricFormValue[] = [];
  protected readonly problems = new FormProblems<string>({
    prefix: this.uid,
    fields,
    apiKeys,
    fieldOf: (path) =>
      repeatedFieldOf({ impact: sentRows(this.sentImpact.map(isBlankMetric)) })(path),
  });
  protected readonly form = new FormGroup({
    stage: new FormControl<TransferStage | ''>('', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
    adaptations: new FormControl('', { nonNullable: true }),
    lessons: new FormControl('', { nonNullable: true }),
    impact: new FormArray<MetricGroup>([]),
    successFactors: new FormControl('', { nonNullable: true }),
    failureFactors: new FormControl('', { nonNullable: true }),
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
      fields,
      this.problems.errors(),
      { impact: 'practices.transferForm.impact.problem' },
    );
    return lines.length > 0 ? lines : this.problems.messages();
  });

  constructor() {
    effect(() => {
      const { impact, ...value } = transferToForm(this.transfer());
      untracked(() => {
        this.form.patchValue(value);
        setMetrics(this.form.controls.impact, impact);
      });
    });
  }

  protected error(field: string): TranslationKey | undefined {
    return this.problems.errors()[field];
  }

  protected id(field: string): string {
    return `${this.uid}-${field}`;
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const transfer = this.transfer();
    const value = this.form.getRawValue();
    const tooLong = (factors: string[]) => factors.some((factor) => factor.length > 60);
    const problems: Record<string, TranslationKey> = {
      ...(value.note.length > 2000 ? { note: fixedKeys['note'] } : {}),
      ...(value.note.trim() !== '' && value.stage === ''
        ? { note: 'practices.transfers.update.noteNeedsStage' as const }
        : {}),
      ...(value.adaptations.length > 5000 ? { adaptations: fixedKeys['adaptations'] } : {}),
      ...(value.lessons.length > 5000 ? { lessons: fixedKeys['lessons'] } : {}),
      ...checkMetrics('impact', value.impact),
      ...(tooLong(parseFactors(value.successFactors))
        ? { successFactors: fixedKeys['successFactors'] }
        : {}),
      ...(tooLong(parseFactors(value.failureFactors))
        ? { failureFactors: fixedKeys['failureFactors'] }
        : {}),
    };
    if (this.problems.showFields(problems)) {
      return;
    }
    this.problems.clear();
    const patch = toTransferPatch(transfer, value);
    if (patch === null) {
      this.unchanged.emit();
      return;
    }
    this.sentImpact = value.impact;
    this.pending.set(true);
    this.store
      .updateTransfer(transfer.id, patch)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (changed) => {
          this.pending.set(false);
          this.saved.emit(changed);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.problems.showApiError(error, 'practices.transfers.move.failed', codeKeys);
        },
      });
  }
}
