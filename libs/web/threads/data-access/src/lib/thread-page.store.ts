import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  Post,
  PostPage,
  PostRevision,
  ReactionKind,
  RealtimeEvent,
  RealtimeEventType,
  ThreadDetail,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import { isApiError } from '@sce/web-shared-data-access';
import {
  catchError,
  finalize,
  firstValueFrom,
  from,
  map,
  mergeMap,
  of,
  shareReplay,
  switchMap,
  tap,
  toArray,
  type Observable,
  type Subscription,
} from 'rxjs';
import { PostsApi } from './posts.api';
import { RealtimeClient, type RoomMessage } from './realtime/realtime-client';
import { buildPostTree } from './post-tree';
import { ThreadsApi } from './threads.api';

export type ThreadPageStatus =
  | 'idle'
  | 'loading'
  | 'loaded'
  | 'not-found'
  | 'error';
export type RepliesStatus = 'idle' | 'loading' | 'loaded' | 'error';

/** A "continue this thread" branch: its own keyset pages under one post. */
export interface BranchState {
  status: 'loading' | 'loaded' | 'error';
  nextCursor: string | null;
}

interface ThreadPageState {
  id: string | null;
  thread: ThreadDetail | null;
  status: ThreadPageStatus;
  /** The thread's bookmark as far as this page knows (the API does not say on load). */
  threadBookmarked: boolean;
  posts: readonly Post[];
  repliesStatus: RepliesStatus;
  nextCursor: string | null;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  branches: Readonly<Record<string, BranchState>>;
  /** The post a permalink (`?post=`) points at. */
  highlightedPostId: string | null;
  /** The post the reply to the thread quotes. */
  quoting: Post | null;
  /** Replies by others announced live, not loaded yet ("N new replies — show"). */
  newPostIds: readonly string[];
  /** Replies loaded with "show": marked new in the tree. */
  freshPostIds: readonly string[];
  /** How many are viewing the thread now, as the server last said. */
  viewers: number | null;
  /** Who is writing a reply now (each for a few seconds after their last signal). */
  typists: readonly Typist[];
  /** The server stopped live updates: the viewer may no longer read the thread. */
  liveRefused: boolean;
}

/** Someone writing a reply. */
export interface Typist {
  id: string;
  displayName: string;
}

const initialState: ThreadPageState = {
  id: null,
  thread: null,
  status: 'idle',
  threadBookmarked: false,
  posts: [],
  repliesStatus: 'idle',
  nextCursor: null,
  loadingMore: false,
  loadMoreFailed: false,
  branches: {},
  highlightedPostId: null,
  quoting: null,
  newPostIds: [],
  freshPostIds: [],
  viewers: null,
  typists: [],
  liveRefused: false,
};

/** The events a thread page acts on; the thread's room may carry others, for other pages. */
const THREAD_PAGE_EVENTS = [
  'post.created',
  'post.edited',
  'post.hidden',
  'post.deleted',
  'reactions.changed',
  'thread.updated',
  'thread.locked',
  'thread.pinned',
  'thread.moved',
  'thread.answer-accepted',
  'thread.deleted',
] as const satisfies readonly RealtimeEventType[];
type ThreadPageEvent = Extract<
  RealtimeEvent,
  { type: (typeof THREAD_PAGE_EVENTS)[number] }
>;
const isThreadPageEvent = (event: RealtimeEvent): event is ThreadPageEvent =>
  (THREAD_PAGE_EVENTS as readonly string[]).includes(event.type);

/** "X is replying…" stays this long after their last signal. */
export const TYPING_SHOWN_MS = 6_000;
/** New replies are fetched this many at a time. */
const NEW_REPLY_REQUESTS = 4;

/** At most this many pages are followed to find a linked post. */
const MAX_REVEAL_PAGES = 20;

