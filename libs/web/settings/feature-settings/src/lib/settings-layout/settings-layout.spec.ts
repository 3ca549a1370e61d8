import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { settingsRoutes } from '../settings.routes';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Blank {}

const tom: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'member@example.org',
  displayName: 'Tom Ashworth',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/London',
  organisationId: '00000000-0000-4000-8000-000000000002',
  permissions: [],
};

describe('SettingsLayout', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'settings', children: settingsRoutes },
          { path: 'sign-in', component: Blank },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends a visitor to sign in, coming back afterwards', async () => {
    TestBed.inject(SessionStore).load();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/settings/tokens');
    expect(TestBed.inject(Router).url).toBe(
      '/sign-in?returnUrl=%2Fsettings%2Ftokens',
    );
  });

  it('opens the profile by default and marks the current page in a labelled nav', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(tom);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/settings');
    http.expectOne('/api/users/me').flush({
      ...tom,
      bio: '',
      expertise: [],
      emailVerifiedAt: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/settings/profile');

    const element = harness.routeNativeElement as HTMLElement;
    const nav = element.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Settings');
    const links = Array.from(nav?.querySelectorAll('a') ?? []);
    expect(
      links.map((link) => [
        link.textContent?.trim(),
        link.getAttribute('href'),
        link.getAttribute('aria-current'),
      ]),
    ).toEqual([
      ['Profile', '/settings/profile', 'page'],
      ['Account', '/settings/account', null],
      ['Access tokens', '/settings/tokens', null],
      ['Calendar feed', '/settings/calendar', null],
      ['Notifications', '/settings/notifications', null],
    ]);
  });
});
