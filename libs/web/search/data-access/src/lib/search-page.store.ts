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
import {
  type SearchFilters,
  type SearchRefinement,
  emptySearchFilters,
  searchRefinements,
} from './search-filters';

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

/** An author, organisation or tag filter in force, with what to call it. */
export interface ActiveSearchRefinement {
  refinement: SearchRefinement;
  /** The id of the person or organisation, or the tag. */
  value: string;
  /**
   * The person's or organisation's name (the tag itself for a tag), or null while no result has
   * named it (an address with only the id, and nothing found).
   */
  name: string | null;
}

/** Names of people and organisations by id, as results gave them. */
interface KnownNames {
  author: Readonly<Record<string, string>>;
  organisation: Readonly<Record<string, string>>;
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
  /**
   * Every name results have shown on this page, kept across searches: a filter by id is named
   * even before (or when nothing) its results arrive. The API has no look-up by id.
   */
  private readonly names = signal<KnownNames>({ author: {}, organisation: {} });
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

  /**
   * The author, organisation and tag filters in force, in that order. A person or organisation is
   * named by the first result that matches, else by an earlier result, else not (`name: null`).
   */
  readonly refinements = computed<ActiveSearchRefinement[]>(() => {
    const { filters, items } = this.state();
    const names = this.names();
    const active: ActiveSearchRefinement[] = [];
    for (const refinement of searchRefinements) {
      const value = filters[refinement];
      if (value === null) continue;
      const name =
        refinement === 'tag'
          ? value
          : (nameIn(items, refinement, value) ?? names[refinement][value] ?? null);
      active.push({ refinement, value, name });
    }
    return active;
  });

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
      next: (result) => {
        this.learnNames(result.items);
        this.state.set({
          ...initialState,
          filters,
          status: 'loaded',
          items: result.items,
          nextCursor: result.nextCursor,
          facets: result.facets,
          total: result.total,
          totalCapped: result.totalCapped,
        });
      },
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
      next: (result) => {
        this.learnNames(result.items);
        this.state.update((state) => ({
          ...state,
          items: [...state.items, ...result.items],
          nextCursor: result.nextCursor,
          loadingMore: false,
        }));
      },
      error: () =>
        this.state.update((state) => ({
          ...state,
          loadingMore: false,
          moreFailed: true,
        })),
    });
  }

  /** Remembers the people and organisations these results name (the first name seen stays). */
  private learnNames(items: readonly SearchHit[]): void {
    this.names.update((names) => {
      const author = { ...names.author };
      const organisation = { ...names.organisation };
      for (const hit of items) {
        if (hit.author) author[hit.author.id] ??= hit.author.displayName;
        if (hit.organisation) {
          organisation[hit.organisation.id] ??= hit.organisation.name;
        }
      }
      return { author, organisation };
    });
  }
}

/** The name the first of these results gives the person or organisation with this id. */
function nameIn(
  items: readonly SearchHit[],
  refinement: 'author' | 'organisation',
  id: string,
): string | null {
  for (const hit of items) {
    if (refinement === 'author' && hit.author?.id === id) {
      return hit.author.displayName;
    }
    if (refinement === 'organisation' && hit.organisation?.id === id) {
      return hit.organisation.name;
    }
  }
  return null;
}
