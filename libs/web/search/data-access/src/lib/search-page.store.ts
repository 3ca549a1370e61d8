import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import type { Problem, SearchHit, SearchResult } from '@sce/shared-contracts';
import { problemOf } from '@sce/web-shared-data-access';
import type { Subscription } from 'rxjs';
import { SearchApi } from './search.api';
import { type SearchFilters, emptySearchFilters } from './search-filters';

export type SearchPageStatus =
  'idle' | 'loading' | 'loaded' | 'invalid' | 'error';

interface SearchPageState {
  filters: SearchFilters;
  status: SearchPageStatus;
  items: readonly SearchHit[];
  nextCursor: string | null;
  facets: SearchResult['facets'];
  total: number;
  totalCapped: boolean;
  /** The API's problem details of a 400 (a query it cannot take). */
  problem: Problem | null;
  loadingMore: boolean;
  /** Loading the next page failed (the results so far stay). */
  moreFailed: boolean;
}

const noFacets: SearchResult['facets'] = {
  type: [],
  community: [],
  country: [],
};

const initialState: SearchPageState = {
  filters: emptySearchFilters,
  status: 'idle',
  items: [],
  nextCursor: null,
  facets: noFacets,
  total: 0,
  totalCapped: false,
  problem: null,
  loadingMore: false,
  moreFailed: false,
};

/**
 * The results page: the results of the filters in the address, their counts per type, community
 * and country, and further keyset pages. Provide it at the route.
 */
@Injectable()
export class SearchPageStore {
  private readonly api = inject(SearchApi);
  private readonly state = signal<SearchPageState>(initialState);
  private request: Subscription | undefined;

  readonly filters = computed(() => this.state().filters);
  readonly status = computed(() => this.state().status);
  readonly items = computed(() => this.state().items);
  readonly facets = computed(() => this.state().facets);
  readonly total = computed(() => this.state().total);
  readonly totalCapped = computed(() => this.state().totalCapped);
  readonly problem = computed(() => this.state().problem);
  readonly hasMore = computed(() => this.state().nextCursor !== null);
  readonly loadingMore = computed(() => this.state().loadingMore);
  readonly moreFailed = computed(() => this.state().moreFailed);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /** Searches again (a blank query shows nothing and asks nothing). */
  load(filters: SearchFilters): void {
    this.request?.unsubscribe();
    if (filters.q.trim() === '') {
      this.state.set({ ...initialState, filters });
      return;
    }
    this.state.update((state) => ({
      ...state,
      filters,
      status: 'loading',
      problem: null,
      loadingMore: false,
      moreFailed: false,
    }));
    this.request = this.api.search(filters).subscribe({
      next: (result) =>
        this.state.set({
          ...initialState,
          filters,
          status: 'loaded',
          items: result.items,
          nextCursor: result.nextCursor,
          facets: result.facets,
          total: result.total,
          totalCapped: result.totalCapped,
        }),
      error: (error: unknown) => {
        const problem = problemOf(error);
        const invalid = problem !== null && problem.status === 400;
        this.state.set({
          ...initialState,
          filters,
          status: invalid ? 'invalid' : 'error',
          problem: invalid ? problem : null,
        });
      },
    });
  }

  /** The next page, after the last result shown. */
  loadMore(): void {
    const { nextCursor, filters, loadingMore } = this.state();
    if (nextCursor === null || loadingMore) {
      return;
    }
    this.state.update((state) => ({
      ...state,
      loadingMore: true,
      moreFailed: false,
    }));
    this.request = this.api.search(filters, nextCursor).subscribe({
      next: (result) =>
        this.state.update((state) => ({
          ...state,
          items: [...state.items, ...result.items],
          nextCursor: result.nextCursor,
          loadingMore: false,
        })),
      error: () =>
        this.state.update((state) => ({
          ...state,
          loadingMore: false,
          moreFailed: true,
        })),
    });
  }
}