/**
 * One thread's page: the thread, its reply tree (keyset pages, depth first, plus "continue this
 * thread" branches) and everything one does there — reply, edit, delete, react, accept an
 * answer, bookmark, and the moderators' pin, lock, move, slow mode, hide, restore, approve and
 * reject. Each action returns an Observable the page subscribes to;
 * its answer is patched into the state. Provide it at the route; the title resolver starts
 * `load(id)`.
 *
 * Live updates: `load(id)` follows the thread's room before it asks for the thread, so nothing
 * that happens while the page loads is lost; the page calls `stopLive()` when it goes. Events
 * name what changed and the store fetches it: others' new replies wait behind `showNew()`,
 * edits, deletions, hidden posts and reactions change the loaded posts in place, and changes of
 * the thread (locked, pinned, answered, edited) fetch it again.
 */
@Injectable()
export class ThreadPageStore {
  private readonly threadsApi = inject(ThreadsApi);
  private readonly postsApi = inject(PostsApi);
  private readonly realtime = inject(RealtimeClient);
  private readonly session = inject(SessionStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<ThreadPageState>(initialState);
  private current: Observable<ThreadDetail | null> | null = null;
  private requests: Subscription[] = [];
  private live: Subscription | null = null;
  private readonly typingTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** A fetch of the thread runs; `again` asks for one more when it ends (events came meanwhile). */
  private threadRefresh: { running: boolean; again: boolean } = {
    running: false,
    again: false,
  };

  readonly thread = computed(() => this.state().thread);
  readonly status = computed(() => this.state().status);
  readonly threadBookmarked = computed(() => this.state().threadBookmarked);
  readonly posts = computed(() => this.state().posts);
  readonly tree = computed(() => buildPostTree(this.state().posts));
  readonly repliesStatus = computed(() => this.state().repliesStatus);
  readonly hasMore = computed(() => this.state().nextCursor !== null);
  readonly loadingMore = computed(() => this.state().loadingMore);
  readonly loadMoreFailed = computed(() => this.state().loadMoreFailed);
  readonly branches = computed(() => this.state().branches);
  readonly highlightedPostId = computed(() => this.state().highlightedPostId);
  readonly quoting = computed(() => this.state().quoting);
  private readonly loadedIds = computed(
    () => new Set(this.state().posts.map((post) => post.id)),
  );
  /** Others' replies announced live and not shown yet. */
  readonly newReplies = computed(() => {
    const loaded = this.loadedIds();
    return this.state().newPostIds.filter((id) => !loaded.has(id)).length;
  });
  readonly freshPostIds = computed(() => new Set(this.state().freshPostIds));
  readonly viewers = computed(() => this.state().viewers);
  readonly typists = computed(() => this.state().typists);
  readonly liveRefused = computed(() => this.state().liveRefused);

  constructor() {
    this.destroyRef.onDestroy(() => this.stopLive());
  }

  /**
   * Loads the thread and the first page of replies, afresh on every visit (the store lives as
   * long as the route's injector, so it outlives a page). Asking again while that id is still
   * loading shares the request. Emits the thread, or null when it is unknown or failed.
   */
  load(id: string): Observable<ThreadDetail | null> {
    const { id: loadedId, status } = this.state();
    if (this.current && loadedId === id && status === 'loading') {
      return this.current;
    }
    this.requests.forEach((request) => request.unsubscribe());
    this.state.set({ ...initialState, id, status: 'loading' });
    this.startLive(id);
    const thread = this.threadsApi.get(id).pipe(
      map((found): ThreadDetail | null => {
        this.patch({ thread: found, status: 'loaded', threadBookmarked: found.bookmarked });
        return found;
      }),
      catchError((error: unknown) => {
        this.patch({
          status: isApiError(error, 404) ? 'not-found' : 'error',
        });
        return of(null);
      }),
      takeUntilDestroyed(this.destroyRef),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    this.current = thread;
    this.requests = [thread.subscribe(), this.loadReplies(id)];
    return thread;
  }

  /** Tries again after the thread failed to load. */
  retry(): void {
    const { id } = this.state();
    if (id !== null) {
      this.current = null;
      this.load(id);
    }
  }

  /** Loads the first page of replies again (after it failed). */
  reloadReplies(): void {
    const { id } = this.state();
    if (id !== null) {
      this.requests.push(this.loadReplies(id));
    }
  }

  /** Appends the next page of the reply tree; emits the posts that were new. */
  loadMore(): Observable<readonly Post[]> {
    const { id, nextCursor, loadingMore } = this.state();
    if (id === null || nextCursor === null || loadingMore) {
      return of([]);
    }
    this.patch({ loadingMore: true, loadMoreFailed: false });
    return this.postsApi.list(id, { cursor: nextCursor }).pipe(
      map((page) => {
        const added = this.merge(page.items);
        this.patch({ nextCursor: page.nextCursor, loadingMore: false });
        return added;
      }),
      catchError(() => {
        this.patch({ loadingMore: false, loadMoreFailed: true });
        return of([]);
      }),
      takeUntilDestroyed(this.destroyRef),
    );
  }

  /**
   * "Continue this thread": loads the replies under `postId` below the depth the page shows
   * (or the next page of that branch). Emits the posts that were new.
   */
  continueBranch(postId: string): Observable<readonly Post[]> {
    const { id, branches } = this.state();
    const branch = branches[postId];
    if (id === null || branch?.status === 'loading') {
      return of([]);
    }
    if (branch?.status === 'loaded' && branch.nextCursor === null) {
      return of([]);
    }
    this.setBranch(postId, {
      status: 'loading',
      nextCursor: branch?.nextCursor ?? null,
    });
    return this.postsApi
      .list(id, { root: postId, cursor: branch?.nextCursor ?? null })
      .pipe(
        map((page: PostPage) => {
          const added = this.merge(page.items);
          this.setBranch(postId, {
            status: 'loaded',
            nextCursor: page.nextCursor,
          });
          return added;
        }),
        catchError(() => {
          this.setBranch(postId, {
            status: 'error',
            nextCursor: branch?.nextCursor ?? null,
          });
          return of([]);
        }),
        takeUntilDestroyed(this.destroyRef),
      );
  }

  /**
   * Makes sure a post of this thread is loaded — following pages and "continue this thread"
   * branches down to it — and marks it highlighted. Resolves false when it cannot be found.
   */
  async reveal(postId: string): Promise<boolean> {
    this.patch({ highlightedPostId: postId });
    if (this.find(postId)) {
      return true;
    }
    const threadId = this.state().id;
    const target = await firstValueFrom(
      this.postsApi.get(postId).pipe(catchError(() => of(null))),
    );
    if (target === null || target.threadId !== threadId) {
      return false;
    }
    // The post and its ancestors up to the depth the first pages show (or one already loaded).
    // The contracts are imported lazily: importing a value from them loads all their zod schemas
    // (~440 kB), and the home and community pages reach this file through the index without
    // revealing anything. On a thread page they are loaded already.
    const { POST_VISIBLE_DEPTH } = await import('@sce/shared-contracts');
    const chain: Post[] = [target];
    let top = target;
    while (
      top.depth > POST_VISIBLE_DEPTH &&
      top.parentId !== null &&
      !this.find(top.id)
    ) {
      const parent =
        this.find(top.parentId) ??
        (await firstValueFrom(
          this.postsApi.get(top.parentId).pipe(catchError(() => of(null))),
        ));
      if (parent === null) {
        return false;
      }
      chain.push(parent);
      top = parent;
    }
    for (
      let pages = 0;
      !this.find(top.id) && this.hasMore() && pages < MAX_REVEAL_PAGES;
      pages++
    ) {
      await firstValueFrom(this.loadMore());
    }
    for (let i = chain.length - 2; i >= 0; i--) {
      const parentId = chain[i + 1].id;
      for (
        let pages = 0;
        !this.find(chain[i].id) &&
        this.state().branches[parentId]?.status !== 'error' &&
        !(
          this.state().branches[parentId]?.status === 'loaded' &&
          this.state().branches[parentId]?.nextCursor === null
        ) &&
        pages < MAX_REVEAL_PAGES;
        pages++
      ) {
        await firstValueFrom(this.continueBranch(parentId));
      }
    }
    return this.find(postId) !== undefined;
  }

  /** Quotes this post in the reply to the thread (null: no quote). */
  quote(post: Post | null): void {
    this.patch({ quoting: post });
  }

  /** A loaded post. */
  find(postId: string): Post | undefined {
    return this.state().posts.find((post) => post.id === postId);
  }

  /** Replies to the thread (or to `parentId`), optionally quoting a post; emits the new post. */
  reply(request: {
    body: string;
    parentId?: string | null;
    quotePostId?: string | null;
  }): Observable<Post> {
    const threadId = this.requireId();
    return this.postsApi
      .create(threadId, {
        body: request.body,
        ...(request.parentId ? { parentId: request.parentId } : {}),
        ...(request.quotePostId ? { quotePostId: request.quotePostId } : {}),
      })
      .pipe(
        tap((post) =>
          this.state.update((state) => ({
            ...state,
            posts: [
              ...state.posts.map((existing) =>
                existing.id === post.parentId
                  ? { ...existing, replyCount: existing.replyCount + 1 }
                  : existing,
              ),
              post,
            ],
            thread: state.thread && {
              ...state.thread,
              replyCount: state.thread.replyCount + 1,
              lastActivityAt: post.createdAt,
            },
          })),
        ),
      );
  }

  /** Edits a post; the old text is kept as a revision. */
  edit(postId: string, body: string): Observable<Post> {
    return this.postsApi
      .update(postId, body)
      .pipe(tap((post) => this.replacePost(post)));
  }

  /** Deletes a post; it stays in the tree as "deleted", with its replies. Emits it as it is now. */
  remove(postId: string): Observable<Post> {
    return this.postsApi.remove(postId).pipe(
      switchMap(() => this.postsApi.get(postId)),
      tap((post) => this.replacePost(post)),
    );
  }

  revisions(postId: string): Observable<PostRevision[]> {
    return this.postsApi.revisions(postId);
  }

  /** Adds the viewer's reaction of this kind, or takes it back when they had it. */
  toggleReaction(post: Post, kind: ReactionKind): Observable<Post> {
    const on = !post.myReactions.includes(kind);
    return this.postsApi.react(post.id, kind, on).pipe(
      map((result) => {
        const current = this.find(post.id) ?? post;
        const updated: Post = {
          ...current,
          reactions: result.reactions,
          myReactions: result.myReactions,
        };
        this.replacePost(updated);
        return updated;
      }),
    );
  }

  /** Marks a reply as the accepted answer, or clears the accepted answer with null. */
  accept(postId: string | null): Observable<void> {
    const threadId = this.requireId();
    return this.postsApi.accept(threadId, postId).pipe(
      tap(() =>
        this.state.update((state) => ({
          ...state,
          thread: state.thread && {
            ...state.thread,
            acceptedPostId: postId,
            answered: postId !== null,
          },
          posts: state.posts.map((post) =>
            post.accepted !== (post.id === postId)
              ? { ...post, accepted: post.id === postId }
              : post,
          ),
        })),
      ),
    );
  }

  /** Bookmarks a post, or removes its bookmark. */
  toggleBookmark(post: Post): Observable<Post> {
    const on = !post.bookmarked;
    return this.postsApi.bookmarkPost(post.id, on).pipe(
      map(() => {
        const updated = { ...(this.find(post.id) ?? post), bookmarked: on };
        this.replacePost(updated);
        return updated;
      }),
    );
  }

  /** Bookmarks the thread, or removes its bookmark; emits whether it is bookmarked now. */
  toggleThreadBookmark(): Observable<boolean> {
    const threadId = this.requireId();
    const on = !this.state().threadBookmarked;
    return this.postsApi.bookmarkThread(threadId, on).pipe(
      map(() => {
        this.patch({ threadBookmarked: on });
        return on;
      }),
    );
  }

  /** Pins or locks the thread, or undoes that (the community's moderators). */
  moderate(change: { pinned: boolean } | { locked: boolean }): Observable<ThreadDetail> {
    const threadId = this.requireId();
    const request =
      'pinned' in change
        ? this.threadsApi.setPinned(threadId, change.pinned)
        : this.threadsApi.setLocked(threadId, change.locked);
    return request.pipe(tap((thread) => this.patch({ thread })));
  }

  /** Moves the thread to another community (its slug), with a reason for the audit trail. */
  move(community: string, reason: string | null): Observable<ThreadDetail> {
    const threadId = this.requireId();
    return this.threadsApi
      .move(threadId, community, reason)
      .pipe(tap((thread) => this.patch({ thread })));
  }

  /** Slow mode: at least `seconds` between one person's posts here; 0 turns it off. */
  setSlowMode(seconds: number): Observable<ThreadDetail> {
    const threadId = this.requireId();
    return this.threadsApi
      .setSlowMode(threadId, seconds)
      .pipe(tap((thread) => this.patch({ thread })));
  }

  /** Hides a post (moderators), with the reason its author sees; emits it as it is now. */
  hide(postId: string, reason: string | null): Observable<Post> {
    return this.postsApi
      .hide(postId, reason)
      .pipe(tap((post) => this.replacePost(post)));
  }

  /** Shows a hidden post again (moderators). */
  restore(postId: string, reason: string | null): Observable<Post> {
    return this.postsApi
      .restore(postId, reason)
      .pipe(tap((post) => this.replacePost(post)));
  }

  /** Approves a new member's waiting post (moderators): it counts and is announced now. */
  approve(postId: string): Observable<Post> {
    return this.postsApi.approve(postId).pipe(
      tap((post) => {
        this.replacePost(post);
        this.refreshThread();
      }),
    );
  }

  /** Refuses a new member's waiting post (moderators), with the reason its author sees. */
  reject(postId: string, reason: string | null): Observable<Post> {
    return this.postsApi
      .reject(postId, reason)
      .pipe(tap((post) => this.replacePost(post)));
  }

  /**
   * Loads the replies others posted since the page loaded (announced by `newReplies`) into the
   * tree, marked as new. Emits the posts that were added.
   */
  showNew(): Observable<readonly Post[]> {
    const { id, newPostIds } = this.state();
    const loaded = this.loadedIds();
    const ids = newPostIds.filter((postId) => !loaded.has(postId));
    if (id === null || ids.length === 0) {
      return of([]);
    }
    return from(ids).pipe(
      mergeMap(
        (postId) => this.postsApi.get(postId).pipe(catchError(() => of(null))),
        NEW_REPLY_REQUESTS,
      ),
      toArray(),
      map((found) => {
        const posts = found
          .filter((post): post is Post => post !== null && post.threadId === id)
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
        const added = this.merge(posts);
        const addedIds = new Set(added.map((post) => post.id));
        this.state.update((state) => ({
          ...state,
          newPostIds: state.newPostIds.filter((postId) => !ids.includes(postId)),
          freshPostIds: [...state.freshPostIds, ...addedIds],
          posts: state.posts.map((post) => {
            const replies = added.filter((reply) => reply.parentId === post.id).length;
            return replies > 0 && !addedIds.has(post.id)
              ? { ...post, replyCount: post.replyCount + replies }
              : post;
          }),
        }));
        // The reply count in the heading, as the API counts it.
        this.refreshThread();
        return added;
      }),
      takeUntilDestroyed(this.destroyRef),
    );
  }

  /**
   * The viewer is writing a reply: the others following the thread see "… is replying" (sent
   * at most every few seconds, only for signed-in viewers).
   */
  typing(): void {
    const { id, status } = this.state();
    if (id !== null && status === 'loaded' && this.session.signedIn()) {
      this.realtime.typing(id);
    }
  }

  /** Stops following the thread (the page is gone). */
  stopLive(): void {
    this.live?.unsubscribe();
    this.live = null;
    this.typingTimers.forEach((timer) => clearTimeout(timer));
    this.typingTimers.clear();
    if (this.state().typists.length > 0) {
      this.patch({ typists: [] });
    }
  }

  private startLive(id: string): void {
    this.stopLive();
    this.live = this.realtime
      .room({ type: 'thread', id })
      .subscribe((message) => this.onLive(id, message));
  }

  private onLive(id: string, message: RoomMessage): void {
    if (this.state().id !== id) {
      return;
    }
    switch (message.kind) {
      case 'event':
        this.onEvent(message.event);
        return;
      case 'reload':
        this.reloadQuietly(id);
        return;
      case 'refused':
        this.live = null;
        this.patch({ liveRefused: true, viewers: null, typists: [] });
        return;
      case 'viewers':
        this.patch({ viewers: message.count });
        return;
      case 'typing':
        this.onTyping(message.user);
        return;
    }
  }

  private onEvent(event: RealtimeEvent): void {
    if (!isThreadPageEvent(event)) {
      return;
    }
    switch (event.type) {
      case 'post.created': {
        const { postId, authorId } = event.data;
        this.stopTyping(authorId);
        const mine = authorId === this.session.user()?.id;
        if (mine || this.loadedIds().has(postId) || this.state().newPostIds.includes(postId)) {
          return; // the viewer's own replies come in with their answer
        }
        this.state.update((state) => ({
          ...state,
          newPostIds: [...state.newPostIds, postId],
        }));
        return;
      }
      case 'post.deleted':
        this.state.update((state) => ({
          ...state,
          newPostIds: state.newPostIds.filter((id) => id !== event.data.postId),
        }));
        this.refreshPost(event.data.postId);
        return;
      case 'post.edited':
      case 'post.hidden':
        this.refreshPost(event.data.postId);
        return;
      case 'reactions.changed': {
        const post = this.find(event.data.postId);
        if (post) {
          // The counts are everyone's; the viewer's own reactions stay as they are.
          this.replacePost({ ...post, reactions: event.data.reactions });
        }
        return;
      }
      case 'thread.answer-accepted': {
        const postId = event.data.postId;
        this.state.update((state) => ({
          ...state,
          thread: state.thread && {
            ...state.thread,
            acceptedPostId: postId,
            answered: postId !== null,
          },
          posts: state.posts.map((post) =>
            post.accepted !== (post.id === postId)
              ? { ...post, accepted: post.id === postId }
              : post,
          ),
        }));
        this.refreshThread();
        return;
      }
      case 'thread.locked':
      case 'thread.pinned':
      case 'thread.updated':
      case 'thread.moved':
      case 'thread.deleted':
        this.refreshThread();
        return;
    }
  }

  private onTyping(user: Typist): void {
    if (user.id === this.session.user()?.id) {
      return;
    }
    clearTimeout(this.typingTimers.get(user.id));
    this.typingTimers.set(
      user.id,
      setTimeout(() => this.stopTyping(user.id), TYPING_SHOWN_MS),
    );
    this.state.update((state) => ({
      ...state,
      typists: state.typists.some((typist) => typist.id === user.id)
        ? state.typists
        : [...state.typists, { id: user.id, displayName: user.displayName }],
    }));
  }

  private stopTyping(userId: string): void {
    clearTimeout(this.typingTimers.get(userId));
    this.typingTimers.delete(userId);
    if (this.state().typists.some((typist) => typist.id === userId)) {
      this.state.update((state) => ({
        ...state,
        typists: state.typists.filter((typist) => typist.id !== userId),
      }));
    }
  }

  /** Fetches a loaded post again (edited, deleted, hidden) and puts it in place. */
  private refreshPost(postId: string): void {
    if (!this.loadedIds().has(postId)) {
      return; // not shown: it is fetched as it is when it is
    }
    this.track(
      this.postsApi
        .get(postId)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (post) => {
            if (this.loadedIds().has(post.id)) {
              this.replacePost(post);
            }
          },
          // Gone for this viewer (hidden from them, or the thread is): the page learns it
          // from the thread's own events.
          error: () => undefined,
        }),
    );
  }

