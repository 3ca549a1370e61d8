import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  PracticeInsights,
  PracticeSummary,
  TransferInsights,
} from '@sce/shared-contracts';
import { aPracticeDetail } from '../testing.spec-helper';
import { insightsRoutes } from '../practices.routes';

function aSummary(overrides: Partial<PracticeSummary>): PracticeSummary {
  const detail = aPracticeDetail();
  return {
    id: detail.id,
    title: detail.title,
    summary: detail.summary,
    domain: detail.domain,
    maturity: detail.maturity,
    visibility: detail.visibility,
    organisation: detail.organisation,
    scores: detail.scores,
    adoptions: detail.adoptions,
    transfers: detail.transfers,
    updatedAt: detail.updatedAt,
    ...overrides,
  };
}

const practices: PracticeInsights = {
  byScore: [
    aSummary({
      id: 'p1',
      title: 'Plain-language tax letters',
      scores: { ...aPracticeDetail().scores, overall: 4.25, count: 3 },
    }),
  ],
  byAdoptions: [
    aSummary({ id: 'p2', title: 'Bin day reminders', adoptions: 4, transfers: 6 }),
  ],
  domains: [
    {
      domain: 'tax_payments',
      practices: 2,
      adoptions: 5,
      scores: { ...aPracticeDetail().scores, overall: null },
    },
  ],
  countries: [{ country: 'SE', practices: 2, adoptions: 5, overall: 3.75 }],
};

const transfers: TransferInsights = {
  flows: [
    { fromCountry: 'SE', toCountry: 'NL', transfers: 2, adopted: 1, abandoned: 0 },
  ],
  successFactors: [{ factor: 'A writing team', count: 2 }],
  failureFactors: [],
};

describe('Insights', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null | undefined) =>
    element?.textContent?.replace(/\s+/g, ' ').trim();
  /** Each table: its caption, column headers and rows (cells as text, a row's header marked). */
  const tables = () =>
    Array.from(main().querySelectorAll('table')).map((table) => ({
      id: table.getAttribute('id'),
      caption: text(table.querySelector('caption')),
      captionId: table.querySelector('caption')?.id,
      region: table.parentElement?.getAttribute('aria-labelledby'),
      columns: Array.from(table.querySelectorAll('thead th')).map(
        (th) => `${text(th)}${th.classList.contains('number') ? ' #' : ''}`,
      ),
      rows: Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.children).map(
          (cell) =>
            `${cell.tagName === 'TH' ? `[${cell.getAttribute('scope')}] ` : ''}${text(cell)}${cell.classList.contains('number') ? ' #' : ''}`,
        ),
      ),
    }));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'insights', children: insightsRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/insights');
    http.expectOne('/api/insights/practices').flush(practices);
    http.expectOne('/api/insights/transfers').flush(transfers);
    await harness.fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows the rankings and aggregates as captioned tables in labelled sections', () => {
    const sections = Array.from(main().querySelectorAll('.columns > section:has(h2)'));
    expect(
      sections.map((section) => [
        section.getAttribute('aria-labelledby'),
        section.querySelector('h2')?.id,
        text(section.querySelector('h2')),
      ]),
    ).toEqual([
      ['by-score-heading', 'by-score-heading', 'Best rated'],
      ['by-adoptions-heading', 'by-adoptions-heading', 'Most adopted'],
      ['domains-heading', 'domains-heading', 'By service domain'],
      ['countries-heading', 'countries-heading', 'By country'],
    ]);
    expect(tables()).toEqual([
      {
        id: 'by-score',
        caption: 'Practices by overall score',
        captionId: 'by-score-caption',
        region: 'by-score-caption',
        columns: ['Rank #', 'Practice', 'Overall score #', 'Evaluations #'],
        rows: [
          [
            '1 #',
            '[row] Plain-language tax lettersCity of Gothenburg',
            '4.3 #',
            '3 #',
          ],
        ],
      },
      {
        id: 'by-adoptions',
        caption: expect.any(String),
        captionId: 'by-adoptions-caption',
        region: 'by-adoptions-caption',
        columns: ['Rank #', 'Practice', 'Adoptions #', 'Transfers #'],
        rows: [
          [
            '1 #',
            '[row] Bin day remindersCity of Gothenburg',
            '4 #',
            '6 #',
          ],
        ],
      },
      {
        id: null,
        caption: 'Practices, adoptions and scores per service domain',
        captionId: 'domains-caption',
        region: 'domains-caption',
        columns: [
          'Service domain',
          'Practices #',
          'Adoptions #',
          'Overall score #',
        ],
        rows: [['[row] Taxes and payments', '2 #', '5 #', 'Not rated yet #']],
      },
      {
        id: null,
        caption:
          'Practices, adoptions and scores per country of the owning organisation',
        captionId: 'countries-caption',
        region: 'countries-caption',
        columns: ['Country', 'Practices #', 'Adoptions #', 'Overall score #'],
        rows: [['[row] Sweden', '2 #', '5 #', '3.8 #']],
      },
      {
        id: 'flows',
        caption: 'Transfers per pair of countries',
        captionId: 'flows-caption',
        region: 'flows-caption',
        columns: ['From', 'To', 'Transfers #', 'Adopted #', 'Abandoned #'],
        rows: [['[row] Sweden', 'Netherlands', '2 #', '1 #', '0 #']],
      },
    ]);
    expect(
      main()
        .querySelector('#by-score tbody a')
        ?.getAttribute('href'),
    ).toBe('/practices/p1');
  });

  it('shows the transfer flows as a table beside the matrix, and the factors', () => {
    expect(main().querySelector('#flows-heading')?.textContent?.trim()).toBe(
      'Transfers between countries',
    );
    expect(main().querySelectorAll('.matrix .cell')).toHaveLength(4);
    expect(
      Array.from(main().querySelectorAll('.factors li')).map((li) => text(li)),
    ).toEqual(['A writing team2']);
  });

  it('says so instead of showing an empty ranking', async () => {
    await harness.navigateByUrl('/insights?domain=mobility');
    http
      .expectOne('/api/insights/practices?domain=mobility')
      .flush({ ...practices, byScore: [], byAdoptions: [] });
    http
      .expectOne('/api/insights/transfers?domain=mobility')
      .flush({ ...transfers, flows: [] });
    await harness.fixture.whenStable();
    expect(main().querySelector('#by-score')).toBeNull();
    expect(
      Array.from(
        main().querySelectorAll('#by-score-heading ~ p.muted, #by-adoptions-heading ~ p.muted'),
      ).map((p) => text(p)),
    ).toEqual([
      'No practice matches these filters.',
      'No practice matches these filters.',
    ]);
    expect(main().querySelectorAll('table')).toHaveLength(2);
    expect(main().querySelector('#flows')).toBeNull();
  });
});
