import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  FlagReason,
  FlagView,
  UpdateFlagRequest,
} from '@sce/shared-contracts';
import { KeysetList, isApiError } from '@sce/web-shared-data-access';
import {
  PostsApi,
  RealtimeClient,
  type RoomMessage,
} from '@sce/web-threads-data-access';
import {
  catchError,
  map,
  of,
  switchMap,
  tap,
  throwError,
  type Observable,
  type Subscription,
} from 'rxjs';
import { runEach, type BulkResult } from './bulk';
import { ModerationApi, type FlagFilter } from './moderation.api';

/**
 * The flag queue of the moderation dashboard: flags in one state (and community) in keyset pages,
 * narrowed by reason here (the API does not filter by reason), a selection for bulk actions, and
 * the flags that arrived live since the list loaded. Provide it at the route.
 *
 * A flag that changes state leaves the list it no longer belongs in; hiding a flagged post closes
 * every loaded open flag on that post.
 */
@Injectable()
export class FlagQueueStore {
  private readonly api = inject(ModerationApi);
  private readonly postsApi = inject(PostsApi);
  private readonly realtime = inject(RealtimeClient);

  readonly list = new KeysetList<FlagView, FlagFilter>((filter, cursor) =>
    this.api.flags(filter, cursor),
  );
  private readonly reasonFilter = signal<FlagReason | null>(null);
  private readonly selectedIds = signal<ReadonlySet<string>>(new Set());
  private readonly arrived = signal(0);
  private live: Subscription | null = null;

  readonly reason = this.reasonFilter.asReadonly();
  /** The loaded flags with the chosen reason. */
  readonly flags = computed(() => {
    const reason = this.reasonFilter();
    const items = this.list.items();
    return reason === null ? items : items.filter((f) => f.reason === reason);
  });
  /** The shown flags that are selected. */
  readonly selected = computed(() => {
    const ids = this.selectedIds();
    return this.flags().filter((flag) => ids.has(flag.id));
  });
  readonly allSelected = computed(
    () => this.flags().length > 0 && this.selected().length === this.flags().length,
  );
  /** Flags raised since the list loaded (announced live; "show" loads them). */
  readonly newFlags = this.arrived.asReadonly();

  /** Loads the first page for a state and community; the reason narrows what is loaded. */
  load(filter: FlagFilter, reason: FlagReason | null): void {
    this.reasonFilter.set(reason);
    this.selectedIds.set(new Set());
    this.arrived.set(0);
    this.list.load(filter);
  }

  /** Loads the list again with the flags that arrived. */
  showNew(): void {
    this.arrived.set(0);
    this.selectedIds.set(new Set());
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
      on ? new Set(this.flags().map((flag) => flag.id)) : new Set(),
    );
  }

  /** Changes one flag's state, assignee or note; emits it as it is now. */
  update(flag: FlagView, patch: UpdateFlagRequest): Observable<FlagView> {
    return this.api.updateFlag(flag.id, patch).pipe(tap((updated) => this.place(updated)));
  }

  /** Changes the state of several flags, one after the other; emits what succeeded. */
  updateMany(flags: readonly FlagView[], patch: UpdateFlagRequest): Observable<BulkResult> {
    return runEach(
      flags,
      (flag) => flag.id,
      (flag) => this.update(flag, patch),
    );
  }

  /**
   * Hides the flagged post with a reason its author sees, then marks its loaded open flags
   * actioned. A post hidden already (409) is fine: the flags are closed all the same.
   */
  hidePost(flag: FlagView, reason: string | null): Observable<FlagView> {
    const postId = flag.target.id;
    return this.postsApi.hide(postId, reason).pipe(
      map(() => true),
      catchError((error: unknown) =>
        isApiError(error, 409) ? of(true) : throwError(() => error),
      ),
      switchMap(() => this.update(flag, { state: 'actioned' })),
      tap(() => {
        const others = this.list
          .items()
          .filter(
            (other) =>
              other.id !== flag.id &&
              other.state === 'open' &&
              other.target.type === 'post' &&
              other.target.id === postId,
          );
        if (others.length > 0) {
          this.updateMany(others, { state: 'actioned' }).subscribe();
        }
      }),
    );
  }

  /** Follows the moderator's own room: new flags are counted until "show". */
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
    if (this.list.query()?.state !== 'open') {
      return; // new flags are open: they do not belong in this list
    }
    if (message.kind === 'event' && message.event.type === 'moderation.flag') {
      this.arrived.update((count) => count + 1);
    } else if (message.kind === 'reload') {
      this.arrived.update((count) => Math.max(count, 1));
    }
  }

  /** Puts a changed flag in place, or takes it out when its state no longer fits the list. */
  private place(flag: FlagView): void {
    if (this.list.query()?.state === flag.state) {
      this.list.replace(flag);
    } else {
      this.list.remove(flag.id);
      this.select(flag.id, false);
    }
  }
}
