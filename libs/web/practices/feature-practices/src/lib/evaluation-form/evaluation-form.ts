import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { EvaluationView, EvidenceLevel } from '@sce/shared-contracts';
import {
  PracticePageStore,
  evidenceLevelKeys,
  evidenceLevelList,
  scoreDimensionKeys,
  scoreDimensions,
  type ScoreDimension,
} from '@sce/web-practices-data-access';
import {
  FormProblems,
  I18nService,
  TranslatePipe,
  isApiError,
  type FieldProblems,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { ProblemSummary } from '@sce/web-shared-ui';

type EvaluationField = ScoreDimension | 'evidenceLevel' | 'comment';

const evaluationFields: readonly EvaluationField[] = [
  ...scoreDimensions,
  'evidenceLevel',
  'comment',
];

const fieldKeys: Readonly<Record<EvaluationField, TranslationKey>> = {
  effectiveness: 'practices.evaluationForm.invalid.score',
  userSatisfaction: 'practices.evaluationForm.invalid.score',
  costEfficiency: 'practices.evaluationForm.invalid.score',
  easeOfTransfer: 'practices.evaluationForm.invalid.score',
  evidenceLevel: 'practices.evaluationForm.invalid.evidenceLevel',
  comment: 'practices.evaluationForm.invalid.comment',
};

export const ratings = [1, 2, 3, 4, 5] as const;

const ratingKeys: Readonly<Record<(typeof ratings)[number], TranslationKey>> = {
  1: 'practices.rating.1',
  2: 'practices.rating.2',
  3: 'practices.rating.3',
  4: 'practices.rating.4',
  5: 'practices.rating.5',
};

/**
 * The viewer's evaluation of the practice on the page: four 1–5 ratings (radio groups with a
 * legend each), what they rest on and a comment. Saving again replaces the earlier evaluation.
 */
@Component({
  selector: 'sce-evaluation-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, MatButton, ProblemSummary],
  templateUrl: './evaluation-form.html',
  styles: `
    :host {
      display: block;
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.25rem;
    }
    .scale label {
      font-weight: 400;
    }
    .done {
      margin: 0;
      font-weight: 600;
      color: var(--mat-sys-primary);
    }
  `,
})
export class EvaluationForm {
  /** The viewer's earlier evaluation, if any. */
  readonly existing = input<EvaluationView | null>(null);

  private readonly store = inject(PracticePageStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly i18n = inject(I18nService);

  protected readonly dimensions = scoreDimensions;
  protected readonly dimensionKeys = scoreDimensionKeys;
  protected readonly ratings = ratings;
  protected readonly ratingKeys = ratingKeys;
  protected readonly levels = evidenceLevelList;
  protected readonly levelKeys = evidenceLevelKeys;
  protected readonly pending = signal(false);
  protected readonly done = signal(false);
  protected readonly problems = new FormProblems<EvaluationField>({
    prefix: 'evaluation',
    fields: evaluationFields,
    apiKeys: fieldKeys,
  });
  protected readonly form = new FormGroup({
    effectiveness: new FormControl<number | null>(null),
    userSatisfaction: new FormControl<number | null>(null),
    costEfficiency: new FormControl<number | null>(null),
    easeOfTransfer: new FormControl<number | null>(null),
    evidenceLevel: new FormControl<EvidenceLevel | ''>('', {
      nonNullable: true,
    }),
    comment: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const existing = this.existing();
      untracked(() => {
        if (existing) {
          this.form.setValue({
            effectiveness: existing.effectiveness,
            userSatisfaction: existing.userSatisfaction,
            costEfficiency: existing.costEfficiency,
            easeOfTransfer: existing.easeOfTransfer,
            evidenceLevel: existing.evidenceLevel,
            comment: existing.comment,
          });
        }
      });
    });
  }

  protected existingDate(): string {
    const existing = this.existing();
    return existing ? this.i18n.formatDate(existing.updatedAt) : '';
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    this.done.set(false);
    const value = this.form.getRawValue();
    const problems: FieldProblems<EvaluationField> = {};
    for (const dimension of scoreDimensions) {
      const score = value[dimension];
      if (
        score === null ||
        !Number.isInteger(score) ||
        score < 1 ||
        score > 5
      ) {
        problems[dimension] = fieldKeys[dimension];
      }
    }
    if (value.evidenceLevel === '') {
      problems.evidenceLevel = fieldKeys.evidenceLevel;
    }
    if (value.comment.trim().length > 5000) {
      problems.comment = fieldKeys.comment;
    }
    if (this.problems.showFields(problems) || value.evidenceLevel === '') {
      return;
    }
    this.problems.clear();
    this.pending.set(true);
    this.store
      .evaluate({
        effectiveness: Number(value.effectiveness),
        userSatisfaction: Number(value.userSatisfaction),
        costEfficiency: Number(value.costEfficiency),
        easeOfTransfer: Number(value.easeOfTransfer),
        evidenceLevel: value.evidenceLevel,
        comment: value.comment.trim(),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.done.set(true);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          if (isApiError(error, 403)) {
            this.problems.showMessage(
              this.i18n.translate('practices.evaluationForm.forbidden'),
            );
            return;
          }
          this.problems.showApiError(error, 'practices.evaluationForm.failed');
        },
      });
  }
}
