import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SearchHit, SearchResult } from '@sce/shared-contracts';
import { SearchPage } from './search-page';

function aHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    type: 'post',
    id: 'post-1',
    title: 'Parkeervergunning aanvragen met DigiD',
    snippetHtml: 'verschillende <mark>gemeenten</mark> doen dit &lt;al&gt;',
    language: 'nl',
    date: '2026-11-18T09:12:00.000Z',
    community: { slug: 'identity', name: 'Digital Identity' },
    author: { id: 'person-1', displayName: 'Lotte Janssens' },
    organisation: {
      id: 'org-1',
      name: 'Province of West Flanders',
      country: 'BE',
    },
    threadId: 'thread-1',
    postNumber: 2,
    tags: [],
    score: 0.4,
    ...overrides,
  };
}

const LOTTE = '0b8f3c52-6a51-4d7e-9c1a-2f4e5d6c7b8a';
const WEST_FLANDERS = '5d2e7a10-3b4c-4f5e-8a6b-7c8d9e0f1a2b';

/** A hit with real ids (an address only takes ids) and tags. */
function aTaggedHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    ...aHit({
      author: { id: LOTTE, displayName: 'Lotte Janssens' },
      organisation: {
        id: WEST_FLANDERS,
        name: 'Province of West Flanders',
        country: 'BE',
      },
      tags: ['eidas', 'open data'],
      ...overrides,
    }),
  };
}

function aResult(overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    items: [aHit()],
    nextCursor: null,
    facets: {
      type: [
        { value: 'thread', label: 'thread', count: 1 },
        { value: 'post', label: 'post', count: 2 },
      ],
      community: [{ value: 'identity', label: 'Digital Identity', count: 3 }],
      country: [
        { value: 'BE', label: 'BE', count: 2 },
        { value: 'NL', label: 'NL', count: 1 },
      ],
    },
    total: 3,
    totalCapped: false,
    ...overrides,
  };
}

