import { DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Page, Problem } from '@sce/shared-contracts';
import type { Observable, Subscription } from 'rxjs';
import { problemOf } from './problem';

export type KeysetListStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface KeysetListState<T, Q> {
  query: Q | null;
  items: readonly T[];
  nextCursor: string | null;
  status: KeysetListStatus;
  /** Why the first page failed: the API's problem details, or null (network, …). */
  problem: Problem | null;
  loadingMore: boolean;
  loadMoreFailed: boolean;
}

/** Fetches one keyset page for a query; `cursor` is null for the first page. */
export type KeysetFetch<T, Q> = (
  query: Q,
  cursor: string | null,
) => Observable<Page<T>>;

/**
 * The state of one keyset-paginated list — first page for a query, "load more", errors — as
 * signals. Create it in an injection context (a store's field): requests stop when that context
 * is destroyed. Items are told apart by `id`: a page never adds an item twice.
 */
export class KeysetList<T extends { id: string }, Q = void> {
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<KeysetListState<T, Q>>({
    query: null,
    items: [],
    nextCursor: null,
    status: 'idle',
    problem: null,
    loadingMore: false,
    loadMoreFailed: false,
  });
  private request: Subscription | undefined;

  readonly items = computed(() => this.state().items);
  readonly status = computed(() => this.state().status);
  readonly problem = computed(() => this.state().problem);
  readonly query = computed(() => this.state().query);
  readonly hasMore = computed(() => this.state().nextCursor !== null);
  readonly loadingMore = computed(() => this.state().loadingMore);
  readonly loadMoreFailed = computed(() => this.state().loadMoreFailed);

  constructor(private readonly fetch: KeysetFetch<T, Q>) {}

  /** Loads the first page for `query`, dropping whatever was loaded before. */
  load(query: Q): void {
    this.request?.unsubscribe();
    this.state.update((state) => ({
      ...state,
      query,
      items: [],
      nextCursor: null,
      status: 'loading',
      problem: null,
      loadingMore: false,
      loadMoreFailed: false,
    }));
    this.request = this.fetch(query, null)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) =>
          this.state.update((state) => ({
            ...state,
            items: page.items,
            nextCursor: page.nextCursor,
            status: 'loaded',
          })),
        error: (error: unknown) =>
          this.state.update((state) => ({
            ...state,
            items: [],
            nextCursor: null,
            status: 'error',
            problem: problemOf(error),
          })),
      });
  }

  /** Loads the first page again for the last query. */
  reload(): void {
    const { query, status } = this.state();
    if (status !== 'idle') {
      this.load(query as Q);
    }
  }

  /** Appends the next page; does nothing while a request runs or when there is no next page. */
  loadMore(): void {
    const { query, nextCursor, status, loadingMore } = this.state();
    if (nextCursor === null || status !== 'loaded' || loadingMore) {
      return;
    }
    this.state.update((state) => ({
      ...state,
      loadingMore: true,
      loadMoreFailed: false,
    }));
    this.request = this.fetch(query as Q, nextCursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) =>
          this.state.update((state) => {
            const known = new Set(state.items.map((item) => item.id));
            return {
              ...state,
              items: [
                ...state.items,
                ...page.items.filter((item) => !known.has(item.id)),
              ],
              nextCursor: page.nextCursor,
              loadingMore: false,
            };
          }),
        error: () =>
          this.state.update((state) => ({
            ...state,
            loadingMore: false,
            loadMoreFailed: true,
          })),
      });
  }

  /** Puts a changed item in place of the one with its id; does nothing when it is not loaded. */
  replace(item: T): void {
    this.state.update((state) => ({
      ...state,
      items: state.items.map((existing) =>
        existing.id === item.id ? item : existing,
      ),
    }));
  }

  /** Takes the item with this id out of the list (when it is loaded). */
  remove(id: string): void {
    this.state.update((state) => ({
      ...state,
      items: state.items.filter((existing) => existing.id !== id),
    }));
  }

  /** Adds a new item at `index` (clamped to the list), unless one with its id is already loaded. */
  insert(item: T, index: number): void {
    this.state.update((state) => {
      if (state.items.some((existing) => existing.id === item.id)) {
        return state;
      }
      const at = Math.max(0, Math.min(index, state.items.length));
      return {
        ...state,
        items: [...state.items.slice(0, at), item, ...state.items.slice(at)],
      };
    });
  }
}
