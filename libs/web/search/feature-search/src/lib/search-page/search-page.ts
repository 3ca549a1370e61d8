import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
  viewChildren,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type {
  CountryCode,
  SearchFacetValue,
  SearchHit,
  SearchType,
} from '@sce/shared-contracts';
import {
  type ActiveSearchRefinement,
  SEARCH_QUERY_MAX_LENGTH,
  SearchPageStore,
  type SearchFilters,
  type SearchRefinement,
  narrowSearch,
  searchFiltersFromParams,
  searchHitLink,
  searchParams,
  widenSearch,
} from '@sce/web-search-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';
import { map } from 'rxjs';

export const searchTypeKeys: Record<SearchType, TranslationKey> = {
  thread: 'search.kind.thread',
  post: 'search.kind.post',
  event: 'search.kind.event',
  document: 'search.kind.document',
  practice: 'search.kind.practice',
};

const countryKeys: Record<CountryCode, TranslationKey> = {
  GB: 'organisations.country.GB',
  NL: 'organisations.country.NL',
  BE: 'organisations.country.BE',
  DE: 'organisations.country.DE',
  DK: 'organisations.country.DK',
  SE: 'organisations.country.SE',
  NO: 'organisations.country.NO',
};

const refinementKeys: Record<SearchRefinement, TranslationKey> = {
  author: 'search.refinements.author',
  organisation: 'search.refinements.organisation',
  tag: 'search.refinements.tag',
};

/** A filter option: its value (empty for "all") and what it shows, with its count. */
interface FacetOption {
  value: string;
  label: string;
}

/**
 * `/search?q=&type=&community=&country=&from=&to=&author=&organisation=&tag=`: the query and
 * filters live in the address (so a search can be linked and Back works). A search field (a refused
 * query is explained next to it), facet filters with counts (type, community, country, dates,
 * applied together), the results with their highlighted passage, and "load more". A result's
 * author, organisation and tags link to the same search narrowed to them; those filters show as
 * removable chips. The count is read out politely; loading more moves focus to the first new
 * result.
 */