describe('SearchPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const host = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const status = (): string =>
    host().querySelector('[role="status"]')?.textContent?.trim() ?? '';

  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url, SearchPage);
    harness.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'search', component: SearchPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  it('asks for a query first', async () => {
    await open('/search');
    http.expectNone(() => true);
    expect(status()).toBe('Type what you are looking for and press Search.');
    expect(
      host().querySelector('label[for="search-q"]')?.textContent?.trim(),
    ).toBe('Search for');
  });

  it('shows the results of the address with their highlighted passage and link', async () => {
    await open('/search?q=gemeenten&country=BE');
    expect(status()).toBe('Searching…');
    http.expectOne('/api/search?q=gemeenten&country=BE').flush(aResult());
    await harness.fixture.whenStable();

    expect(status()).toBe('3 results for “gemeenten”');
    expect(
      host().querySelector('[role="status"]')?.getAttribute('aria-live'),
    ).toBe('polite');
    const snippet = host().querySelector('.snippet') as HTMLElement;
    expect(snippet.innerHTML).toBe(
      'verschillende <mark>gemeenten</mark> doen dit &lt;al&gt;',
    );
    expect(snippet.getAttribute('lang')).toBe('nl');
    const link = host().querySelector('.hit-title a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/threads/thread-1?post=post-1');
    const meta =
      host().querySelector('.meta')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(meta).toContain('Reply 2');
    expect(meta).toContain('in Digital Identity');
    expect(meta).toContain(
      'by Lotte Janssens (Province of West Flanders, Belgium)',
    );
  });

  it('offers the facets with their counts and applies the chosen ones to the address', async () => {
    await open('/search?q=gemeenten');
    http.expectOne('/api/search?q=gemeenten').flush(aResult());
    await harness.fixture.whenStable();

    const country = (code: string) =>
      host().querySelector(`#search-country-${code}`) as HTMLInputElement;
    expect(
      host()
        .querySelector('label[for="search-country-BE"]')
        ?.textContent?.trim(),
    ).toBe('Belgium (2)');
    expect(
      host()
        .querySelector('label[for="search-type-post"]')
        ?.textContent?.trim(),
    ).toBe('Reply (2)');
    expect(
      Array.from(host().querySelectorAll('#search-community option')).map((o) =>
        o.textContent?.trim(),
      ),
    ).toEqual(['All communities', 'Digital Identity (3)']);
    expect(
      (host().querySelector('#search-country-all') as HTMLInputElement).checked,
    ).toBe(true);

    country('NL').click();
    (
      host().querySelector(
        'form.filters button[type="submit"]',
      ) as HTMLButtonElement
    ).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/search?q=gemeenten&country=NL');
    http
      .expectOne('/api/search?q=gemeenten&country=NL')
      .flush(aResult({ total: 1 }));
    await harness.fixture.whenStable();
    expect(status()).toBe('1 result for “gemeenten”');
    expect(country('NL').checked).toBe(true);
  });

  it('refuses an end date before the start date', async () => {
    await open('/search?q=wallet');
    http.expectOne('/api/search?q=wallet').flush(aResult());
    await harness.fixture.whenStable();
    const set = (id: string, value: string) => {
      const input = host().querySelector(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('change'));
    };
    set('#search-from', '2026-03-01');
    set('#search-to', '2026-02-01');
    (
      host().querySelector(
        'form.filters button[type="submit"]',
      ) as HTMLButtonElement
    ).click();
    await harness.fixture.whenStable();
    expect(
      host().querySelector('#search-dates-error')?.textContent?.trim(),
    ).toBe('The end date must not be before the start date.');
    expect(TestBed.inject(Router).url).toBe('/search?q=wallet');
  });

  it('loads more results after the cursor and moves focus to the first new one', async () => {
    await open('/search?q=wallet');
    http.expectOne('/api/search?q=wallet').flush(aResult({ nextCursor: 'c1' }));
    await harness.fixture.whenStable();
    const more = host().querySelector('.more button') as HTMLButtonElement;
    expect(more.textContent?.trim()).toBe('Load more results');
    more.click();
    http.expectOne('/api/search?q=wallet&cursor=c1').flush(
      aResult({
        items: [
          aHit({
            id: 'event-1',
            type: 'event',
            title: 'Wallet workshop',
            threadId: null,
            postNumber: null,
          }),
        ],
      }),
    );
    await harness.fixture.whenStable();
    const links = host().querySelectorAll<HTMLAnchorElement>('.hit-title a');
    expect(links).toHaveLength(2);
    expect(links[1]?.getAttribute('href')).toBe('/events/event-1');
    expect(document.activeElement).toBe(links[1]);
    expect(host().querySelector('.more')).toBeNull();
  });

  it('says when nothing was found', async () => {
    await open('/search?q=zzzz');
    http.expectOne('/api/search?q=zzzz').flush(
      aResult({
        items: [],
        total: 0,
        facets: { type: [], community: [], country: [] },
      }),
    );
    await harness.fixture.whenStable();
    expect(status()).toBe(
      'Nothing found for “zzzz”. Try other words, fewer words or fewer filters.',
    );
  });

  it('explains a refused query next to the field', async () => {
    await open('/search?q=%22');
    http.expectOne('/api/search?q=%22').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'Invalid.',
        code: 'VALIDATION_FAILED',
        errors: [
          {
            field: 'query.q',
            message: 'must contain something to search for',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    const field = host().querySelector('#search-q') as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(
      'search-q-error search-q-hint',
    );
    expect(host().querySelector('#search-q-error')?.getAttribute('role')).toBe(
      'alert',
    );
  });

  it('offers to try again after a failure', async () => {
    await open('/search?q=wallet');
    http
      .expectOne('/api/search?q=wallet')
      .flush(null, { status: 503, statusText: 'Unavailable' });
    await harness.fixture.whenStable();
    expect(status()).toBe(
      'Searching failed. Check your connection and try again.',
    );
    (host().querySelector('.retry button') as HTMLButtonElement).click();
    http.expectOne('/api/search?q=wallet').flush(aResult());
    await harness.fixture.whenStable();
    expect(status()).toBe(
      '3 results for “gemeenten”'.replace('gemeenten', 'wallet'),
    );
  });

  it('searches again from its own field', async () => {
    await open('/search?q=wallet&type=event');
    http.expectOne('/api/search?q=wallet&type=event').flush(aResult());
    await harness.fixture.whenStable();
    const field = host().querySelector('#search-q') as HTMLInputElement;
    field.value = 'digital identity';
    (
      host().querySelector(
        'form.query button[type="submit"]',
      ) as HTMLButtonElement
    ).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      '/search?q=digital%20identity&type=event',
    );
    http
      .expectOne('/api/search?q=digital%20identity&type=event')
      .flush(aResult());
  });

  describe('author, organisation and tag filters', () => {
    const url = () => TestBed.inject(Router).url;
    const chips = () =>
      Array.from(
        host().querySelectorAll<HTMLButtonElement>(
          'ul[aria-label="Active filters"] button',
        ),
      );
    const link = (label: string) =>
      host().querySelector<HTMLAnchorElement>(`a[aria-label="${label}"]`);

    it('links a result’s author, organisation and tags to this search narrowed to them', async () => {
      await open('/search?q=gemeenten&country=BE');
      http
        .expectOne('/api/search?q=gemeenten&country=BE')
        .flush(aResult({ items: [aTaggedHit()] }));
      await harness.fixture.whenStable();

      expect(link('Results by Lotte Janssens')?.getAttribute('href')).toBe(
        `/search?q=gemeenten&country=BE&author=${LOTTE}`,
      );
      expect(link('Results by Lotte Janssens')?.textContent?.trim()).toBe(
        'Lotte Janssens',
      );
      expect(
        link('Results from Province of West Flanders')?.getAttribute('href'),
      ).toBe(`/search?q=gemeenten&country=BE&organisation=${WEST_FLANDERS}`);
      expect(link('Results tagged open data')?.getAttribute('href')).toBe(
        '/search?q=gemeenten&country=BE&tag=open%20data',
      );
      expect(
        host().querySelector('ul.tags')?.getAttribute('aria-label'),
      ).toBe('Tags');
      // The byline reads as before.
      expect(
        host().querySelector('.meta')?.textContent?.replace(/\s+/g, ' '),
      ).toContain('by Lotte Janssens (Province of West Flanders, Belgium)');
      expect(chips()).toEqual([]);
    });

    it('narrows to an author, shows a removable chip and widens again', async () => {
      await open('/search?q=gemeenten&type=post');
      http
        .expectOne('/api/search?q=gemeenten&type=post')
        .flush(aResult({ items: [aTaggedHit()] }));
      await harness.fixture.whenStable();

      link('Results by Lotte Janssens')?.click();
      await harness.fixture.whenStable();
      expect(url()).toBe(`/search?q=gemeenten&type=post&author=${LOTTE}`);
      // Named at once (the results shown gave the name), while the narrower search loads.
      expect(
        chips().map((chip) => chip.querySelector('span')?.textContent?.trim()),
      ).toEqual(['Author: Lotte Janssens']);
      expect(status()).toBe('Searching…');
      http
        .expectOne(`/api/search?q=gemeenten&type=post&author=${LOTTE}`)
        .flush(aResult({ items: [aTaggedHit()], total: 1 }));
      await harness.fixture.whenStable();
      expect(status()).toBe('1 result for “gemeenten”');

      const chip = chips()[0] as HTMLButtonElement;
      expect(chip.getAttribute('aria-label')).toBe(
        'Remove filter Author: Lotte Janssens',
      );
      expect(chip.querySelector('[aria-hidden="true"]')?.textContent).toBe('×');
      // The author it is narrowed to is no longer a link; the organisation still is.
      const names = host().querySelectorAll('.meta a');
      expect(names[0]?.textContent?.trim()).toBe('Lotte Janssens');
      expect(names[0]?.hasAttribute('href')).toBe(false);
      expect(names[0]?.hasAttribute('aria-label')).toBe(false);
      expect(
        link('Results from Province of West Flanders')?.getAttribute('href'),
      ).toBe(
        `/search?q=gemeenten&type=post&author=${LOTTE}&organisation=${WEST_FLANDERS}`,
      );

      chip.click();
      await harness.fixture.whenStable();
      expect(url()).toBe('/search?q=gemeenten&type=post');
      http
        .expectOne('/api/search?q=gemeenten&type=post')
        .flush(aResult({ items: [aTaggedHit()] }));
      await harness.fixture.whenStable();
      expect(chips()).toEqual([]);
      expect(host().querySelector('ul[aria-label="Active filters"]')).toBeNull();
    });

    it('names a person or organisation of an address after the first matching result, or generically', async () => {
      await open(
        `/search?q=wallet&author=${LOTTE}&organisation=${WEST_FLANDERS}&tag=eidas`,
      );
      const labels = () =>
        chips().map((chip) => chip.getAttribute('aria-label'));
      expect(labels()).toEqual([
        'Remove filter Author: this person',
        'Remove filter Organisation: this organisation',
        'Remove filter Tag: eidas',
      ]);
      http
        .expectOne(
          `/api/search?q=wallet&author=${LOTTE}&organisation=${WEST_FLANDERS}&tag=eidas`,
        )
        .flush(
          aResult({
            items: [
              aTaggedHit({ author: null }),
              aTaggedHit({ id: 'post-2' }),
            ],
          }),
        );
      await harness.fixture.whenStable();
      expect(labels()).toEqual([
        'Remove filter Author: Lotte Janssens',
        'Remove filter Organisation: Province of West Flanders',
        'Remove filter Tag: eidas',
      ]);

      // Removing one keeps the others.
      chips()[0]?.click();
      await harness.fixture.whenStable();
      expect(url()).toBe(
        `/search?q=wallet&organisation=${WEST_FLANDERS}&tag=eidas`,
      );
      http
        .expectOne(
          `/api/search?q=wallet&organisation=${WEST_FLANDERS}&tag=eidas`,
        )
        .flush(aResult({ items: [aTaggedHit()] }));
      await harness.fixture.whenStable();
      expect(labels()).toEqual([
        'Remove filter Organisation: Province of West Flanders',
        'Remove filter Tag: eidas',
      ]);
    });

    it('keeps them when the facet filters are applied, and clears them with the rest', async () => {
      await open(`/search?q=wallet&tag=eidas`);
      http.expectOne('/api/search?q=wallet&tag=eidas').flush(aResult());
      await harness.fixture.whenStable();
      (host().querySelector('#search-country-NL') as HTMLInputElement).click();
      (
        host().querySelector(
          'form.filters button[type="submit"]',
        ) as HTMLButtonElement
      ).click();
      await harness.fixture.whenStable();
      expect(url()).toBe('/search?q=wallet&country=NL&tag=eidas');
      http
        .expectOne('/api/search?q=wallet&country=NL&tag=eidas')
        .flush(aResult());
      await harness.fixture.whenStable();

      const clear = Array.from(
        host().querySelectorAll<HTMLButtonElement>('form.filters button'),
      ).find((button) => button.textContent?.trim() === 'Clear filters');
      clear?.click();
      await harness.fixture.whenStable();
      expect(url()).toBe('/search?q=wallet');
      http.expectOne('/api/search?q=wallet').flush(aResult());
    });

    it('narrows to a tag from a result', async () => {
      await open('/search?q=wallet');
      http
        .expectOne('/api/search?q=wallet')
        .flush(aResult({ items: [aTaggedHit()] }));
      await harness.fixture.whenStable();
      link('Results tagged eidas')?.click();
      await harness.fixture.whenStable();
      expect(url()).toBe('/search?q=wallet&tag=eidas');
      http
        .expectOne('/api/search?q=wallet&tag=eidas')
        .flush(aResult({ items: [aTaggedHit()] }));
      await harness.fixture.whenStable();
      expect(chips()[0]?.getAttribute('aria-label')).toBe(
        'Remove filter Tag: eidas',
      );
      expect(link('Results tagged eidas')).toBeNull();
      expect(link('Results tagged open data')?.getAttribute('href')).toBe(
        '/search?q=wallet&tag=open%20data',
      );
    });
  });
});
