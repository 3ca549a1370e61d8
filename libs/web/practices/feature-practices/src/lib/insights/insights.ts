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
import {
  type InsightsCell,
  InsightsTable,
  type InsightsTableData,
} from './insights-table';

const number = (value: number | string): InsightsCell => ({
  kind: 'number',
  text: String(value),
});

/** The columns of the two rankings: rank, practice, and two figures. */
const rankingColumns = (
  first: TranslationKey,
  second: TranslationKey,
): InsightsTableData['columns'] => [
  { key: 'practices.insights.rank', number: true },
  { key: 'practices.insights.practice', number: false },
  { key: first, number: true },
  { key: second, number: true },
];

/** The columns of the aggregates per domain and per country. */
const aggregateColumns = (
  first: TranslationKey,
): InsightsTableData['columns'] => [
  { key: first, number: false },
  { key: 'practices.insights.practices', number: true },
  { key: 'practices.insights.adoptions', number: true },
  { key: 'practices.insights.overall', number: true },
];

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
    InsightsTable,
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
  /** Rankings by score and by adoptions, aggregates per domain and per country. */
  protected readonly tables = computed((): InsightsTableData[] => {
    const practices = this.store.practices.value();
    if (!practices) {
      return [];
    }
    const ranking = (
      items: typeof practices.byScore,
      figures: (practice: (typeof items)[number]) => (string | number)[],
    ) =>
      items.map((practice, index) => ({
        key: practice.id,
        cells: [
          number(index + 1),
          {
            kind: 'practice' as const,
            id: practice.id,
            text: practice.title,
            organisation: practice.organisation.name,
          },
          ...figures(practice).map(number),
        ],
      }));
    return [
      {
        id: 'by-score',
        tableId: true,
        heading: 'practices.insights.byScore.heading',
        caption: 'practices.insights.byScore.caption',
        empty: 'practices.insights.empty',
        columns: rankingColumns(
          'practices.insights.overall',
          'practices.insights.evaluations',
        ),
        rows: ranking(practices.byScore, (practice) => [
          this.score(practice.scores.overall),
          practice.scores.count,
        ]),
      },
      {
        id: 'by-adoptions',
        tableId: true,
        heading: 'practices.insights.byAdoptions.heading',
        caption: 'practices.insights.byAdoptions.caption',
        empty: 'practices.insights.empty',
        columns: rankingColumns(
          'practices.insights.adoptions',
          'practices.insights.transfers',
        ),
        rows: ranking(practices.byAdoptions, (practice) => [
          practice.adoptions,
          practice.transfers,
        ]),
      },
      {
        id: 'domains',
        tableId: false,
        heading: 'practices.insights.domains.heading',
        caption: 'practices.insights.domains.caption',
        empty: null,
        columns: aggregateColumns('practices.insights.domain'),
        rows: practices.domains.map((row) => ({
          key: row.domain,
          cells: [
            { kind: 'header', text: this.i18n.translate(domainKeys[row.domain]) },
            number(row.practices),
            number(row.adoptions),
            number(this.score(row.scores.overall)),
          ],
        })),
      },
      {
        id: 'countries',
        tableId: false,
        heading: 'practices.insights.countries.heading',
        caption: 'practices.insights.countries.caption',
        empty: null,
        columns: aggregateColumns('practices.insights.country'),
        rows: practices.countries.map((row) => ({
          key: row.country,
          cells: [
            { kind: 'header', text: this.countryOf(row.country) },
            number(row.practices),
            number(row.adoptions),
            number(this.score(row.overall)),
          ],
        })),
      },
    ];
  });
  /** The text alternative of the flow matrix. */
  protected readonly flowsTable = computed((): InsightsTableData | null => {
    const transfers = this.store.transfers.value();
    if (!transfers) {
      return null;
    }
    return {
      id: 'flows',
      tableId: true,
      heading: 'practices.insights.flows.heading',
      caption: 'practices.insights.flows.caption',
      empty: null,
      columns: [
        { key: 'practices.insights.from', number: false },
        { key: 'practices.insights.to', number: false },
        { key: 'practices.insights.transfers', number: true },
        { key: 'practices.insights.adopted', number: true },
        { key: 'practices.insights.abandoned', number: true },
      ],
      rows: transfers.flows.map((flow) => ({
        key: flow.fromCountry + flow.toCountry,
        cells: [
          { kind: 'header', text: this.countryOf(flow.fromCountry) },
          { kind: 'text', text: this.countryOf(flow.toCountry) },
          number(flow.transfers),
          number(flow.adopted),
          number(flow.abandoned),
        ],
      })),
    };
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
