import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { SearchSuggestions } from '@sce/shared-contracts';
import { SUGGEST_DEBOUNCE_MS } from '@sce/web-search-data-access';
import { SearchBox } from './search-box';

const suggestions: SearchSuggestions = {
  titles: [
    {
      type: 'thread',
      id: 'thread-1',
      title: 'Parkeervergunning aanvragen met DigiD',
    },
    { type: 'event', id: 'event-1', title: 'Parking data webinar' },
  ],
  communities: [{ slug: 'mobility', name: 'Parking & Mobility' }],
  people: [
    {
      id: 'person-1',
      displayName: 'Pia Larsen',
      organisationName: 'Aarhus Municipality',
    },
  ],
};

describe('SearchBox', () => {
  let fixture: ComponentFixture<SearchBox>;
  let http: HttpTestingController;
  let router: Router;

  const host = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const field = (): HTMLInputElement =>
    host().querySelector('input[role="combobox"]') as HTMLInputElement;
  const options = (): HTMLElement[] =>
    Array.from(host().querySelectorAll('[role="option"]'));

  function key(name: string): KeyboardEvent {
    const event = new KeyboardEvent('keydown', {
      key: name,
      bubbles: true,
      cancelable: true,
    });
    field().dispatchEvent(event);
    return event;
  }

  async function type(
    text: string,
    answer: SearchSuggestions | null = suggestions,
  ): Promise<void> {
    field().value = text;
    field().dispatchEvent(new Event('input'));
    await new Promise((resolve) =>
      setTimeout(resolve, SUGGEST_DEBOUNCE_MS + 20),
    );
    if (answer !== null) {
      http
        .expectOne(`/api/search/suggest?q=${encodeURIComponent(text)}`)
        .flush(answer);
    }
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(SearchBox);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('is a labelled combobox in a search landmark, closed at first', () => {
    expect(host().querySelector('form')?.getAttribute('role')).toBe('search');
    const label = host().querySelector(`label[for="${field().id}"]`);
    expect(label?.textContent?.trim()).toBe('Search the exchange');
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(field().getAttribute('aria-controls')).toBe('site-search-listbox');
    expect(
      host().querySelector('[role="listbox"]')?.hasAttribute('hidden'),
    ).toBe(true);
  });

  it('suggests titles, communities and people while typing, and says how many', async () => {
    await type('park');
    expect(field().getAttribute('aria-expanded')).toBe('true');
    expect(
      options().map((option) =>
        option.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    ).toEqual([
      'Parkeervergunning aanvragen met DigiD, Discussion',
      'Parking data webinar, Event',
      'Parking & Mobility, Community',
      'Pia Larsen, Person · Aarhus Municipality',
    ]);
    expect(host().querySelector('[role="status"]')?.textContent).toBe(
      '4 suggestions',
    );
    expect(field().hasAttribute('aria-activedescendant')).toBe(false);
  });

  it('moves through the suggestions with the arrow keys and opens one with Enter', async () => {
    await type('park');
    key('ArrowDown');
    key('ArrowDown');
    await fixture.whenStable();
    expect(field().getAttribute('aria-activedescendant')).toBe(
      'site-search-listbox-option-1',
    );
    expect(options()[1]?.getAttribute('aria-selected')).toBe('true');
    const enter = key('Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(router.navigate).toHaveBeenCalledWith(['/events', 'event-1']);
  });

  it('opens a community from the list, and searches for a person by name', async () => {
    await type('park');
    key('ArrowUp');
    key('Enter');
    expect(router.navigate).toHaveBeenCalledWith(['/search'], {
      queryParams: { q: '"Pia Larsen"' },
    });
    await type('park');
    options()[2]?.click();
    expect(router.navigate).toHaveBeenCalledWith(['/communities', 'mobility']);
  });

  it('searches for what was typed with Enter when no suggestion is highlighted', async () => {
    await type('parkeren gemeente');
    const enter = key('Enter');
    expect(enter.defaultPrevented).toBe(false);
    host()
      .querySelector('form')
      ?.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(router.navigate).toHaveBeenCalledWith(['/search'], {
      queryParams: { q: 'parkeren gemeente' },
    });
    await fixture.whenStable();
    expect(field().getAttribute('aria-expanded')).toBe('false');
  });

  it('closes the list with Escape, and empties the field with a second Escape', async () => {
    await type('park');
    key('Escape');
    await fixture.whenStable();
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(field().value).toBe('park');
    key('Escape');
    await fixture.whenStable();
    expect(field().value).toBe('');
  });

  it('does not search for nothing', async () => {
    host()
      .querySelector('form')
      ?.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(router.navigate).not.toHaveBeenCalled();
  });
});
