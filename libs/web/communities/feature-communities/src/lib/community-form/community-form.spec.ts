import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { communitiesRoutes } from '../communities.routes';
import { aCommunity, admin, erik } from '../testing.spec-helper';
import { communityRequest, invalidCommunityFields } from './community-form';

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('communityRequest', () => {
  it('tidies the form the way the API stores it', () => {
    const request = communityRequest({
      name: '  Smart   Mobility ',
      slug: ' Smart-Mobility ',
      description: ' Cars. ',
      visibility: 'members',
      joinPolicy: 'request',
    });
    expect(request).toEqual({
      name: 'Smart Mobility',
      slug: 'smart-mobility',
      description: 'Cars.',
      visibility: 'members',
      joinPolicy: 'request',
    });
    expect(invalidCommunityFields(request, false)).toEqual({});
    expect(invalidCommunityFields({ ...request, slug: 'new' }, false)).toEqual({
      slug: 'communities.form.error.slug',
    });
    expect(invalidCommunityFields({ ...request, slug: undefined }, true)).toEqual({
      slug: 'communities.form.error.slug',
    });
  });
});

describe('CommunityForm', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  const field = <T extends HTMLElement = HTMLInputElement>(id: string) =>
    main().querySelector<T>(`#${id}`) as T;

  async function set(id: string, value: string): Promise<void> {
    const control = field<HTMLInputElement | HTMLTextAreaElement>(id);
    control.value = value;
    control.dispatchEvent(new Event('input'));
    await stable();
  }

  async function open(user: SessionUser, url: string): Promise<void> {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await stable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'communities', children: communitiesRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('tells people without the permission that only administrators may do this', async () => {
    await open(erik, '/communities/new');
    expect(main().querySelector('h1')?.textContent).toBe('Not allowed');
    expect(main().querySelector('form')).toBeNull();
  });

  it('creates a community and opens it', async () => {
    await open(admin, '/communities/new');
    expect(main().querySelector('h1')?.textContent).toBe('New community');
    main().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
    expect(field('community-name').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('community-name'));

    await set('community-name', 'Smart Mobility');
    main().querySelector<HTMLInputElement>('input[value="members"]')?.click();
    main().querySelector<HTMLInputElement>('input[value="request"]')?.click();
    await stable();
    main().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const request = http.expectOne('/api/communities');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: 'Smart Mobility',
      description: '',
      visibility: 'members',
      joinPolicy: 'request',
    });
    request.flush(aCommunity({ slug: 'smart-mobility', name: 'Smart Mobility' }));
    await tick();
    http.expectOne('/api/communities/smart-mobility').flush(aCommunity({ slug: 'smart-mobility' }));
    await stable();
    expect(TestBed.inject(Router).url).toBe('/communities/smart-mobility');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('communities.form.created');
    http.match(() => true).forEach((r) => r.flush({ items: [], nextCursor: null }));
  });

  it('edits a community and shows a taken address at the field', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(admin);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/communities/open-data/edit');
    // The guard waits for the session first: the community is asked for a few ticks later.
    let detail = http.match('/api/communities/open-data');
    for (let i = 0; i < 10 && detail.length === 0; i++) {
      await tick();
      detail = http.match('/api/communities/open-data');
    }
    detail[0]?.flush(aCommunity());
    await navigation;
    await stable();
    expect(main().querySelector('h1')?.textContent).toBe('Edit Open Data & Interoperability');
    expect(field('community-name').value).toBe('Open Data & Interoperability');
    expect(field('community-slug').value).toBe('open-data');

    await set('community-slug', 'digital-identity');
    main().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    const request = http.expectOne('/api/communities/open-data');
    expect(request.request.method).toBe('PATCH');
    request.flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: 'Another community already uses the address.',
        code: 'SLUG_TAKEN',
        errors: [{ field: 'body.slug', message: 'is already used by another community' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(main().querySelector('#community-slug-error')?.textContent).toBe(
      'Another community already uses this address. Choose another.',
    );
    expect(document.activeElement).toBe(field('community-slug'));
  });
});
