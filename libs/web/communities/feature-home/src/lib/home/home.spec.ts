import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CommunityPage, CommunitySummary } from '@sce/shared-contracts';
import { CommunitiesStore } from '@sce/web-communities-data-access';
import { I18nService } from '@sce/web-shared-data-access';
import { Home } from './home';

function aCommunity(
  n: number,
  overrides: Partial<CommunitySummary> = {},
): CommunitySummary {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    slug: `community-${n}`,
    name: `Community ${n}`,
    description: `What community ${n} is about.`,
    visibility: 'public',
    joinPolicy: 'open',
    memberCount: 1,
    threadCount: 0,
    lastActivityAt: null,
    membership: null,
    ...overrides,
  };
}

describe('Home', () => {
  let fixture: ComponentFixture<Home>;
  let http: HttpTestingController;

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function text(selector: string): string {
    return element().querySelector(selector)?.textContent?.trim() ?? '';
  }

  async function respond(url: string, body: CommunityPage): Promise<void> {
    http.expectOne(url).flush(body);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        CommunitiesStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Home);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows the hero and a loading message while the communities load', async () => {
    expect(text('h1')).toBe('Share what works in digital public services');
    expect(text('h2')).toBe('Communities');
    expect(text('[role="status"]')).toBe('Loading communities…');
    await respond('/api/communities', { items: [], nextCursor: null });
  });

  it('lists the communities with their visibility, figures and last activity', async () => {
    await respond('/api/communities', {
      items: [
        aCommunity(1, {
          name: 'Open Data & Interoperability',
          memberCount: 12,
          threadCount: 1,
          lastActivityAt: '2026-11-03T09:00:00Z',
        }),
        aCommunity(2, { name: 'Service Design Lab', visibility: 'members' }),
      ],
      nextCursor: null,
    });

    const items = element().querySelectorAll('ul.list > li');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('h3')?.textContent).toBe(
      'Open Data & Interoperability',
    );
    expect(items[0].textContent).toContain('Public');
    expect(items[0].textContent).toContain('12 members');
    expect(items[0].textContent).toContain('1 thread');
    expect(items[0].textContent).toContain('Last activity 3 Nov 2026');
    expect(items[1].textContent).toContain('Members only');
    expect(items[1].textContent).toContain('No activity yet');
    expect(text('.count')).toBe('Showing 2 communities');
    expect(element().querySelector('.more button')).toBeNull();
  });

  it('shows an empty state when there are no communities', async () => {
    await respond('/api/communities', { items: [], nextCursor: null });
    expect(text('sce-empty-state [role="status"]')).toBe(
      'There are no communities to show yet.',
    );
    expect(element().querySelector('ul.list')).toBeNull();
  });

  it('shows an error with a retry button that loads again', async () => {
    http
      .expectOne('/api/communities')
      .flush({ code: 'INTERNAL' }, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(text('[role="alert"]')).toContain('could not be loaded');

    element()
      .querySelector<HTMLButtonElement>('sce-empty-state button')
      ?.click();
    await respond('/api/communities', {
      items: [aCommunity(1)],
      nextCursor: null,
    });
    expect(element().querySelectorAll('ul.list > li')).toHaveLength(1);
    expect(element().querySelector('[role="alert"]')).toBeNull();
  });

  it('loads more communities and moves focus to the first new one', async () => {
    await respond('/api/communities', {
      items: [aCommunity(1)],
      nextCursor: 'next',
    });
    const button = element().querySelector<HTMLButtonElement>('.more button');
    expect(button?.textContent?.trim()).toBe('Show more communities');

    button?.click();
    await fixture.whenStable();
    await respond('/api/communities?cursor=next', {
      items: [aCommunity(2)],
      nextCursor: null,
    });

    const items = element().querySelectorAll('ul.list > li');
    expect(items).toHaveLength(2);
    expect(document.activeElement).toBe(items[1]);
    expect(element().querySelector('.more button')).toBeNull();
  });

  it('follows a switch to Dutch', async () => {
    await respond('/api/communities', {
      items: [aCommunity(1, { memberCount: 3 })],
      nextCursor: null,
    });
    await TestBed.inject(I18nService).setLanguage('nl');
    await fixture.whenStable();
    expect(text('h2')).toBe('Gemeenschappen');
    expect(element().querySelector('ul.list > li')?.textContent).toContain(
      '3 leden',
    );
    expect(element().querySelector('ul.list > li')?.textContent).toContain(
      'Openbaar',
    );
  });
});
