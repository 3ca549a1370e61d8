import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChildren,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  PageMeta,
  PracticeListStore,
  isCountry,
  isMaturity,
  isServiceDomain,
  type PracticeFilters as Filters,
} from '@sce/web-practices-data-access';
import { I18nService, TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { PracticeCard } from '../practice-card/practice-card';
import { PracticeFilters } from '../practice-filters/practice-filters';

/** Reads the filters of the address, dropping values the API would refuse. */
export function filtersOf(params: {
  domain?: string;
  country?: string;
  maturity?: string;
  q?: string;
}): Filters {
  const q = (params.q ?? '').trim();
  return {
    domain: isServiceDomain(params.domain) ? params.domain : null,
    country: isCountry(params.country) ? params.country : null,
    maturity: isMaturity(params.maturity) ? params.maturity : null,
    q: q.length >= 2 ? q : null,
  };
}

/**
 * The practices of the network as cards, filtered by domain, country, maturity and text (kept in
 * the address, so a filtered list can be linked), with keyset "load more".
 */
@Component({
  selector: 'sce-practice-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    MatButton,
    PracticeCard,
    PracticeFilters,
  ],
  providers: [PageMeta],
  templateUrl: './practice-list.html',
  styleUrl: './practice-list.scss',
})
export class PracticeList {
  readonly domain = input<string>();
  readonly country = input<string>();
  readonly maturity = input<string>();
  readonly q = input<string>();

  protected readonly store = inject(PracticeListStore);
  protected readonly session = inject(SessionStore);
  protected readonly list = this.store.list;
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly meta = inject(PageMeta);
  private readonly items = viewChildren<ElementRef<HTMLElement>>('item');
  private focusIndex: number | null = null;

  protected readonly filters = computed(() =>
    filtersOf({
      domain: this.domain(),
      country: this.country(),
      maturity: this.maturity(),
      q: this.q(),
    }),
  );
  protected readonly filtered = computed(() =>
    Object.values(this.filters()).some((value) => value !== null),
  );

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => this.store.search(filters));
    });
    effect(() =>
      this.meta.setDescription(
        this.i18n.translate('practices.list.description'),
      ),
    );
    afterRenderEffect(() => {
      const items = this.items();
      if (this.focusIndex !== null && items.length > this.focusIndex) {
        items[this.focusIndex].nativeElement.querySelector('a')?.focus();
        this.focusIndex = null;
      }
    });
  }

  protected apply(filters: Filters): void {
    void this.router.navigate([], {
      queryParams: {
        domain: filters.domain || null,
        country: filters.country || null,
        maturity: filters.maturity || null,
        q: filters.q || null,
      },
    });
  }

  protected loadMore(): void {
    this.focusIndex = this.list.items().length;
    this.list.loadMore();
  }
}
