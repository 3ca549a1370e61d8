import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  DeferBlockBehavior,
  DeferBlockState,
  TestBed,
  type ComponentFixture,
} from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Permission, type SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer, I18nService } from '@sce/web-shared-data-access';
import { AccountMenu } from './account-menu';

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

describe('AccountMenu', () => {
  let fixture: ComponentFixture<AccountMenu>;
  let http: HttpTestingController;
  let session: SessionStore;
  let signedOut: number;

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function trigger(): HTMLButtonElement | null {
    return element().querySelector('button');
  }

  function signOutItem(): HTMLElement {
    const item = menuItems().find(
      (candidate) => candidate.tagName === 'BUTTON',
    );
    if (!item) throw new Error('no sign-out item');
    return item;
  }

  function menuItems(): HTMLElement[] {
    return Array.from(
      document.querySelectorAll<HTMLElement>(
        '.cdk-overlay-container [role="menu"] [role="menuitem"]',
      ),
    );
  }

  async function create(url = '/'): Promise<void> {
    await TestBed.inject(Router).navigateByUrl(url);
    fixture = TestBed.createComponent(AccountMenu);
    signedOut = 0;
    fixture.componentInstance.signedOut.subscribe(() => signedOut++);
    await fixture.whenStable();
  }

  async function signIn(): Promise<void> {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    session.load();
    http.expectOne('/api/auth/me').flush(tom);
    await fixture.whenStable();
    // The menu's code is deferred; load it.
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    await fixture.whenStable();
  }

  async function openMenu(): Promise<void> {
    trigger()?.click();
    await fixture.whenStable();
  }

  function configure(
    deferBlockBehavior = DeferBlockBehavior.Playthrough,
  ): void {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      deferBlockBehavior,
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    configure();
  });

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  it('shows nothing until the session is known', async () => {
    await create();
    expect(element().querySelector('a, button')).toBeNull();
  });

  it('offers "Sign in" to a visitor, coming back to the current page', async () => {
    await create('/about?x=1');
    session.load();
    await fixture.whenStable();
    const link = element().querySelector('a');
    expect(link?.textContent?.trim()).toBe('Sign in');
    expect(link?.getAttribute('href')).toBe(
      '/sign-in?returnUrl=%2Fabout%3Fx%3D1',
    );
    expect(trigger()).toBeNull();
  });

  it('links to plain /sign-in from the home page, and keeps returnUrl on the sign-in page', async () => {
    await create('/');
    session.load();
    await fixture.whenStable();
    expect(element().querySelector('a')?.getAttribute('href')).toBe('/sign-in');

    await TestBed.inject(Router).navigateByUrl('/sign-in?returnUrl=%2Fabout');
    await fixture.whenStable();
    const link = element().querySelector('a');
    expect(link?.getAttribute('href')).toBe('/sign-in?returnUrl=%2Fabout');
    expect(link?.getAttribute('aria-current')).toBe('page');
  });

  it('shows the signed-in person’s name on a menu button', async () => {
    await create();
    await signIn();
    const button = trigger();
    expect(button?.textContent?.trim()).toBe('Tom Ashworth');
    expect(button?.getAttribute('aria-haspopup')).toBe('menu');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(element().querySelector('a')).toBeNull();
    expect(menuItems()).toHaveLength(0);

    await openMenu();
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    const menu = document.querySelector('.cdk-overlay-container [role="menu"]');
    expect(menu?.getAttribute('aria-labelledby')).toBe(button?.id);
    expect(menuItems().map((item) => item.textContent?.trim())).toEqual([
      'Profile',
      'Settings',
      'Bookmarks',
      'Sign out',
    ]);
  });

  it('links to the profile, the account settings and the bookmarks', async () => {
    await create();
    await signIn();
    await openMenu();
    const [profile, settings, bookmarks] = menuItems();
    expect(profile.getAttribute('href')).toBe('/settings/profile');
    expect(settings.getAttribute('href')).toBe('/settings/account');
    expect(bookmarks.getAttribute('href')).toBe('/bookmarks');
  });

  it('shows the name as text while the menu’s code loads', async () => {
    configure(DeferBlockBehavior.Manual);
    await create();
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    session.load();
    http.expectOne('/api/auth/me').flush(tom);
    await fixture.whenStable();
    expect(element().querySelector('.placeholder')?.textContent?.trim()).toBe(
      'Tom Ashworth',
    );
    expect(trigger()).toBeNull();

    const [menu] = await fixture.getDeferBlocks();
    await menu.render(DeferBlockState.Complete);
    expect(trigger()?.textContent?.trim()).toBe('Tom Ashworth');
  });

  it('signs out from the menu', async () => {
    await create();
    await signIn();
    await openMenu();
    signOutItem().click();
    await fixture.whenStable();

    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(signedOut).toBe(1);
    expect(session.signedIn()).toBe(false);
    expect(trigger()).toBeNull();
    expect(element().querySelector('a')?.textContent?.trim()).toBe('Sign in');
  });

  it('says so when signing out fails, and stays signed in', async () => {
    await create();
    await signIn();
    await openMenu();
    signOutItem().click();
    await fixture.whenStable();
    http.expectOne('/api/auth/logout').error(new ProgressEvent('error'));
    await fixture.whenStable();

    expect(signedOut).toBe(0);
    expect(trigger()?.textContent?.trim()).toBe('Tom Ashworth');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe(
      'shell.account.signOutFailed',
    );
  });

  it('does not link to the administration for a member', async () => {
    await create();
    await signIn();
    await openMenu();
    expect(
      menuItems().some((item) => item.getAttribute('href') === '/admin'),
    ).toBe(false);
  });

  it('links to the administration for someone who may use it', async () => {
    await create();
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    session.load();
    http.expectOne('/api/auth/me').flush({
      ...tom,
      role: 'admin',
      permissions: [Permission.ManageUsers, Permission.ManageOrganisations],
    });
    await fixture.whenStable();
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    await fixture.whenStable();
    await openMenu();
    const admin = menuItems().find(
      (item) => item.getAttribute('href') === '/admin',
    );
    expect(admin?.textContent?.trim()).toBe('Administration');
  });

  it('speaks Dutch', async () => {
    await TestBed.inject(I18nService).setLanguage('nl');
    await create();
    await signIn();
    await openMenu();
    expect(menuItems().map((item) => item.textContent?.trim())).toEqual([
      'Profiel',
      'Instellingen',
      'Bladwijzers',
      'Uitloggen',
    ]);
  });
});
