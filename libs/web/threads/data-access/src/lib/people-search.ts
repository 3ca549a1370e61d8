import { DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Person } from '@sce/shared-contracts';
import type {
  TranslationKey,
  TranslationParams,
} from '@sce/web-shared-data-access';
import {
  Subject,
  catchError,
  distinctUntilChanged,
  map,
  of,
  switchMap,
  tap,
  timer,
} from 'rxjs';
import { PEOPLE_QUERY_MIN, PeopleApi } from './people.api';

/** How long typing pauses before people are searched. */
export const PEOPLE_SEARCH_DEBOUNCE_MS = 200;

export type PeopleSearchStatus = 'idle' | 'searching' | 'loaded' | 'failed';

interface PeopleSearchState {
  status: PeopleSearchStatus;
  /** The (trimmed) text searched for; empty when idle. */
  query: string;
  people: readonly Person[];
}

const idle: PeopleSearchState = { status: 'idle', query: '', people: [] };

/**
 * Finding people by name as someone types (mentions, invitations): each text is asked for once
 * typing pauses for 200 ms, an answer that a newer text overtook is dropped (its request is
 * cancelled), and texts shorter than the API's two characters ask nothing. While a search runs
 * the previous people stay, so the list does not flicker.
 *
 * Create it in an injection context (a component's or store's field): it stops with that context.
 */
export class PeopleSearch {
  private readonly api = inject(PeopleApi);
  private readonly queries = new Subject<string>();
  private readonly state = signal<PeopleSearchState>(idle);

  readonly status = computed(() => this.state().status);
  readonly query = computed(() => this.state().query);
  readonly people = computed(() => this.state().people);
  /** What to tell screen readers about the last answer (a polite status), or null. */
  readonly message = computed(
    (): { key: TranslationKey; params?: TranslationParams } | null => {
      const { status, people } = this.state();
      switch (status) {
        case 'loaded':
          return people.length === 0
            ? { key: 'people.search.none' }
            : { key: 'people.search.found', params: { count: people.length } };
        case 'failed':
          return { key: 'people.search.failed' };
        case 'idle':
        case 'searching':
          return null;
      }
    },
  );

  /** `limit`: how many people to offer at most (few enough to list without scrolling). */
  constructor(limit = 6) {
    this.queries
      .pipe(
        map((text) => text.trim()),
        distinctUntilChanged(),
        switchMap((query) =>
          query.length < PEOPLE_QUERY_MIN
            ? of(idle)
            : timer(PEOPLE_SEARCH_DEBOUNCE_MS).pipe(
                tap(() =>
                  this.state.update((state) => ({
                    ...state,
                    status: 'searching',
                    query,
                  })),
                ),
                switchMap(() =>
                  this.api.search(query, limit).pipe(
                    map((people): PeopleSearchState => ({
                      status: 'loaded',
                      query,
                      people,
                    })),
                    catchError(() =>
                      of<PeopleSearchState>({
                        status: 'failed',
                        query,
                        people: [],
                      }),
                    ),
                  ),
                ),
              ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((state) => this.state.set(state));
  }

  /** Searches for `text` once typing pauses; shorter than two characters clears the people. */
  search(text: string): void {
    this.queries.next(text);
  }

  /** Forgets the people and drops any search still running. */
  clear(): void {
    this.queries.next('');
  }
}
