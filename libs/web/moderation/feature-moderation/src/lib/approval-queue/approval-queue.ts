import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import {
  ApprovalQueueStore,
  type BulkResult,
  type QueueItem,
} from '@sce/web-moderation-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, confirmDialog } from '@sce/web-shared-ui';
import { filter, switchMap } from 'rxjs';
import { formatDateTime } from '../date-time';
import { reasonDialog } from '../dialogs/reason-dialog';
import { moderationFailureKey } from '../failure';

/**
 * The approval queue tab of the dashboard: new members' posts waiting for a moderator, oldest
 * first, each with its thread, author and text; approve, or reject with a reason the author
 * sees; the same for a selection (asked to confirm). Posts that started waiting meanwhile wait
 * behind "show". Results are announced; focus goes to the next post when one leaves the list.
 */
@Component({
  selector: 'sce-approval-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, EmptyState],
  templateUrl: './approval-queue.html',
  styleUrls: ['../moderation-page.scss', './approval-queue.scss'],
})
export class ApprovalQueue {
  protected readonly store = inject(ApprovalQueueStore);
  protected readonly list = this.store.list;
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly rows = computed(() =>
    this.store.posts().map((item) => ({
      item,
      when: formatDateTime(this.i18n, item.createdAt),
      selected: this.store.isSelected(item.id),
    })),
  );
  protected readonly busyId = signal<string | null>(null);
  protected readonly bulkBusy = signal(false);
  protected readonly failure = signal<{ id: string; key: TranslationKey } | null>(null);
  private focusIndex: number | null = null;

  constructor() {
    afterRenderEffect(() => {
      const count = this.store.posts().length;
      if (this.focusIndex !== null && count > this.focusIndex) {
        this.focusCard(this.focusIndex);
        this.focusIndex = null;
      }
    });
  }

  protected toggle(item: QueueItem, event: Event): void {
    this.store.select(item.id, (event.target as HTMLInputElement).checked);
  }

  protected toggleAll(event: Event): void {
    this.store.selectAll((event.target as HTMLInputElement).checked);
  }

  protected showNew(): void {
    this.store.showNew();
    this.focusList();
  }

  protected approve(item: QueueItem): void {
    const index = this.indexOf(item.id);
    this.busyId.set(item.id);
    this.store
      .approve(item)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.failure.set(null);
          this.announcer.announce('moderation.queue.approved', {
            name: item.author.displayName,
          });
          this.focusAfter(index);
        },
        error: (error: unknown) => {
          this.busyId.set(null);
          this.failure.set({ id: item.id, key: moderationFailureKey(error) });
        },
      });
  }

  protected reject(item: QueueItem): void {
    const index = this.indexOf(item.id);
    reasonDialog(this.dialog, {
      title: this.i18n.translate('moderation.reject.title'),
      message: this.i18n.translate('moderation.reject.message', {
        name: item.author.displayName,
      }),
      label: this.i18n.translate('moderation.reject.reason'),
      hint: this.i18n.translate('moderation.reject.reasonHint'),
      confirm: this.i18n.translate('moderation.reject.confirm'),
      danger: true,
      run: (reason) => this.store.reject(item, reason),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((done) => {
        if (done) {
          this.failure.set(null);
          this.announcer.announce('moderation.queue.rejected', {
            name: item.author.displayName,
          });
          this.focusAfter(index);
        }
      });
  }

  protected approveSelected(): void {
    const items = this.store.selected();
    if (items.length === 0 || this.bulkBusy()) {
      return;
    }
    const count = items.length;
    confirmDialog(this.dialog, {
      title: this.i18n.translate('moderation.queue.bulk.approve.title', { count }),
      message: this.i18n.translate('moderation.queue.bulk.approve.message', { count }),
      confirm: this.i18n.translate('moderation.queue.bulk.approve.confirm'),
      cancel: this.i18n.translate('moderation.dialog.cancel'),
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => {
          this.bulkBusy.set(true);
          return this.store.approveMany(items);
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((result) => this.reportBulk(result, 'moderation.queue.bulk.approve.done'));
  }

  /** Rejects the selection with one reason: the dialog asks for it and confirms. */
  protected rejectSelected(): void {
    const items = this.store.selected();
    if (items.length === 0 || this.bulkBusy()) {
      return;
    }
    const count = items.length;
    reasonDialog(this.dialog, {
      title: this.i18n.translate('moderation.queue.bulk.reject.title', { count }),
      message: this.i18n.translate('moderation.queue.bulk.reject.message', { count }),
      label: this.i18n.translate('moderation.reject.reason'),
      hint: this.i18n.translate('moderation.reject.reasonHint'),
      confirm: this.i18n.translate('moderation.queue.bulk.reject.confirm'),
      danger: true,
      run: (reason) => this.store.rejectMany(items, reason),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((result) => {
        if (result) {
          this.reportBulk(result, 'moderation.queue.bulk.reject.done');
        }
      });
  }

  protected loadMore(): void {
    this.focusIndex = this.store.posts().length;
    this.list.loadMore();
  }

  private reportBulk(result: BulkResult, done: TranslationKey): void {
    this.bulkBusy.set(false);
    if (result.failed.length > 0) {
      this.failure.set({ id: 'bulk', key: 'moderation.bulk.someFailed' });
      this.announcer.announce('moderation.bulk.partly', {
        done: result.done.length,
        failed: result.failed.length,
      });
    } else {
      this.failure.set(null);
      this.announcer.announce(done, { count: result.done.length });
    }
    this.focusList();
  }

  private indexOf(id: string): number {
    return this.store.posts().findIndex((item) => item.id === id);
  }

  private focusAfter(index: number): void {
    afterNextRender(
      () => {
        const count = this.store.posts().length;
        if (count === 0) {
          this.document.getElementById('approval-queue-heading')?.focus();
        } else {
          this.focusCard(Math.min(index, count - 1));
        }
      },
      { injector: this.injector },
    );
  }

  private focusCard(index: number): void {
    const item = this.store.posts()[index];
    if (item) {
      this.document.getElementById(`queued-${item.id}`)?.focus();
    }
  }

  private focusList(): void {
    afterNextRender(
      () => this.document.getElementById('approval-queue-heading')?.focus(),
      { injector: this.injector },
    );
  }
}
