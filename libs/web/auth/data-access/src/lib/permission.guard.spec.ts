import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Permission, type SessionUser } from '@sce/shared-contracts';
import { permissionGuard } from './permission.guard';
import { SESSION_HINT_STORAGE_KEY, SessionStore } from './session.store';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: 'page',
})
class Page {}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: 'not allowed',
})
class NotAllowedPage {}

function person(permissions: Permission[]): SessionUser {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'someone@example.org',
    displayName: 'Someone',
    role: 'member',
    language: 'en',
    timeZone: 'Europe/London',
    organisationId: '00000000-0000-4000-8000-000000000002',
    permissions,
  };
}

describe('permissionGuard', () => {
  let router: Router;
  let session: SessionStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: Page },
          { path: 'sign-in', component: Page },
          { path: 'no', component: NotAllowedPage },
          {
            path: 'admin/users',
            component: Page,
            canActivate: [
              permissionGuard(
                [Permission.ManageUsers, Permission.ManageOrganisations],
                '/no',
              ),
            ],
          },
          {
            path: 'flags',
            component: Page,
            canActivate: [permissionGuard(Permission.ModerateAnywhere)],
          },
          { path: 'not-allowed', component: NotAllowedPage },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    session = TestBed.inject(SessionStore);
  });

  function signIn(permissions: Permission[]): void {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    session.load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/me')
      .flush(person(permissions));
  }

  it('sends a visitor to /sign-in with the page as returnUrl', async () => {
    session.load();
    await router.navigateByUrl('/admin/users?q=noah');
    expect(router.url).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers%3Fq%3Dnoah');
  });

  it('lets in someone with any of the permissions', async () => {
    signIn([Permission.ManageOrganisations]);
    await router.navigateByUrl('/admin/users');
    expect(router.url).toBe('/admin/users');
  });

  it('shows the not-allowed page to someone without them, keeping the address', async () => {
    signIn([Permission.CreateContent]);
    const location = TestBed.inject(Location);
    await router.navigateByUrl('/admin/users?q=1');
    expect(router.url).toBe('/no');
    expect(location.path()).toBe('/admin/users?q=1');

    await router.navigateByUrl('/flags');
    expect(router.url).toBe('/not-allowed');
  });

  it('waits for the session check before deciding', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    session.load();
    const navigation = router.navigateByUrl('/flags');
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/');
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/me')
      .flush(person([Permission.ModerateAnywhere]));
    TestBed.tick();
    expect(await navigation).toBe(true);
    expect(router.url).toBe('/flags');
  });
});
