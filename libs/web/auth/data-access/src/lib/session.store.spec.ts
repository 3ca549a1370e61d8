import {
  HttpClient,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Permission, type SessionUser } from '@sce/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { sessionRefreshInterceptor } from './session-refresh.interceptor';
import { SESSION_HINT_STORAGE_KEY, SessionStore } from './session.store';

const tom: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'member@example.org',
  displayName: 'Tom Ashworth',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/London',
  organisationId: '00000000-0000-4000-8000-000000000002',
  permissions: [Permission.ReadMembersOnly, Permission.CreateContent],
};

function problem(status: number, code: string, detail = code) {
  return {
    body: { type: 'about:blank', title: code, status, detail, code },
    options: { status, statusText: code },
  };
}

function fail(request: TestRequest, status: number, code: string): void {
  const { body, options } = problem(status, code);
  request.flush(body, options);
}

function setXsrfCookie(): void {
  document.cookie = 'XSRF-TOKEN=token-from-the-api; path=/';
}

function clearXsrfCookie(): void {
  document.cookie =
    'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
}

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    setXsrfCookie();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionRefreshInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    clearXsrfCookie();
  });

  it('starts unknown and signed out', () => {
    expect(store.status()).toBe('unknown');
    expect(store.user()).toBeNull();
    expect(store.signedIn()).toBe(false);
    expect(store.hasPermission(Permission.CreateContent)).toBe(false);
  });

  describe('load()', () => {
    it('asks nobody when this browser never signed in', () => {
      store.load();
      http.expectNone('/api/auth/me');
      expect(store.status()).toBe('signed-out');
    });

    it('loads the signed-in person from GET /api/auth/me', () => {
      localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
      store.load();
      const request = http.expectOne('/api/auth/me');
      expect(request.request.method).toBe('GET');
      request.flush(tom);

      expect(store.status()).toBe('signed-in');
      expect(store.user()?.displayName).toBe('Tom Ashworth');
      expect(store.signedIn()).toBe(true);
      expect(store.hasPermission(Permission.CreateContent)).toBe(true);
      expect(store.hasPermission(Permission.ModerateAnywhere)).toBe(false);
    });

    it('renews the session once when the access cookie has gone, then signs out if that fails', () => {
      localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
      store.load();
      fail(http.expectOne('/api/auth/me'), 401, 'UNAUTHENTICATED');
      fail(http.expectOne('/api/auth/refresh'), 401, 'UNAUTHENTICATED');

      expect(store.status()).toBe('signed-out');
      expect(localStorage.getItem(SESSION_HINT_STORAGE_KEY)).toBeNull();
    });

    it('is signed in when the renewal works', () => {
      localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
      store.load();
      fail(http.expectOne('/api/auth/me'), 401, 'UNAUTHENTICATED');
      http.expectOne('/api/auth/refresh').flush(tom);
      expect(store.user()?.email).toBe('member@example.org');
    });

    it('keeps the hint after a network failure so the next visit asks again', () => {
      localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
      store.load();
      http.expectOne('/api/auth/me').error(new ProgressEvent('error'));
      expect(store.status()).toBe('signed-out');
      expect(localStorage.getItem(SESSION_HINT_STORAGE_KEY)).toBe('1');
    });
  });

  describe('login()', () => {
    it('posts the credentials with the XSRF header and keeps the user', async () => {
      const result = firstValueFrom(store.login('member@example.org', 'pw'));
      const request = http.expectOne('/api/auth/login');
      expect(request.request.method).toBe('POST');
      expect(request.request.headers.get('X-XSRF-TOKEN')).toBe(
        'token-from-the-api',
      );
      expect(request.request.body).toEqual({
        email: 'member@example.org',
        password: 'pw',
      });
      request.flush(tom);

      expect(await result).toEqual(tom);
      expect(store.status()).toBe('signed-in');
      expect(store.user()?.displayName).toBe('Tom Ashworth');
      expect(localStorage.getItem(SESSION_HINT_STORAGE_KEY)).toBe('1');
    });

    it('fetches the XSRF cookie first when there is none yet', async () => {
      clearXsrfCookie();
      const result = firstValueFrom(store.login('member@example.org', 'pw'));
      http.expectNone('/api/auth/login');
      const csrf = http.expectOne('/api/auth/csrf');
      expect(csrf.request.method).toBe('GET');
      setXsrfCookie();
      csrf.flush({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' });
      http.expectOne('/api/auth/login').flush(tom);
      expect(await result).toEqual(tom);
    });

    it('passes the API error on and stays signed out', async () => {
      store.setSignedOut();
      const result = firstValueFrom(store.login('member@example.org', 'bad'));
      fail(http.expectOne('/api/auth/login'), 401, 'INVALID_CREDENTIALS');

      await expect(result).rejects.toMatchObject({
        status: 401,
        error: { code: 'INVALID_CREDENTIALS' },
      });
      expect(store.status()).toBe('signed-out');
      expect(store.user()).toBeNull();
      // INVALID_CREDENTIALS is not SESSION_EXPIRED: no refresh.
      http.expectNone('/api/auth/refresh');
    });
  });

  describe('logout()', () => {
    async function signIn(): Promise<void> {
      const result = firstValueFrom(store.login('member@example.org', 'pw'));
      http.expectOne('/api/auth/login').flush(tom);
      await result;
    }

    it('ends the session and forgets the user', async () => {
      await signIn();
      const result = firstValueFrom(store.logout(), {
        defaultValue: undefined,
      });
      const request = http.expectOne('/api/auth/logout');
      expect(request.request.method).toBe('POST');
      request.flush(null, { status: 204, statusText: 'No Content' });
      await result;

      expect(store.status()).toBe('signed-out');
      expect(store.user()).toBeNull();
      expect(localStorage.getItem(SESSION_HINT_STORAGE_KEY)).toBeNull();
    });

    it('stays signed in when signing out fails for another reason than 401', async () => {
      await signIn();
      const result = firstValueFrom(store.logout(), {
        defaultValue: undefined,
      });
      http.expectOne('/api/auth/logout').error(new ProgressEvent('error'));
      await expect(result).rejects.toBeDefined();
      expect(store.signedIn()).toBe(true);
    });
  });

  describe('updateUser()', () => {
    it('changes the signed-in person in place', () => {
      localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
      store.load();
      http.expectOne('/api/auth/me').flush(tom);
      store.updateUser({ displayName: 'Tom A.', language: 'nl' });
      expect(store.user()).toEqual({
        ...tom,
        displayName: 'Tom A.',
        language: 'nl',
      });
      expect(store.status()).toBe('signed-in');
    });

    it('does nothing when signed out', () => {
      store.load();
      store.updateUser({ displayName: 'Nobody' });
      expect(store.user()).toBeNull();
      expect(store.status()).toBe('signed-out');
    });
  });

  describe('refresh on SESSION_EXPIRED', () => {
    let client: HttpClient;

    beforeEach(() => {
      client = TestBed.inject(HttpClient);
    });

    it('renews the session once and repeats the request', async () => {
      const result = firstValueFrom(client.get('/api/communities'));
      fail(http.expectOne('/api/communities'), 401, 'SESSION_EXPIRED');
      const refresh = http.expectOne('/api/auth/refresh');
      expect(refresh.request.method).toBe('POST');
      refresh.flush(tom);
      http.expectOne('/api/communities').flush({ items: [] });

      expect(await result).toEqual({ items: [] });
      expect(store.user()?.displayName).toBe('Tom Ashworth');
    });

    it('does not loop when the repeated request expires again', async () => {
      const result = firstValueFrom(client.get('/api/communities'));
      fail(http.expectOne('/api/communities'), 401, 'SESSION_EXPIRED');
      http.expectOne('/api/auth/refresh').flush(tom);
      fail(http.expectOne('/api/communities'), 401, 'SESSION_EXPIRED');

      await expect(result).rejects.toMatchObject({ status: 401 });
      http.expectNone('/api/auth/refresh');
    });

    it('signs out and passes the original error on when the renewal fails', async () => {
      localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
      const result = firstValueFrom(client.get('/api/communities'));
      fail(http.expectOne('/api/communities'), 401, 'SESSION_EXPIRED');
      fail(http.expectOne('/api/auth/refresh'), 401, 'UNAUTHENTICATED');

      await expect(result).rejects.toMatchObject({
        status: 401,
        error: { code: 'SESSION_EXPIRED' },
      });
      expect(store.status()).toBe('signed-out');
      expect(localStorage.getItem(SESSION_HINT_STORAGE_KEY)).toBeNull();
      http.expectNone('/api/communities');
    });

    it('shares one renewal between requests that expire together', async () => {
      const first = firstValueFrom(client.get('/api/a'));
      const second = firstValueFrom(client.get('/api/b'));
      fail(http.expectOne('/api/a'), 401, 'SESSION_EXPIRED');
      fail(http.expectOne('/api/b'), 401, 'SESSION_EXPIRED');
      http.expectOne('/api/auth/refresh').flush(tom);
      http.expectOne('/api/a').flush('a');
      http.expectOne('/api/b').flush('b');
      expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    });

    it('never refreshes for the refresh call itself, and ignores other 401s', async () => {
      const refresh = firstValueFrom(store.refresh());
      fail(http.expectOne('/api/auth/refresh'), 401, 'SESSION_EXPIRED');
      await expect(refresh).rejects.toMatchObject({ status: 401 });
      http.expectNone('/api/auth/refresh');

      const other = firstValueFrom(client.get('/api/communities'));
      fail(http.expectOne('/api/communities'), 401, 'UNAUTHENTICATED');
      await expect(other).rejects.toMatchObject({ status: 401 });
      http.expectNone('/api/auth/refresh');
    });
  });
});
