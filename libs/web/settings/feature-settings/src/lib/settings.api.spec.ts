import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { SettingsApi } from './settings.api';

const tokenId = '00000000-0000-4000-8000-0000000000aa';

describe('SettingsApi', () => {
  let api: SettingsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(SettingsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('reads and patches the own profile', async () => {
    const read = firstValueFrom(api.profile());
    const get = http.expectOne('/api/users/me');
    expect(get.request.method).toBe('GET');
    get.flush({ displayName: 'Tom' });
    await expect(read).resolves.toEqual({ displayName: 'Tom' });

    const patched = firstValueFrom(api.updateProfile({ bio: 'Hi' }));
    const patch = http.expectOne('/api/users/me');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ bio: 'Hi' });
    patch.flush({ bio: 'Hi' });
    await expect(patched).resolves.toEqual({ bio: 'Hi' });
  });

  it('changes the password and the email address', async () => {
    const password = firstValueFrom(
      api.changePassword({ currentPassword: 'a', newPassword: 'b' }),
    );
    const passwordRequest = http.expectOne('/api/users/me/password');
    expect(passwordRequest.request.method).toBe('POST');
    expect(passwordRequest.request.body).toEqual({
      currentPassword: 'a',
      newPassword: 'b',
    });
    passwordRequest.flush({ displayName: 'Tom' });
    await expect(password).resolves.toEqual({ displayName: 'Tom' });

    const email = firstValueFrom(
      api.changeEmail({ currentPassword: 'a', newEmail: 'new@example.org' }),
    );
    const emailRequest = http.expectOne('/api/users/me/email');
    expect(emailRequest.request.body).toEqual({
      currentPassword: 'a',
      newEmail: 'new@example.org',
    });
    emailRequest.flush(
      { message: 'Sent.' },
      { status: 202, statusText: 'Accepted' },
    );
    await expect(email).resolves.toEqual({ message: 'Sent.' });
  });

  it('confirms a new address with the mailed token', async () => {
    const done = firstValueFrom(api.confirmEmail('x'.repeat(43)));
    const request = http.expectOne('/api/users/email/confirm');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ token: 'x'.repeat(43) });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await expect(done).resolves.toBeUndefined();
  });

  it('lists, creates and revokes access tokens', async () => {
    const list = firstValueFrom(api.accessTokens());
    http.expectOne('/api/users/me/tokens').flush([]);
    await expect(list).resolves.toEqual([]);

    const created = firstValueFrom(
      api.createAccessToken({ name: 'Sync', expiresInDays: 30 }),
    );
    const create = http.expectOne('/api/users/me/tokens');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({ name: 'Sync', expiresInDays: 30 });
    create.flush({ id: tokenId, token: 'sce_pat_secret' });
    await expect(created).resolves.toEqual({
      id: tokenId,
      token: 'sce_pat_secret',
    });

    const revoked = firstValueFrom(api.revokeAccessToken(tokenId));
    const revoke = http.expectOne(`/api/users/me/tokens/${tokenId}`);
    expect(revoke.request.method).toBe('DELETE');
    revoke.flush(null, { status: 204, statusText: 'No Content' });
    await expect(revoked).resolves.toBeUndefined();
  });

  it('fetches the CSRF cookie first when there is none yet', async () => {
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    const done = firstValueFrom(api.confirmEmail('x'.repeat(43)));
    http.expectNone('/api/users/email/confirm');
    http.expectOne('/api/auth/csrf').flush(null);
    http
      .expectOne('/api/users/email/confirm')
      .flush(null, { status: 204, statusText: 'No Content' });
    await expect(done).resolves.toBeUndefined();
  });
});
