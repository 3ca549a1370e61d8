import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { OwnProfile, SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer, I18nService } from '@sce/web-shared-data-access';
import { settingsRoutes } from '../settings.routes';
import { parseExpertise } from './profile-settings';
import { timeZoneOptions } from './time-zones';

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

const profile: OwnProfile = {
  id: tom.id,
  email: tom.email,
  displayName: tom.displayName,
  bio: 'Digital services at the city of Hull.',
  expertise: ['open data', 'gis'],
  language: 'en',
  timeZone: 'Europe/London',
  role: 'member',
  organisationId: tom.organisationId,
  emailVerifiedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
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

describe('parseExpertise', () => {
  it('trims, lower-cases and drops blanks and repeats', () => {
    expect(parseExpertise(' Open  Data, GIS ,, open data,  ')).toEqual([
      'open data',
      'gis',
    ]);
    expect(parseExpertise('')).toEqual([]);
  });
});

describe('timeZoneOptions', () => {
  it('lists the zones sorted, readable, with the current one and UTC', () => {
    const options = timeZoneOptions('Mars/Olympus_Mons');
    const ids = options.map((option) => option.id);
    expect(ids).toContain('Europe/Amsterdam');
    expect(ids).toContain('UTC');
    expect(ids).toContain('Mars/Olympus_Mons');
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    expect(options.find((o) => o.id === 'Mars/Olympus_Mons')?.label).toBe(
      'Mars/Olympus Mons',
    );
  });
});

describe('ProfileSettings', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let session: SessionStore;

  const element = () => harness.routeNativeElement as HTMLElement;
  function control<T extends HTMLElement = HTMLInputElement>(id: string): T {
    const found = element().querySelector<T>(`#${id}`);
    if (!found) throw new Error(`no #${id}`);
    return found;
  }
  const alertText = () =>
    element().querySelector('[role="alert"]')?.textContent?.trim() ?? '';

  async function set(id: string, value: string): Promise<void> {
    const field = control<HTMLInputElement | HTMLSelectElement>(id);
    field.value = value;
    field.dispatchEvent(
      new Event(field instanceof HTMLSelectElement ? 'change' : 'input'),
    );
    await harness.fixture.whenStable();
  }

  async function submit(): Promise<void> {
    element()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await harness.fixture.whenStable();
  }

  async function open(answer: OwnProfile = profile): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/settings/profile');
    http.expectOne('/api/users/me').flush(answer);
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'settings', children: settingsRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    session.load();
    http.expectOne('/api/auth/me').flush(tom);
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(I18nService).setLanguage('en');
  });

  it('fills the form from the profile, every control labelled and hinted', async () => {
    await open();
    expect(element().querySelector('h1')?.textContent).toBe('Profile');
    for (const id of [
      'profile-displayName',
      'profile-bio',
      'profile-expertise',
      'profile-language',
      'profile-timeZone',
    ]) {
      expect(
        element().querySelector(`label[for="${id}"]`)?.textContent?.trim(),
      ).toBeTruthy();
      expect(control(id).getAttribute('aria-describedby')).toBe(`${id}-hint`);
    }
    expect(control('profile-displayName').value).toBe('Tom Ashworth');
    expect(control<HTMLTextAreaElement>('profile-bio').value).toBe(profile.bio);
    expect(control('profile-expertise').value).toBe('open data, gis');
    expect(control<HTMLSelectElement>('profile-language').value).toBe('en');
    expect(control<HTMLSelectElement>('profile-timeZone').value).toBe(
      'Europe/London',
    );
    const languages = Array.from(
      control<HTMLSelectElement>('profile-language').options,
      (option) => option.textContent?.trim(),
    );
    expect(languages).toEqual(['English', 'Nederlands']);
  });

  it('offers the profile’s own language even when the interface lacks it', async () => {
    await open({ ...profile, language: 'de' });
    const select = control<HTMLSelectElement>('profile-language');
    expect(Array.from(select.options, (o) => o.value)).toEqual([
      'en',
      'nl',
      'de',
    ]);
    expect(select.value).toBe('de');
  });

  it('saves the tidied profile, renames the header and switches the language', async () => {
    await open();
    await set('profile-displayName', '  Tom   A. ');
    await set('profile-bio', ' Open data lead. ');
    await set('profile-expertise', 'Open Data, Mobility, open data');
    await set('profile-language', 'nl');
    await set('profile-timeZone', 'Europe/Amsterdam');
    await submit();
    const request = http.expectOne('/api/users/me');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      displayName: 'Tom A.',
      bio: 'Open data lead.',
      expertise: ['open data', 'mobility'],
      language: 'nl',
      timeZone: 'Europe/Amsterdam',
    });
    request.flush({
      ...profile,
      ...(request.request.body as Partial<OwnProfile>),
    });
    await harness.fixture.whenStable();

    expect(session.user()?.displayName).toBe('Tom A.');
    expect(session.user()?.language).toBe('nl');
    expect(TestBed.inject(I18nService).language()).toBe('nl');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe(
      'settings.profile.saved',
    );
    expect(element().querySelector('h1')?.textContent).toBe('Profiel');
    expect(element().querySelector('.saved')?.textContent).toContain(
      'Uw profiel is opgeslagen.',
    );
    expect(control('profile-expertise').value).toBe('open data, mobility');
  });

  it('checks the fields before sending and focuses the first to fix', async () => {
    await open();
    await set('profile-displayName', 'T');
    await set('profile-bio', 'x'.repeat(2001));
    await set(
      'profile-expertise',
      Array.from({ length: 21 }, (_, i) => `tag ${i}`).join(', '),
    );
    await submit();
    http.expectNone('/api/users/me');
    expect(alertText()).toContain('There is a problem');
    expect(alertText()).toContain(
      'Enter a display name of 2 to 60 characters.',
    );
    expect(alertText()).toContain('at most 2,000 characters');
    expect(alertText()).toContain('at most 20 expertise tags');
    const name = control('profile-displayName');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe(
      'profile-displayName-error profile-displayName-hint',
    );
    expect(document.activeElement).toBe(name);
  });

  it('puts the API’s field errors at the fields', async () => {
    await open();
    await submit();
    http.expectOne('/api/users/me').flush(
      ...problem(400, 'VALIDATION_FAILED', 'The request is not valid.', [
        {
          field: 'body.expertise.3',
          message: 'must be at most 40 characters long',
        },
        { field: 'body.timeZone', message: 'must be an IANA time zone' },
      ]),
    );
    await harness.fixture.whenStable();
    expect(control('profile-expertise').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(control('profile-timeZone').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(control('profile-displayName').hasAttribute('aria-invalid')).toBe(
      false,
    );
    expect(alertText()).toContain('Choose a time zone from the list.');
    expect(document.activeElement).toBe(control('profile-expertise'));
    expect(session.user()?.displayName).toBe('Tom Ashworth');
  });

  it('shows other problems and network failures in the summary', async () => {
    await open();
    await submit();
    http.expectOne('/api/users/me').error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(alertText()).toContain('Saving your profile failed.');
    await submit();
    http
      .expectOne('/api/users/me')
      .flush(...problem(503, 'UNAVAILABLE', 'Try again later.'));
    await harness.fixture.whenStable();
    expect(alertText()).toContain('Try again later.');
  });

  it('offers to try again when the profile cannot be loaded', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/settings/profile');
    http.expectOne('/api/users/me').error(new ProgressEvent('error'));
    await harness.fixture.whenStable();
    expect(alertText()).toContain('could not be loaded');
    element()
      .querySelector<HTMLButtonElement>('[role="alert"] button')
      ?.click();
    await harness.fixture.whenStable();
    http.expectOne('/api/users/me').flush(profile);
    await harness.fixture.whenStable();
    expect(control('profile-displayName').value).toBe('Tom Ashworth');
  });
});
