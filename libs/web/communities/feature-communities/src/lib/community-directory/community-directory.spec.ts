import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CommunitySummary } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { I18nService } from '@sce/web-shared-data-access';
import { communitiesRoutes } from '../communities.routes';
import { aCommunity, admin } from '../testing.spec-helper';

const summary = (overrides: Partial<CommunitySummary>): CommunitySummary => {
  const { createdAt, moderators, viewer, ...rest } = aCommunity();
  void createdAt;
  void moderators;
  void viewer;
  return { ...rest, ...overrides };
};

describe('CommunityDirectory', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'communities', children: communitiesRoutes }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(I18nService).setLanguage('en');
  });

  it('links each community and shows the viewer’s membership', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(admin);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/communities');
    http.expectOne('/api/communities').flush({
      items: [
        summary({ membership: { role: 'moderator', state: 'active' } }),
        summary({
          id: '00000000-0000-4000-8000-000000000077',
          slug: 'service-design-lab',
          name: 'Service Design Lab',
          visibility: 'members',
          joinPolicy: 'request',
          membership: { role: 'member', state: 'requested' },
        }),
      ],
      nextCursor: null,
    });
    await harness.fixture.whenStable();

    expect(main().querySelector('h1')?.textContent).toBe('Communities');
    const cards = Array.from(main().querySelectorAll('sce-community-card'));
    const link = cards[0].querySelector('h3 a');
    expect(link?.textContent?.trim()).toBe('Open Data & Interoperability');
    expect(link?.getAttribute('href')).toBe('/communities/open-data');
    expect(cards[0].querySelector('.membership')?.textContent).toBe(
      'You moderate this community',
    );
    expect(cards[1].querySelector('.membership')?.textContent).toBe('You asked to join');
    expect(cards[1].textContent).toContain('Join on request');
    expect(
      Array.from(main().querySelectorAll('a')).find((a) => a.textContent?.trim() === 'New community')
        ?.getAttribute('href'),
    ).toBe('/communities/new');
  });

  it('speaks Dutch', async () => {
    await TestBed.inject(I18nService).setLanguage('nl');
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/communities');
    http.expectOne('/api/communities').flush({ items: [summary({})], nextCursor: null });
    await harness.fixture.whenStable();
    expect(main().querySelector('h1')?.textContent).toBe('Gemeenschappen');
    expect(main().textContent).toContain('Vrij toegankelijk');
    expect(main().textContent).not.toContain('New community');
  });
});