  /**
   * Fetches the thread again (its state, permissions and reply count); events that arrive
   * while it runs are covered by one more fetch.
   */
  private refreshThread(): void {
    const id = this.state().id;
    if (id === null || this.state().status !== 'loaded') {
      return;
    }
    if (this.threadRefresh.running) {
      this.threadRefresh.again = true;
      return;
    }
    this.threadRefresh = { running: true, again: false };
    this.track(
      this.threadsApi
        .get(id)
        .pipe(
          finalize(() => {
            const again = this.threadRefresh.again;
            this.threadRefresh = { running: false, again: false };
            if (again) {
              this.refreshThread();
            }
          }),
          takeUntilDestroyed(this.destroyRef),
        )
        .subscribe({
          next: (thread) => {
            if (this.state().id === id) {
              this.patch({ thread });
            }
          },
          error: (error: unknown) => {
            if (this.state().id === id && isApiError(error, 404)) {
              // Deleted, moved out of reach or hidden.
              this.stopLive();
              this.patch({ status: 'not-found' });
            }
          },
        }),
    );
  }

  /**
   * More was missed than can be caught up (a long time offline): the thread and the first page
   * of replies are fetched again and replace what is shown, without a loading state between.
   */
  private reloadQuietly(id: string): void {
    this.refreshThread();
    this.track(
      this.postsApi
        .list(id)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (page) => {
            if (this.state().id === id) {
              this.patch({
                posts: page.items,
                nextCursor: page.nextCursor,
                branches: {},
                repliesStatus: 'loaded',
                loadMoreFailed: false,
                newPostIds: [],
              });
            }
          },
          error: () => undefined,
        }),
    );
  }

  private loadReplies(id: string): Subscription {
    this.patch({
      repliesStatus: 'loading',
      posts: [],
      nextCursor: null,
      loadMoreFailed: false,
      branches: {},
    });
    return this.postsApi
      .list(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.merge(page.items);
          this.patch({ repliesStatus: 'loaded', nextCursor: page.nextCursor });
        },
        error: () => this.patch({ repliesStatus: 'error' }),
      });
  }

  /** Adds new posts and refreshes known ones; returns the new ones. */
  private merge(items: readonly Post[]): Post[] {
    const added: Post[] = [];
    this.state.update((state) => {
      const incoming = new Map(items.map((post) => [post.id, post]));
      const posts = state.posts.map((post) => incoming.get(post.id) ?? post);
      const known = new Set(state.posts.map((post) => post.id));
      for (const post of items) {
        if (!known.has(post.id)) {
          known.add(post.id);
          added.push(post);
        }
      }
      return { ...state, posts: [...posts, ...added] };
    });
    return added;
  }

  private replacePost(post: Post): void {
    this.state.update((state) => ({
      ...state,
      posts: state.posts.map((existing) =>
        existing.id === post.id ? post : existing,
      ),
    }));
  }

  /** Keeps a request to cancel when another thread loads (finished ones are let go). */
  private track(request: Subscription): void {
    this.requests = [...this.requests.filter((r) => !r.closed), request];
  }

  private setBranch(postId: string, branch: BranchState): void {
    this.state.update((state) => ({
      ...state,
      branches: { ...state.branches, [postId]: branch },
    }));
  }

  private patch(changes: Partial<ThreadPageState>): void {
    this.state.update((state) => ({ ...state, ...changes }));
  }

  private requireId(): string {
    const { id } = this.state();
    if (id === null) {
      throw new Error('ThreadPageStore: no thread loaded');
    }
    return id;
  }
}
