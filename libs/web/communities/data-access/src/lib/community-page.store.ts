import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { CommunityDetail, ThreadSummary } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  RealtimeClient,
  ThreadsApi,
  type RoomMessage,
  type ThreadFilter,
} from '@sce/web-threads-data-access';
import { KeysetList, isApiError } from '@sce/web-shared-data-access';
import {
  catchError,
  map,
  of,
  shareReplay,
  switchMap,
  tap,
  type Observable,
  type Subscription,
} from 'rxjs';
import { CommunitiesApi } from './communities.api';

export type CommunityPageStatus =
  | 'idle'
  | 'loading'
  | 'loaded'
  | 'not-found'
  | 'error';

interface CommunityPageState {
  slug: string | null;
  community: CommunityDetail | null;
  status: CommunityPageStatus;
}

interface LiveState {
  /** Threads or replies were added (or threads went) since the list was loaded. */
  activity: boolean;
  /** The server stopped live updates: the viewer may no longer read the community. */
  refused: boolean;
}

/** A thread list query: the community and the filters. */
export interface CommunityThreadsQuery extends ThreadFilter {
  slug: string;
}

/**
 * One community: its details and what the viewer may do there, its thread list (filtered,
 * keyset pages) and joining and leaving. Provide it at the `:slug` route, so the community page,
 * its members page, the edit form and the new-thread page share one copy; the title resolvers
 * start `load(slug)`.
 *
 * While the community page is open it follows the community's room (`startLive`, `stopLive`):
 * new threads and others' replies set `newActivity`, and the page offers to refresh the list
 * rather than changing it under the reader.
 */
@Injectable()
export class CommunityPageStore {
  private readonly api = inject(CommunitiesApi);
  private readonly threadsApi = inject(ThreadsApi);
  private readonly realtime = inject(RealtimeClient);
  private readonly session = inject(SessionStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly live = signal<LiveState>({ activity: false, refused: false });
  private liveRoom: { id: string; subscription: Subscription } | null = null;
  private readonly state = signal<CommunityPageState>({
    slug: null,
    community: null,
    status: 'idle',
  });
  private request: Subscription | undefined;
  private current: Observable<CommunityDetail | null> | null = null;

  readonly community = computed(() => this.state().community);
  readonly status = computed(() => this.state().status);
  readonly slug = computed(() => this.state().slug);
  readonly newActivity = computed(() => this.live().activity);
  readonly liveRefused = computed(() => this.live().refused);
  readonly threads = new KeysetList<ThreadSummary, CommunityThreadsQuery>(
    (query, cursor) =>
      this.threadsApi.list(
        query.slug,
        { kind: query.kind, tag: query.tag },
        cursor,
      ),
  );

  constructor() {
    this.destroyRef.onDestroy(() => this.stopLive());
  }

  /**
   * Loads the community, afresh for every page (the store lives as long as the route's
   * injector, so it outlives a page). Asking again while that slug is still loading shares the
   * request. Emits the community, or null when it is unknown, hidden or failed.
   */
  load(slug: string): Observable<CommunityDetail | null> {
    const { slug: loadedSlug, status } = this.state();
    if (this.current && loadedSlug === slug && status === 'loading') {
      return this.current;
    }
    this.request?.unsubscribe();
    this.state.set({ slug, community: null, status: 'loading' });
    const community = this.api.detail(slug).pipe(
      map((found): CommunityDetail | null => {
        this.state.set({ slug, community: found, status: 'loaded' });
        return found;
      }),
      catchError((error: unknown) => {
        this.state.set({
          slug,
          community: null,
          status: isApiError(error, 404) ? 'not-found' : 'error',
        });
        return of(null);
      }),
      takeUntilDestroyed(this.destroyRef),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    this.current = community;
    this.request = community.subscribe();
    return community;
  }

  /** Tries again after a failure. */
  retry(): void {
    const { slug } = this.state();
    if (slug !== null) {
      this.current = null;
      this.load(slug);
    }
  }

  /** Loads the first page of threads with these filters. */
  loadThreads(filter: ThreadFilter): void {
    const { slug } = this.state();
    if (slug !== null) {
      this.threads.load({ slug, ...filter });
    }
  }

  /** Follows the loaded community's room (again a no-op while it does). */
  startLive(): void {
    const id = this.state().community?.id;
    if (id === undefined || this.liveRoom?.id === id) {
      return;
    }
    this.stopLive();
    this.liveRoom = {
      id,
      subscription: this.realtime
        .room({ type: 'community', id })
        .subscribe((message) => this.onLive(message)),
    };
  }

  stopLive(): void {
    this.liveRoom?.subscription.unsubscribe();
    this.liveRoom = null;
    this.live.set({ activity: false, refused: false });
  }

  /** Loads the thread list again (after "new activity"). */
  refreshThreads(): void {
    this.live.update((live) => ({ ...live, activity: false }));
    this.threads.reload();
  }

  /** Joins, asks to join or accepts the invitation; emits the community as it is now. */
  join(): Observable<CommunityDetail> {
    return this.api
      .join(this.requireSlug())
      .pipe(tap((community) => this.replace(community)));
  }

  /** Leaves, withdraws the request or declines the invitation; emits the community after. */
  leave(): Observable<CommunityDetail> {
    const slug = this.requireSlug();
    return this.api.leave(slug).pipe(
      switchMap(() => this.api.detail(slug)),
      tap((community) => this.replace(community)),
    );
  }

  /** Slow mode in the community (its moderators); emits the community as it is now. */
  setSlowMode(seconds: number): Observable<CommunityDetail> {
    return this.api
      .setSlowMode(this.requireSlug(), seconds)
      .pipe(tap((community) => this.replace(community)));
  }

  /** Puts a changed community in place (after an edit; the slug may have changed). */
  replace(community: CommunityDetail): void {
    this.state.set({
      slug: community.slug,
      community,
      status: 'loaded',
    });
    this.current = of(community);
  }

  private onLive(message: RoomMessage): void {
    switch (message.kind) {
      case 'event': {
        const event = message.event;
        const activity =
          event.type === 'thread.created' ||
          event.type === 'thread.deleted' ||
          event.type === 'thread.moved' ||
          (event.type === 'post.created' &&
            event.data.authorId !== this.session.user()?.id);
        if (activity) {
          this.live.update((live) => ({ ...live, activity: true }));
        }
        return;
      }
      case 'reload':
        // Too much was missed to tell: the list is loaded again.
        this.refreshThreads();
        return;
      case 'refused':
        this.liveRoom = null;
        this.live.set({ activity: false, refused: true });
        return;
      case 'typing':
      case 'viewers':
        return;
    }
  }

  private requireSlug(): string {
    const { slug } = this.state();
    if (slug === null) {
      throw new Error('CommunityPageStore: no community loaded');
    }
    return slug;
  }
}
