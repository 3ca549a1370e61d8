import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  FlagView,
  ModeratorRef,
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

/** Whether a flag belongs in the list of a filter (its state, reason and assignee). */
export function flagFits(flag: FlagView, filter: FlagFilter): boolean {
  if (flag.state !== filter.state) {
    return false;
  }
  if (filter.reason && flag.reason !== filter.reason) {
    return false;
  }
  if (filter.assignee === 'none') {
    return flag.assignee === null;
  }
  return !filter.assignee || flag.assignee?.id === filter.assignee;
}

/**
 * The flag queue of the moderation dashboard: flags in one state (and community, reason and
 * assignee: the API filters) in keyset pages, a selection for bulk actions, the flags that
 * arrived live since the list loaded, and who may be assigned a community's flags (asked once
 * per community). Provide it at the route.
 *
 * A flag that changes so that it no longer fits the filter leaves the list; hiding a flagged
 * post closes every loaded open flag on that post.
 */
@Injectable()
export class FlagQueueStore {
  private readonly api = inject(ModerationApi);
  private readonly postsApi = inject(PostsApi);
  private readonly realtime = inject(RealtimeClient);

  readonly list = new KeysetList<FlagView, FlagFilter>((filter, cursor) =>
    this.api.flags(filter, cursor),
  );
  private readonly selectedIds = signal<ReadonlySet<string>>(new Set());
  private readonly arrived = signal(0);
  private live: Subscription | null = null;
  private readonly moderatorCache = new Map<string, ModeratorRef[]>();

  /** The loaded flags. */
  readonly flags = this.list.items;
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

  /** Loads the first page of the flags that fit a filter. */
  load(filter: FlagFilter): void {
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

  /**
   * Who may be assigned the flags of a community (its moderators and the global ones), asked
   * once per community; a failure is not kept, so the next call asks again.
   */
  moderators(community: string): Observable<ModeratorRef[]> {
    const known = this.moderatorCache.get(community);
    if (known) {
      return of(known);
    }
    return this.api.moderators(community).pipe(
      tap((moderators) => this.moderatorCache.set(community, moderators)),
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
    const filter = this.list.query();
    if (filter?.state !== 'open' || (filter.assignee && filter.assignee !== 'none')) {
      return; // new flags are open and nobody's: they do not belong in this list
    }
    if (message.kind === 'event' && message.event.type === 'moderation.flag') {
      this.arrived.update((count) => count + 1);
    } else if (message.kind === 'reload') {
      this.arrived.update((count) => Math.max(count, 1));
    }
  }

  /** Puts a changed flag in place, or takes it out when it no longer fits the list's filter. */
  private place(flag: FlagView): void {
    const filter = this.list.query();
    if (filter && flagFits(flag, filter)) {
      this.list.replace(flag);
    } else {
      this.list.remove(flag.id);
      this.select(flag.id, false);
    }
  }
}
