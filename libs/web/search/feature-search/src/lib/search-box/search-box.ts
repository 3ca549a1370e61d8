import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { Router } from '@angular/router';
import {
  SEARCH_QUERY_MAX_LENGTH,
  SUGGEST_MIN_LENGTH,
  SearchSuggestionsStore,
  searchHitLink,
  type Suggestion,
} from '@sce/web-search-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { listboxKeyAction } from '@sce/web-shared-ui';

const kindKeys: Record<string, TranslationKey> = {
  thread: 'search.kind.thread',
  event: 'search.kind.event',
  document: 'search.kind.document',
  practice: 'search.kind.practice',
  community: 'search.kind.community',
  person: 'search.kind.person',
};

/** The key of the kind a suggestion shows ("Event", "Community", …). */
export function suggestionKindKey(suggestion: Suggestion): TranslationKey {
  return (
    kindKeys[
      suggestion.kind === 'title' ? suggestion.item.type : suggestion.kind
    ] ?? 'search.kind.thread'
  );
}

/** What a suggestion shows. */
export function suggestionLabel(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'title':
      return suggestion.item.title;
    case 'community':
      return suggestion.item.name;
    case 'person':
      return suggestion.item.displayName;
  }
}

/**
 * The header's search box (the ARIA combobox pattern, focus stays in the field): suggestions of
 * titles, communities and people appear while typing (debounced); ArrowDown/ArrowUp move through
 * them, Enter opens the highlighted one, or searches (`/search?q=`) when none is highlighted;
 * Escape closes the list (a second Escape empties the field), Tab leaves it; a click opens one too.
 */
@Component({
  selector: 'sce-search-box',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  providers: [SearchSuggestionsStore],
  templateUrl: './search-box.html',
  styleUrl: './search-box.scss',
})
export class SearchBox {
  private readonly store = inject(SearchSuggestionsStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  protected readonly inputId = 'site-search';
  protected readonly listboxId = 'site-search-listbox';
  protected readonly maxLength = SEARCH_QUERY_MAX_LENGTH;
  protected readonly kindKey = suggestionKindKey;
  protected readonly label = suggestionLabel;

  protected readonly text = signal('');
  /** Escape, leaving the field, a pick or a search closed the list; typing opens it again. */
  protected readonly dismissed = signal(true);
  protected readonly suggestions = computed(() =>
    this.text().trim().length >= SUGGEST_MIN_LENGTH
      ? this.store.suggestions()
      : [],
  );
  /** No option is highlighted at first, so Enter searches for what was typed. */
  protected readonly activeIndex = linkedSignal({
    source: this.suggestions,
    computation: () => -1,
  });
  protected readonly open = computed(
    () => !this.dismissed() && this.suggestions().length > 0,
  );
  protected readonly activeOptionId = computed(() =>
    this.open() && this.activeIndex() >= 0
      ? this.optionId(this.activeIndex())
      : null,
  );
  /** Read out politely while the list is open: how many suggestions there are. */
  protected readonly status = computed(() =>
    this.open()
      ? this.i18n.translate('search.box.count', {
          count: this.suggestions().length,
        })
      : '',
  );

  protected optionId(index: number): string {
    return `${this.listboxId}-option-${index}`;
  }

  protected onInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.text.set(value);
    this.dismissed.set(false);
    this.store.query(value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Tab') {
      // Tab leaves the field as usual; the list closes with the blur.
      return;
    }
    if (!this.open()) {
      if (event.key === 'Escape' && this.text() !== '') {
        event.preventDefault();
        this.text.set('');
        this.store.clear();
      } else if (event.key === 'ArrowDown' && this.suggestions().length > 0) {
        event.preventDefault();
        this.dismissed.set(false);
      }
      return;
    }
    if (event.key === 'Enter' && this.activeIndex() < 0) {
      // Nothing highlighted: the form submits the search.
      return;
    }
    const action = listboxKeyAction(
      event,
      this.activeIndex(),
      this.suggestions().length,
    );
    if (action === null) {
      return;
    }
    event.preventDefault();
    switch (action.kind) {
      case 'move':
        this.activeIndex.set(action.index);
        break;
      case 'pick':
        this.pick(this.suggestions()[action.index]);
        break;
      case 'close':
        event.stopPropagation();
        this.dismissed.set(true);
        break;
    }
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const q = this.text().trim();
    if (q === '') {
      return;
    }
    this.dismissed.set(true);
    void this.router.navigate(['/search'], { queryParams: { q } });
  }

  protected pick(suggestion: Suggestion | undefined): void {
    if (suggestion === undefined) {
      return;
    }
    this.dismissed.set(true);
    this.text.set('');
    this.store.clear();
    switch (suggestion.kind) {
      case 'title': {
        const link = searchHitLink({ ...suggestion.item, threadId: null });
        void this.router.navigate(link.commands);
        break;
      }
      case 'community':
        void this.router.navigate(['/communities', suggestion.item.slug]);
        break;
      case 'person':
        // No profile pages yet: what mentions them, by name.
        void this.router.navigate(['/search'], {
          queryParams: { q: `"${suggestion.item.displayName}"` },
        });
        break;
    }
  }
}
