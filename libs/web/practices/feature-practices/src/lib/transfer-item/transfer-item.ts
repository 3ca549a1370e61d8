import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { Transfer, TransferStage } from '@sce/shared-contracts';
import {
  PracticePageStore,
  countryName,
  nextStages,
  stageKeys,
} from '@sce/web-practices-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  isApiError,
} from '@sce/web-shared-data-access';

/**
 * One transfer of the practice: who took it up, its stage and dated history (a timeline), what
 * they adapted and learned. People of the adopting organisation can move it forward or abandon it.
 */
@Component({
  selector: 'sce-transfer-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, MatButton],
  templateUrl: './transfer-item.html',
  styleUrl: './transfer-item.scss',
})
export class TransferItem {
  readonly transfer = input.required<Transfer>();

  private readonly store = inject(PracticePageStore);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly stageKeys = stageKeys;
  protected readonly pending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly next = computed(() =>
    this.transfer().viewer.canEdit ? nextStages(this.transfer().stage) : [],
  );
  protected readonly move = new FormGroup({
    stage: new FormControl<TransferStage>('piloting', { nonNullable: true }),
    note: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const [first] = this.next();
      if (first) {
        untracked(() => this.move.setValue({ stage: first, note: '' }));
      }
    });
  }

  protected country(code: string): string {
    return countryName(this.i18n, code);
  }

  protected date(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const { stage, note } = this.move.getRawValue();
    this.pending.set(true);
    this.error.set(null);
    this.store
      .updateTransfer(this.transfer().id, { stage, note: note.trim() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.announcer.announce('practices.transfers.move.done', {
            stage: this.i18n.translate(stageKeys[stage]),
          });
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.error.set(
            this.i18n.translate(
              isApiError(error, 409, 'STAGE_BACKWARDS')
                ? 'practices.transfers.move.backwards'
                : 'practices.transfers.move.failed',
            ),
          );
        },
      });
  }
}
