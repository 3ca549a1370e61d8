import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import type { PostRevision } from '@sce/shared-contracts';
import { I18nService, TranslatePipe } from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';
import { formatDateTime } from '../date-time';
import { diffWords, type DiffPart } from './word-diff';

export interface HistoryDialogData {
  author: string;
  revisions: () => Observable<PostRevision[]>;
}

interface VersionView {
  revision: PostRevision;
  when: string;
  /** What changed from the version before; null for the first version. */
  changes: DiffPart[] | null;
}

/**
 * A post's edit history: every version, newest first, with who saved it and when, and what
 * changed from the version before (a word diff; removed text struck through, added text
 * underlined, each also named in words for screen readers). The first version is shown whole.
 */
@Component({
  selector: 'sce-history-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
  ],
  templateUrl: './history-dialog.html',
  styleUrl: './history-dialog.scss',
})
export class HistoryDialog {
  protected readonly data = inject<HistoryDialogData>(MAT_DIALOG_DATA);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly status = signal<'loading' | 'loaded' | 'failed'>(
    'loading',
  );
  private readonly revisions = signal<PostRevision[]>([]);

  protected readonly versions = computed<VersionView[]>(() => {
    const revisions = this.revisions();
    return revisions.map((revision, index) => {
      const previous = revisions[index + 1];
      return {
        revision,
        when: formatDateTime(this.i18n, revision.createdAt),
        changes: previous ? diffWords(previous.body, revision.body) : null,
      };
    });
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.data
      .revisions()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (revisions) => {
          this.revisions.set(
            [...revisions].sort((a, b) => b.version - a.version),
          );
          this.status.set('loaded');
        },
        error: () => this.status.set('failed'),
      });
  }
}
