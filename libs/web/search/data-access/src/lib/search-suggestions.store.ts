import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import type { SearchSuggestions } from '@sce/shared-contracts';
import { Subject, catchError, debounceTime, map, of, switchMap } from 'rxjs';
import { SearchApi } from './search.api';

/** How long typing pauses before suggestions are asked for. */
export const SUGGEST_DEBOUNCE_MS = 200;
/** Fewer characters than this ask for nothing (the API answers empty lists anyway). */
export const SUGGEST_MIN_LENGTH = 2;

export type SuggestionKind = 'title' | 'person' | 'community';

/** One suggestion, flattened for a listbox: titles, then communities, then people. */
export type Suggestion =
  | { kind: 'title'; item: SearchSuggestions['titles'][number] }
  | { kind: 'community'; item: SearchSuggestions['communities'][number] }
  | { kind: 'person'; item: SearchSuggestions['people'][number] };

const none: SearchSuggestions = { titles: [], people: [], communities: [] };

/** Flattens the API's lists in the order the box shows them. */
export function flattenSuggestions(
  suggestions: SearchSuggestions,
): Suggestion[] {
  return [
    ...suggestions.titles.map((item) => ({ kind: 'title' as const, item })),
    ...suggestions.communities.map((item) => ({
      kind: 'community' as const,
      item,
    })),
    ...suggestions.people.map((item) => ({ kind: 'person' as const, item })),
  ];
}

/**
 * Suggestions while someone types in the header's search box: debounced, the answer to the text
 * typed last only (older answers are dropped), nothing below two characters, and a failure gives
 * no suggestions rather than an error (the search itself still works).
 */
@Injectable()
export class SearchSuggestionsStore {
  private readonly api = inject(SearchApi);
  private readonly typed = new Subject<string>();
  private readonly state = signal<{ q: string; suggestions: Suggestion[] }>({
    q: '',
    suggestions: [],
  });

  /** The text the suggestions are for. */
  readonly q = computed(() => this.state().q);
  readonly suggestions = computed(() => this.state().suggestions);

  constructor() {
    const subscription = this.typed
      .pipe(
        map((text) => text.trim()),
        debounceTime(SUGGEST_DEBOUNCE_MS),
        switchMap((q) =>
          q.length < SUGGEST_MIN_LENGTH
            ? of({ q, suggestions: none })
            : this.api.suggest(q).pipe(
                map((suggestions) => ({ q, suggestions })),
                catchError(() => of({ q, suggestions: none })),
              ),
        ),
      )
      .subscribe(({ q, suggestions }) =>
        this.state.set({ q, suggestions: flattenSuggestions(suggestions) }),
      );
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** The text in the box changed. */
  query(text: string): void {
    if (text.trim().length < SUGGEST_MIN_LENGTH) {
      // Clear at once: no stale list while the box is (nearly) empty.
      this.state.set({ q: text.trim(), suggestions: [] });
    }
    this.typed.next(text);
  }

  /** Forget the list (after a pick or a search). */
  clear(): void {
    this.state.set({ q: '', suggestions: [] });
    this.typed.next('');
  }
}
