import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { SessionUser } from '@sce/shared-contracts';
import { signedInGuard } from './signed-in.guard';
import { SESSION_HINT_STORAGE_KEY, SessionStore } from './session.store';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Blank {}

const user: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'member@example.org',
  displayName: 'Tom Ashworth',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/London',
  organisationId: '00000000-0000-4000-8000-000000000002',
  permissions: [],
};

describe('signedInGuard', () => {
  let router: Router;
  let session: SessionStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: Blank },
          { path: 'sign-in', component: Blank },
          {
            path: 'settings/:tab',
            component: Blank,
            canActivate: [signedInGuard],
          },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    session = TestBed.inject(SessionStore);
  });

  it('sends a visitor to /sign-in with the page they asked for as returnUrl', async () => {
    session.load(); // never signed in here: signed out at once
    await router.navigateByUrl('/settings/profile?x=1');
    expect(router.url).toBe('/sign-in?returnUrl=%2Fsettings%2Fprofile%3Fx%3D1');
  });

  it('lets a signed-in person through', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    session.load();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(user);
    await router.navigateByUrl('/settings/profile');
    expect(router.url).toBe('/settings/profile');
  });

  it('waits for the session check before deciding', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    session.load();
    const navigation = router.navigateByUrl('/settings/profile');
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/');
    expect(router.currentNavigation()).not.toBeNull();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(user);
    TestBed.tick();
    expect(await navigation).toBe(true);
    expect(router.url).toBe('/settings/profile');
  });
});