@Component({
  selector: 'sce-search-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, PageHeader],
  providers: [SearchPageStore],
  templateUrl: './search-page.html',
  styleUrl: './search-page.scss',
})
export class SearchPage {
  protected readonly store = inject(SearchPageStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly links =
    viewChildren<ElementRef<HTMLAnchorElement>>('resultLink');
  /** The result to focus once the next page is shown. */
  private focusIndex: number | null = null;

  protected readonly maxLength = SEARCH_QUERY_MAX_LENGTH;
  protected readonly typeKeys = searchTypeKeys;
  protected readonly link = searchHitLink;

  /** The filters in the address. */
  protected readonly filters = toSignal(
    inject(ActivatedRoute).queryParams.pipe(map(searchFiltersFromParams)),
    { requireSync: true },
  );

  // The filter form's choices, reset to the address whenever it changes.
  protected readonly type = linkedSignal<string>(
    () => this.filters().type ?? '',
  );
  protected readonly community = linkedSignal<string>(
    () => this.filters().community ?? '',
  );
  protected readonly country = linkedSignal<string>(
    () => this.filters().country ?? '',
  );
  protected readonly from = linkedSignal<string>(
    () => this.filters().from ?? '',
  );
  protected readonly to = linkedSignal<string>(() => this.filters().to ?? '');
  protected readonly dateOrderError = signal(false);

  protected readonly filtered = computed(() => {
    const f = this.filters();
    return Boolean(
      f.type ||
        f.community ||
        f.country ||
        f.from ||
        f.to ||
        f.author ||
        f.organisation ||
        f.tag,
    );
  });

  /** "by {name}" around the name (which is a link): the text before and after it. */
  protected readonly byParts = computed(() => {
    const marker = '\u0000';
    const [before = '', after = ''] = this.i18n
      .translate('search.result.by', { name: marker })
      .split(marker);
    return { before, after };
  });

  protected readonly typeOptions = computed(() =>
    this.options(this.store.facets().type, this.filters().type, (value) =>
      this.i18n.translate(
        searchTypeKeys[value as SearchType] ?? 'search.kind.thread',
      ),
    ),
  );
  protected readonly communityOptions = computed(() =>
    this.options(
      this.store.facets().community,
      this.filters().community,
      (value, label) => label ?? value,
    ),
  );
  protected readonly countryOptions = computed(() =>
    this.options(
      this.store.facets().country,
      this.filters().country,
      (value) =>
        value in countryKeys
          ? this.i18n.translate(countryKeys[value as CountryCode])
          : value,
    ),
  );

  /** What the live region says. */
  protected readonly status = computed(() => {
    const q = this.filters().q.trim();
    switch (this.store.status()) {
      case 'idle':
        return this.i18n.translate('search.results.prompt');
      case 'loading':
        return this.i18n.translate('search.results.loading');
      case 'invalid':
        // Said next to the search field (an alert), not twice.
        return '';
      case 'error':
        return this.i18n.translate('search.results.error');
      case 'loaded': {
        const total = this.store.total();
        if (total === 0) {
          return this.i18n.translate('search.results.empty', { q });
        }
        return this.store.totalCapped()
          ? this.i18n.translate('search.results.countCapped', {
              count: total,
              q,
            })
          : this.i18n.translate('search.results.count', { count: total, q });
      }
    }
  });

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => this.store.load(filters));
    });
    // After "load more", focus moves to the first new result.
    afterRenderEffect(() => {
      const links = this.links();
      const index = this.focusIndex;
      if (index !== null && links.length > index) {
        this.focusIndex = null;
        links[index]?.nativeElement.focus();
      }
    });
  }

  /** Whether the search is already narrowed to this author, organisation or tag. */
  protected active(refinement: SearchRefinement, value: string): boolean {
    return this.filters()[refinement] === value;
  }

  /** The address of this search narrowed to a result's author, organisation or tag. */
  protected narrowed(refinement: SearchRefinement, value: string) {
    return searchParams(narrowSearch(this.filters(), refinement, value));
  }

  /** "Author: Pieter de Vries"; "Author: this person" while no result has named them. */
  protected refinementLabel(chip: ActiveSearchRefinement): string {
    const name =
      chip.name ??
      this.i18n.translate(
        chip.refinement === 'organisation'
          ? 'search.refinements.someOrganisation'
          : 'search.refinements.somePerson',
      );
    return this.i18n.translate(refinementKeys[chip.refinement], { name });
  }

  /** Widens the search (a navigation: the shell then moves focus to `<main>`, as after any). */
  protected removeRefinement(chip: ActiveSearchRefinement): void {
    this.navigate(widenSearch(this.filters(), chip.refinement));
  }

  /** "Discussion", "Event", …; a reply with its number in the thread: "Reply 3". */
  protected kindLabel(hit: SearchHit): string {
    return hit.postNumber !== null
      ? this.i18n.translate('search.result.reply', { number: hit.postNumber })
      : this.i18n.translate(searchTypeKeys[hit.type]);
  }

  protected countryLabel(code: CountryCode): string {
    return this.i18n.translate(countryKeys[code]);
  }

  protected date(hit: SearchHit): string {
    return this.i18n.formatDate(hit.date);
  }

  protected search(event: Event, field: HTMLInputElement): void {
    event.preventDefault();
    this.navigate({ ...this.filters(), q: field.value });
  }

  protected applyFilters(event: Event): void {
    event.preventDefault();
    const from = this.from() || null;
    const to = this.to() || null;
    if (from !== null && to !== null && to < from) {
      this.dateOrderError.set(true);
      return;
    }
    this.dateOrderError.set(false);
    this.navigate(
      searchFiltersFromParams({
        q: this.filters().q,
        type: this.type(),
        community: this.community(),
        country: this.country(),
        from: from ?? '',
        to: to ?? '',
        author: this.filters().author ?? '',
        organisation: this.filters().organisation ?? '',
        tag: this.filters().tag ?? '',
      }),
    );
  }

  protected clearFilters(): void {
    this.dateOrderError.set(false);
    this.navigate({
      ...this.filters(),
      type: null,
      community: null,
      country: null,
      from: null,
      to: null,
      author: null,
      organisation: null,
      tag: null,
    });
  }

  protected retry(): void {
    this.store.load(this.filters());
  }

  protected loadMore(): void {
    this.focusIndex = this.store.items().length;
    this.store.loadMore();
  }

  protected inputValue(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }

  private navigate(filters: SearchFilters): void {
    void this.router.navigate(['/search'], {
      queryParams: searchParams(filters),
    });
  }

  /** The facet's values with their counts; the chosen one stays even when it counts nothing. */
  private options(
    facet: readonly SearchFacetValue[],
    chosen: string | null,
    label: (value: string, label?: string) => string,
  ): FacetOption[] {
    const options = facet.map((item) => ({
      value: item.value,
      label: this.i18n.translate('search.filters.option', {
        label: label(item.value, item.label),
        count: item.count,
      }),
    }));
    if (chosen && !facet.some((item) => item.value === chosen)) {
      options.push({
        value: chosen,
        label: this.i18n.translate('search.filters.option', {
          label: label(chosen),
          count: 0,
        }),
      });
    }
    return options;
  }
}
