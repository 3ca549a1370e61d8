import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  DeferBlockState,
  TestBed,
  type ComponentFixture,
} from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { LANGUAGE_STORAGE_KEY } from '@sce/web-shared-data-access';
import { provideRealtimeTesting } from '@sce/web-threads-data-access';
import { Shell } from './shell';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Page</h1>',
})
class Page {}

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: Page },
          { path: 'about', component: Page },
        ]),
        // The moderation notices follow the signed-in person's room.
        provideRealtimeTesting(),
      ],
    });
    fixture = TestBed.createComponent(Shell);
    await TestBed.inject(Router).navigateByUrl('/');
    await fixture.whenStable();
  });

  it('starts with a skip link that moves focus to <main>', () => {
    const first = element().querySelector('a, button, select, input');
    expect(first?.classList).toContain('skip-link');
    expect(first?.textContent).toBe('Skip to main content');
    expect(first?.getAttribute('href')).toBe('#main');

    const main = element().querySelector('main');
    expect(main?.id).toBe('main');
    expect(main?.getAttribute('tabindex')).toBe('-1');

    (first as HTMLAnchorElement).click();
    expect(document.activeElement).toBe(main);
  });

  it('has landmarks: header, labelled navigation, main and footer', () => {
    expect(element().querySelector('header')).not.toBeNull();
    expect(element().querySelector('nav')?.getAttribute('aria-label')).toBe(
      'Main',
    );
    expect(element().querySelector('footer')?.textContent).toContain(
      'Smart Cities Exchange partnership',
    );
    const links = Array.from(element().querySelectorAll('nav a')).map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toEqual(['Home', 'Communities', 'Events', 'Practices', 'Insights', 'Organisations', 'About']);
  });

  it('marks the current page in the navigation', async () => {
    await TestBed.inject(Router).navigateByUrl('/about');
    await fixture.whenStable();
    const current = element().querySelector('nav a[aria-current="page"]');
    expect(current?.textContent?.trim()).toBe('About');
  });

  it('moves focus to <main> after an in-app navigation', async () => {
    await TestBed.inject(Router).navigateByUrl('/about');
    await fixture.whenStable();
    expect(document.activeElement).toBe(element().querySelector('main'));
  });

  it('has a labelled search box in the header once the page is idle', async () => {
    expect(element().querySelector('header form[role="search"]')).toBeNull();
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    const search = element().querySelector('header form[role="search"]');
    const field = search?.querySelector('input[role="combobox"]');
    expect(field).toBeTruthy();
    expect(
      search?.querySelector(`label[for="${field?.id}"]`)?.textContent?.trim(),
    ).toBe('Search the exchange');
  });

  it('switches the language from a labelled select', async () => {
    const select = element().querySelector<HTMLSelectElement>('select');
    expect(select).not.toBeNull();
    const label = element().querySelector(`label[for="${select?.id}"]`);
    expect(label?.textContent).toBe('Language');
    expect(select?.value).toBe('en');

    if (select) {
      select.value = 'nl';
      select.dispatchEvent(new Event('change'));
    }
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(
      element().querySelector('label[for="language-select"]')?.textContent,
    ).toBe('Taal');
    expect(element().querySelector('.skip-link')?.textContent).toBe(
      'Direct naar de inhoud',
    );
    const links = Array.from(element().querySelectorAll('nav a')).map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toEqual([
      'Home',
      'Gemeenschappen',
      'Evenementen',
      'Praktijken',
      'Inzichten',
      'Organisaties',
      'Over ons',
    ]);
    expect(select?.value).toBe('nl');
  });

  it('offers "Sign in" to visitors in the header', async () => {
    TestBed.inject(SessionStore).load();
    await fixture.whenStable();
    const link = element().querySelector('header sce-account-menu a');
    expect(link?.textContent?.trim()).toBe('Sign in');
  });

  it('after signing out goes home, focuses <main> and says so politely', async () => {
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
    document.cookie = 'XSRF-TOKEN=t; path=/';
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    const http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(user);
    await TestBed.inject(Router).navigateByUrl('/about');
    await fixture.whenStable();
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    // The moderation item asks whether Tom moderates a community; the notices, for warnings.
    http
      .expectOne('/api/communities?limit=100')
      .flush({ items: [], nextCursor: null });
    http.expectOne('/api/users/me/warnings').flush([]);
    // The bell asks for the unread count.
    http.expectOne('/api/notifications/unread-count').flush({ unreadCount: 2 });
    await fixture.whenStable();
    expect(element().querySelector('nav [sce-moderation-nav-item]')?.hasAttribute('hidden')).toBe(true);
    expect(
      element().querySelector('header sce-notification-menu button')?.getAttribute('aria-label'),
    ).toBe('Notifications, 2 unread');

    const live = element().querySelector('[aria-live="polite"]');
    expect(live?.textContent?.trim()).toBe('');
    const button = element().querySelector<HTMLButtonElement>(
      'header sce-account-menu button',
    );
    expect(button?.textContent?.trim()).toBe('Tom Ashworth');
    button?.click();
    await fixture.whenStable();
    Array.from(
      document.querySelectorAll<HTMLElement>(
        '.cdk-overlay-container [role="menuitem"]',
      ),
    )
      .find((item) => item.textContent?.trim() === 'Sign out')
      ?.click();
    http
      .expectOne('/api/auth/logout')
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/');
    expect(live?.textContent?.trim()).toBe('You have signed out.');
    expect(document.activeElement).toBe(element().querySelector('main'));
    expect(
      element().querySelector('header sce-account-menu a')?.textContent?.trim(),
    ).toBe('Sign in');
    http.verify();
  });

  it('shows moderators the way to the moderation dashboard, and their warnings', async () => {
    const moderator: SessionUser = {
      id: '00000000-0000-4000-8000-000000000011',
      email: 'moderator@example.org',
      displayName: 'Pieter de Vries',
      role: 'moderator',
      language: 'en',
      timeZone: 'Europe/Amsterdam',
      organisationId: '00000000-0000-4000-8000-000000000002',
      permissions: ['content.flag', 'moderation.anywhere', 'user.suspend'],
    };
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    const http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(moderator);
    for (const block of await fixture.getDeferBlocks()) {
      await block.render(DeferBlockState.Complete);
    }
    http.expectOne('/api/users/me/warnings').flush([
      {
        id: '00000000-0000-4000-8000-000000000021',
        message: 'Please keep personal details out of public threads.',
        from: { id: '00000000-0000-4000-8000-000000000031', displayName: 'Ingrid Sørensen' },
        createdAt: '2026-11-02T10:00:00.000Z',
        acknowledgedAt: null,
      },
    ]);
    http.expectOne('/api/notifications/unread-count').flush({ unreadCount: 0 });
    await fixture.whenStable();

    const item = element().querySelector('nav [sce-moderation-nav-item]');
    expect(item?.hasAttribute('hidden')).toBe(false);
    expect(item?.querySelector('a')?.getAttribute('href')).toBe('/moderation');
    const notices = element().querySelector('main sce-moderation-notices');
    expect(notices?.textContent).toContain('A warning from the moderator Ingrid Sørensen');
    expect(notices?.querySelector('button')?.textContent?.trim()).toBe('I have read this');
    http.verify();
  });

  it('loads the live connection status once idle', async () => {
    const block = (await fixture.getDeferBlocks()).at(-1);
    await block?.render(DeferBlockState.Complete);
    const region = element().querySelector('sce-connection-status [role="status"]');
    expect(region).not.toBeNull();
    expect(region?.textContent?.trim()).toBe('');
  });
});
