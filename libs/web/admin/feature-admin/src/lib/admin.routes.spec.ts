import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Permission, type SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { adminRoutes } from './admin.routes';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Blank {}

const someone = (permissions: Permission[]): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000001',
  email: 'someone@example.org',
  displayName: 'Someone',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/London',
  organisationId: '00000000-0000-4000-8000-000000000002',
  permissions,
});

describe('adminRoutes', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'admin', children: adminRoutes },
          { path: 'sign-in', component: Blank },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  function signIn(permissions: Permission[]): void {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(someone(permissions));
  }

  it('sends a visitor to sign in, coming back afterwards', async () => {
    TestBed.inject(SessionStore).load();
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/audit');
    expect(TestBed.inject(Router).url).toBe(
      '/sign-in?returnUrl=%2Fadmin%2Faudit',
    );
  });

  it('shows a member the not-allowed page at the address they asked for', async () => {
    signIn([Permission.CreateContent]);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/users');
    expect(TestBed.inject(Location).path()).toBe('/admin/users');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe(
      'You cannot use this page',
    );
  });

  it('opens the first section one may use', async () => {
    signIn([Permission.ManageOrganisations]);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin');
    expect(TestBed.inject(Router).url).toBe('/admin/organisations');
    http
      .expectOne('/api/admin/organisations')
      .flush({ items: [], nextCursor: null });
    // …but not the people, which need another permission.
    await harness.navigateByUrl('/admin/users');
    expect(TestBed.inject(Router).url).toBe('/admin/not-allowed');
    expect(TestBed.inject(Location).path()).toBe('/admin/users');
  });

  it('lets an administrator in, with a navigation between the sections', async () => {
    signIn(Object.values(Permission));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin');
    expect(TestBed.inject(Router).url).toBe('/admin/users');
    http
      .expectOne('/api/admin/organisations?limit=100')
      .flush({ items: [], nextCursor: null });
    http.expectOne('/api/admin/users').flush({ items: [], nextCursor: null });
    await harness.fixture.whenStable();
    const nav = (harness.fixture.nativeElement as HTMLElement).querySelector(
      'nav',
    );
    expect(nav?.getAttribute('aria-label')).toBe('Administration');
    expect(
      Array.from(nav?.querySelectorAll('a') ?? []).map((a) => [
        a.textContent?.trim(),
        a.getAttribute('aria-current'),
      ]),
    ).toEqual([
      ['People', 'page'],
      ['Organisations', null],
      ['Audit log', null],
    ]);
    http.verify();
  });
});
