import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  InsightsStore,
  PageMeta,
  buildFlowMatrix,
  countryName,
  domainKeys,
  formatScore,
  type PracticeFilters as Filters,
} from '@sce/web-practices-data-access';
import {
  I18nService,
  TranslatePipe,
  languageLocales,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { PracticeFilters } from '../practice-filters/practice-filters';
import { filtersOf } from '../practice-list/practice-list';

/**
 * What works: practices ranked by score and by adoptions, aggregates per domain and per country,
 * the transfer flows between countries (a shaded matrix with a data table as its text
 * alternative) and the success and failure factors named most. Filters live in the address.
 */
@Component({
  selector: 'sce-insights',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    MatButton,
    PracticeFilters,
  ],
  providers: [PageMeta],
  templateUrl: './insights.html',
  styleUrl: './insights.scss',
})
export class Insights {
  readonly domain = input<string>();
  readonly country = input<string>();
  readonly maturity = input<string>();

  protected readonly store = inject(InsightsStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly meta = inject(PageMeta);
  protected readonly domainKeys = domainKeys;

  protected readonly filters = computed(() =>
    filtersOf({
      domain: this.domain(),
      country: this.country(),
      maturity: this.maturity(),
    }),
  );
  protected readonly matrix = computed(() => {
    const transfers = this.store.transfers.value();
    return transfers ? buildFlowMatrix(transfers.flows) : null;
  });
  protected readonly factorGroups = computed(() => {
    const transfers = this.store.transfers.value();
    const groups: {
      id: string;
      key: TranslationKey;
      items: { factor: string; count: number }[];
    }[] = [
      {
        id: 'success',
        key: 'practices.insights.factors.success',
        items: transfers?.successFactors ?? [],
      },
      {
        id: 'failure',
        key: 'practices.insights.factors.failure',
        items: transfers?.failureFactors ?? [],
      },
    ];
    return groups;
  });
  protected readonly failed = computed(
    () =>
      this.store.practices.status() === 'error' ||
      this.store.transfers.status() === 'error',
  );

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => this.store.load(filters));
    });
    effect(() =>
      this.meta.setDescription(
        this.i18n.translate('practices.insights.description'),
      ),
    );
  }

  protected apply(filters: Filters): void {
    void this.router.navigate([], {
      queryParams: {
        domain: filters.domain || null,
        country: filters.country || null,
        maturity: filters.maturity || null,
      },
    });
  }

  protected countryOf(code: string): string {
    return countryName(this.i18n, code);
  }

  protected score(value: number | null): string {
    return (
      formatScore(value, languageLocales[this.i18n.language()]) ??
      this.i18n.translate('practices.score.none')
    );
  }

  protected cellLabel(from: string, to: string, count: number): string {
    return this.i18n.translate('practices.insights.flows.cell', {
      from: this.countryOf(from),
      to: this.countryOf(to),
      count,
    });
  }

  /** The shade of a matrix cell: more transfers, more of the primary colour. */
  protected shade(intensity: number): string {
    return intensity === 0
      ? 'transparent'
      : `color-mix(in srgb, var(--mat-sys-primary) ${Math.round(15 + intensity * 70)}%, transparent)`;
  }
}
