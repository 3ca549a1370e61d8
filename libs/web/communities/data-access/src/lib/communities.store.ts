import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { CommunitySummary } from '@sce/shared-contracts';
import type { Subscription } from 'rxjs';
import { CommunitiesApi } from './communities.api';

export type CommunitiesStatus = 'idle' | 'loading' | 'loaded' | 'error';

interface CommunitiesState {
  items: CommunitySummary[];
  nextCursor: string | null;
  status: CommunitiesStatus;
  loadingMore: boolean;
  loadMoreFailed: boolean;
}

const initialState: CommunitiesState = {
  items: [],
  nextCursor: null,
  status: 'idle',
  loadingMore: false,
  loadMoreFailed: false,
};

/**
 * The list of communities on the home page, page by page. Provide it at the route (or component)
 * that shows the list, so it lives as long as that page.
 */
@Injectable()
export class CommunitiesStore {
  private readonly api = inject(CommunitiesApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<CommunitiesState>(initialState);
  private request: Subscription | undefined;

  readonly items = computed(() => this.state().items);
  readonly status = computed(() => this.state().status);
  readonly hasMore = computed(() => this.state().nextCursor !== null);
  readonly loadingMore = computed(() => this.state().loadingMore);
  readonly loadMoreFailed = computed(() => this.state().loadMoreFailed);

  /** Loads the first page, replacing whatever was loaded before. */
  load(): void {
    this.request?.unsubscribe();
    this.state.update((state) => ({
      ...state,
      status: 'loading',
      loadingMore: false,
      loadMoreFailed: false,
    }));
    this.request = this.api
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) =>
          this.state.set({
            ...initialState,
            items: page.items,
            nextCursor: page.nextCursor,
            status: 'loaded',
          }),
        error: () =>
          this.state.update((state) => ({ ...state, status: 'error' })),
      });
  }

  /** Appends the next page; does nothing while a request runs or when there is no next page. */
  loadMore(): void {
    const { nextCursor, status, loadingMore } = this.state();
    if (nextCursor === null || status !== 'loaded' || loadingMore) {
      return;
    }
    this.state.update((state) => ({
      ...state,
      loadingMore: true,
      loadMoreFailed: false,
    }));
    this.request = this.api
      .list(nextCursor)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) =>
          this.state.update((state) => {
            const known = new Set(state.items.map((community) => community.id));
            return {
              ...state,
              items: [
                ...state.items,
                ...page.items.filter((community) => !known.has(community.id)),
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
}
