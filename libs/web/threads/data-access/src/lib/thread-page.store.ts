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
  ThreadDetail,
} from '@sce/shared-contracts';
import { isApiError } from '@sce/web-shared-data-access';
import {
  catchError,
  firstValueFrom,
  map,
  of,
  shareReplay,
  switchMap,
  tap,
  type Observable,
  type Subscription,
} from 'rxjs';
import { PostsApi } from './posts.api';
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
};

/** At most this many pages are followed to find a linked post. */
const MAX_REVEAL_PAGES = 20;

/**
 * One thread's page: the thread, its reply tree (keyset pages, depth first, plus "continue this
 * thread" branches) and everything one does there — reply, edit, delete, react, accept an
 * answer, bookmark, pin and lock. Each action returns an Observable the page subscribes to;
 * its answer is patched into the state. Provide it at the route; the title resolver starts
 * `load(id)`.
 */
@Injectable()
export class ThreadPageStore {
  private readonly threadsApi = inject(ThreadsApi);
  private readonly postsApi = inject(PostsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<ThreadPageState>(initialState);
  private current: Observable<ThreadDetail | null> | null = null;
  private requests: Subscription[] = [];

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
    return this.threadsApi
      .update(threadId, change)
      .pipe(tap((thread) => this.patch({ thread })));
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
