import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  AccessToken,
  CreatedAccessToken,
  SessionUser,
} from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { settingsRoutes } from '../settings.routes';

const tom: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'member@example.org',
  displayName: 'Tom Ashworth',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/London',
  organisationId: '00000000-0000-4000-8000-000000000002',
  permissions: ['account.access-tokens'],
};

const ci: AccessToken = {
  id: '00000000-0000-4000-8000-0000000000c1',
  name: 'CI pipeline',
  prefix: 'sce_pat_AbC123',
  createdAt: '2026-03-05T12:00:00.000Z',
  expiresAt: null,
  lastUsedAt: '2026-03-06T12:00:00.000Z',
};
const old: AccessToken = {
  id: '00000000-0000-4000-8000-0000000000c2',
  name: 'Old export',
  prefix: 'sce_pat_XyZ789',
  createdAt: '2025-01-01T12:00:00.000Z',
  expiresAt: '2025-02-01T12:00:00.000Z',
  lastUsedAt: null,
};
const created: CreatedAccessToken = {
  id: '00000000-0000-4000-8000-0000000000c3',
  name: 'Open data sync',
  prefix: 'sce_pat_NeW456',
  createdAt: '2026-04-01T12:00:00.000Z',
  expiresAt: '2026-05-01T12:00:00.000Z',
  lastUsedAt: null,
  token: 'sce_pat_NeW456-the-whole-secret',
};

function problem(
  status: number,
  code: string,
  detail: string,
  errors?: unknown,
) {
  return [
    { type: 'about:blank', title: code, status, detail, code, errors },
    { status, statusText: code },
  ] as const;
}

