import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
  type ElementRef,
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
import { ModerationAccess } from '@sce/web-moderation-data-access';
import { moderationFailureKey } from '@sce/web-moderation-feature-moderation';
import {
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';

export interface MoveThreadDialogData {
  thread: ThreadDetail;
  run: (community: string, reason: string | null) => Observable<ThreadDetail>;
}

/**
 * Moves a thread to another community the moderator moderates (global moderators: any), with an
 * optional reason for the audit trail. Focus starts on the community; the dialog closes with the
 * moved thread.
 */
@Component({
  selector: 'sce-move-thread-dialog',
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
  templateUrl: './move-thread-dialog.html',
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class MoveThreadDialog {
  protected readonly data = inject<MoveThreadDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<MoveThreadDialog, ThreadDetail>>(MatDialogRef);
  protected readonly access = inject(ModerationAccess);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly select = viewChild.required<ElementRef<HTMLSelectElement>>('communitySelect');

  /** Where it can go: the communities the moderator moderates, but not where it is. */
  protected readonly targets = computed(() =>
    this.access
      .moderated()
      .filter((community) => community.slug !== this.data.thread.community.slug),
  );
  protected readonly form = new FormGroup({
    community: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
  });
  protected readonly pending = signal(false);
  protected readonly communityError = signal(false);
  protected readonly failure = signal<TranslationKey | null>(null);

  constructor() {
    this.access.load();
  }

  protected save(): void {
    if (this.pending()) {
      return;
    }
    const { community, reason } = this.form.getRawValue();
    this.failure.set(null);
    this.communityError.set(community === '');
    if (community === '') {
      afterNextRender(() => this.select().nativeElement.focus(), {
        injector: this.injector,
      });
      return;
    }
    this.pending.set(true);
    this.data
      .run(community, reason.trim() || null)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (thread) => this.dialogRef.close(thread),
        error: (error: unknown) => {
          this.pending.set(false);
          this.failure.set(moderationFailureKey(error));
        },
      });
  }
}
