import { Injectable, computed, inject, signal } from '@angular/core';
import type { Post, QueuedPost } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import {
  PostsApi,
  RealtimeClient,
  type RoomMessage,
} from '@sce/web-threads-data-access';
import { map, tap, type Observable, type Subscription } from 'rxjs';
import { runEach, type BulkResult } from './bulk';
import { ModerationApi } from './moderation.api';

/** A waiting post in the list (told apart by its post id). */
export type QueueItem = QueuedPost & { id: string };

/**
 * The approval queue of the moderation dashboard: new members' posts waiting for a moderator,
 * oldest first, in keyset pages; approve or reject one or several (rejecting with a reason the
 * author sees); posts that arrived live since the list loaded. Provide it at the route.
 */
@Injectable()
export class ApprovalQueueStore {
  private readonly api = inject(ModerationApi);
  private readonly postsApi = inject(PostsApi);
  private readonly realtime = inject(RealtimeClient);

  readonly list = new KeysetList<QueueItem>((_query, cursor) =>
    this.api.queue(cursor).pipe(
      map((page) => ({
        items: page.items.map((item) => ({ ...item, id: item.postId })),
        nextCursor: page.nextCursor,
      })),
    ),
  );
  private readonly selectedIds = signal<ReadonlySet<string>>(new Set());
  private readonly arrived = signal(0);
  private live: Subscription | null = null;

  readonly posts = this.list.items;
  readonly selected = computed(() => {
    const ids = this.selectedIds();
    return this.list.items().filter((item) => ids.has(item.id));
  });
  readonly allSelected = computed(
    () =>
      this.list.items().length > 0 &&
      this.selected().length === this.list.items().length,
  );
  /** Posts that started waiting since the list loaded. */
  readonly newPosts = this.arrived.asReadonly();

  load(): void {
    this.selectedIds.set(new Set());
    this.arrived.set(0);
    this.list.load();
  }

  showNew(): void {
    this.arrived.set(0);
    this.list.reload();
  }

  isSelected(id: string): boolean {
    return this.selectedIds().has(id);
  }

  select(id: string, on: boolean): void {
    this.selectedIds.update((ids) => {
      const next = new Set(ids);
      if (on) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  selectAll(on: boolean): void {
    this.selectedIds.set(
      on ? new Set(this.list.items().map((item) => item.id)) : new Set(),
    );
  }

  /** Approves a waiting post: it is shown, counted and announced; it leaves the queue. */
  approve(item: QueueItem): Observable<Post> {
    return this.postsApi.approve(item.postId).pipe(tap(() => this.done(item.id)));
  }

  /** Rejects a waiting post with a reason its author sees; it leaves the queue. */
  reject(item: QueueItem, reason: string | null): Observable<Post> {
    return this.postsApi
      .reject(item.postId, reason)
      .pipe(tap(() => this.done(item.id)));
  }

  approveMany(items: readonly QueueItem[]): Observable<BulkResult> {
    return runEach(items, (item) => item.id, (item) => this.approve(item));
  }

  rejectMany(items: readonly QueueItem[], reason: string | null): Observable<BulkResult> {
    return runEach(items, (item) => item.id, (item) => this.reject(item, reason));
  }

  /** Follows the moderator's own room: new waiting posts are counted until "show". */
  startLive(userId: string): void {
    this.stopLive();
    this.live = this.realtime
      .room({ type: 'user', id: userId })
      .subscribe((message) => this.onLive(message));
  }

  stopLive(): void {
    this.live?.unsubscribe();
    this.live = null;
  }

  private onLive(message: RoomMessage): void {
    if (message.kind === 'event' && message.event.type === 'moderation.queued') {
      this.arrived.update((count) => count + 1);
    } else if (message.kind === 'reload') {
      this.arrived.update((count) => Math.max(count, 1));
    }
  }

  private done(id: string): void {
    this.list.remove(id);
    this.select(id, false);
  }
}