describe('AccessTokens', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let writeText: jest.Mock<Promise<void>, [string]>;

  const element = () => harness.routeNativeElement as HTMLElement;
  function control<T extends HTMLElement = HTMLInputElement>(id: string): T {
    const found = element().querySelector<T>(`#${id}`);
    if (!found) throw new Error(`no #${id}`);
    return found;
  }
  const items = () => Array.from(element().querySelectorAll('.token'));
  const itemNames = () =>
    items().map((item) => item.querySelector('h3')?.textContent?.trim());
  const dialog = () =>
    document.querySelector<HTMLElement>(
      '.cdk-overlay-container [role="alertdialog"]',
    );
  function button(within: ParentNode, text: string): HTMLButtonElement {
    const found = Array.from(
      within.querySelectorAll<HTMLButtonElement>('button'),
    ).find((candidate) => candidate.textContent?.trim().startsWith(text));
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  }
  const announced = () => TestBed.inject(Announcer).announcement();

  async function stable(): Promise<void> {
    await harness.fixture.whenStable();
  }

  async function set(id: string, value: string): Promise<void> {
    const field = control<HTMLInputElement | HTMLSelectElement>(id);
    field.value = value;
    field.dispatchEvent(
      new Event(field instanceof HTMLSelectElement ? 'change' : 'input'),
    );
    await stable();
  }

  async function open(tokens: AccessToken[] = [ci, old]): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/settings/tokens');
    http.expectOne('/api/users/me/tokens').flush(tokens);
    await stable();
  }

  async function createToken(): Promise<void> {
    await set('token-name', '  Open data sync ');
    element()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await stable();
  }

  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    document.cookie = 'XSRF-TOKEN=t; path=/';
    writeText = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText },
    });
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'settings', children: settingsRoutes }],
          withComponentInputBinding(),
        ),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(tom);
  });

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  it('lists the live tokens with what is known about them', async () => {
    await open();
    expect(element().querySelector('h1')?.textContent).toBe('Access tokens');
    expect(itemNames()).toEqual(['CI pipeline', 'Old export']);
    const [first, second] = items();
    expect(first.textContent).toContain('sce_pat_AbC123…');
    expect(first.textContent).toContain('5 Mar 2026');
    expect(first.textContent).toContain('Never');
    expect(second.textContent).toContain('Expired on 1 Feb 2025');
    expect(second.textContent).toContain('Not used yet');
    expect(
      button(second, 'Revoke').textContent?.replace(/\s+/g, ' ').trim(),
    ).toBe('Revoke “Old export”');
    expect(
      element().querySelector('label[for="token-name"]')?.textContent?.trim(),
    ).toBe('Name');
    expect(control<HTMLSelectElement>('token-expiresInDays').value).toBe('30');
  });

  it('says when there are none', async () => {
    await open([]);
    expect(element().textContent).toContain('You have no access tokens.');
  });

  it('creates a token, shows its secret once in a focused panel, and copies it', async () => {
    await open();
    await set('token-expiresInDays', '90');
    await createToken();
    const request = http.expectOne('/api/users/me/tokens');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: 'Open data sync',
      expiresInDays: 90,
    });
    request.flush(created, { status: 201, statusText: 'Created' });
    await stable();

    const panel = element().querySelector<HTMLElement>('.secret');
    expect(document.activeElement).toBe(panel);
    expect(panel?.getAttribute('role')).toBe('region');
    expect(panel?.textContent).toContain(
      'Copy your new token “Open data sync” now',
    );
    expect(panel?.textContent).toContain(
      'This is the only time the token is shown.',
    );
    const secret = control('token-secret');
    expect(secret.value).toBe(created.token);
    expect(secret.readOnly).toBe(true);
    expect(secret.getAttribute('aria-describedby')).toBe(
      'token-secret-warning',
    );
    expect(itemNames()).toEqual([
      'Open data sync',
      'CI pipeline',
      'Old export',
    ]);
    expect(control('token-name').value).toBe('');
    expect(control<HTMLSelectElement>('token-expiresInDays').value).toBe('30');

    button(panel as HTMLElement, 'Copy token').click();
    await stable();
    expect(writeText).toHaveBeenCalledWith(created.token);
    expect(button(panel as HTMLElement, 'Copied')).toBeTruthy();
    expect(announced()?.key).toBe('settings.tokens.secret.copied');

    button(panel as HTMLElement, 'I have stored it').click();
    await stable();
    expect(element().querySelector('.secret')).toBeNull();
    expect(element().textContent).not.toContain(created.token);
    expect(document.activeElement?.id).toBe('token-list-heading');
  });

  it('sends no expiry for a token that never expires', async () => {
    await open();
    await set('token-expiresInDays', 'never');
    await createToken();
    const request = http.expectOne('/api/users/me/tokens');
    expect(request.request.body).toEqual({ name: 'Open data sync' });
    request.flush({ ...created, expiresAt: null });
    await stable();
  });

  it('selects the secret and says how to copy it when the clipboard refuses', async () => {
    await open();
    await createToken();
    http.expectOne('/api/users/me/tokens').flush(created);
    await stable();
    writeText.mockReturnValueOnce(Promise.reject(new Error('denied')));
    const secret = control('token-secret');
    const select = jest.spyOn(secret, 'select');
    button(element(), 'Copy token').click();
    await stable();
    expect(select).toHaveBeenCalled();
    expect(element().querySelector('.secret')?.textContent).toContain(
      'Copying failed.',
    );
    expect(announced()?.key).toBe('settings.tokens.secret.copyFailed');
  });

  it('needs a name, and shows the API’s limit in the summary', async () => {
    await open();
    element()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await stable();
    http.expectNone((request) => request.method === 'POST');
    const name = control('token-name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe(
      'token-name-error token-name-hint',
    );
    expect(document.activeElement).toBe(name);

    await createToken();
    http
      .expectOne('/api/users/me/tokens')
      .flush(
        ...problem(
          409,
          'CONFLICT',
          'You already have 20 access tokens: revoke one first.',
        ),
      );
    await stable();
    expect(
      element().querySelector('sce-problem-summary [role="alert"]')
        ?.textContent,
    ).toContain('You have 20 access tokens, the most you can have.');
    expect(element().querySelector('.secret')).toBeNull();
  });

  it('asks before revoking, and does nothing on cancel', async () => {
    await open();
    button(items()[0], 'Revoke').click();
    await stable();
    const asked = dialog();
    expect(asked?.textContent).toContain('Revoke “CI pipeline”?');
    expect(asked?.getAttribute('aria-describedby')).toBe(
      'revoke-token-description',
    );
    expect(document.activeElement?.textContent?.trim()).toBe('Cancel');
    button(asked as HTMLElement, 'Cancel').click();
    await stable();
    http.expectNone((request) => request.method === 'DELETE');
    expect(itemNames()).toEqual(['CI pipeline', 'Old export']);
  });

  it('revokes after confirmation, removes the row and announces it', async () => {
    await open();
    button(items()[0], 'Revoke').click();
    await stable();
    button(dialog() as HTMLElement, 'Revoke token').click();
    await stable();
    const request = http.expectOne(`/api/users/me/tokens/${ci.id}`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    expect(itemNames()).toEqual(['Old export']);
    expect(announced()?.key).toBe('settings.tokens.revoked');
    expect(announced()?.params).toEqual({ name: 'CI pipeline' });
    expect(document.activeElement?.id).toBe('token-list-heading');
  });

  it('keeps the row and says so when revoking fails', async () => {
    await open();
    button(items()[1], 'Revoke').click();
    await stable();
    button(dialog() as HTMLElement, 'Revoke token').click();
    await stable();
    http
      .expectOne(`/api/users/me/tokens/${old.id}`)
      .error(new ProgressEvent('error'));
    await stable();
    expect(itemNames()).toEqual(['CI pipeline', 'Old export']);
    expect(element().querySelector('.list-problem')?.textContent).toContain(
      'Revoking “Old export” failed.',
    );
  });

  it('treats a token that is already gone as revoked', async () => {
    await open();
    button(items()[1], 'Revoke').click();
    await stable();
    button(dialog() as HTMLElement, 'Revoke token').click();
    await stable();
    http
      .expectOne(`/api/users/me/tokens/${old.id}`)
      .flush(...problem(404, 'NOT_FOUND', 'The access token was not found.'));
    await stable();
    expect(itemNames()).toEqual(['CI pipeline']);
  });
});
