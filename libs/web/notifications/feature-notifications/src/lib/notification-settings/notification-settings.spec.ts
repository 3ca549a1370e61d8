import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { NotificationSettings } from '@sce/shared-contracts';
import { Announcer } from '@sce/web-shared-data-access';
import { signIn, tick } from '../testing.spec-helper';
import { NotificationSettingsPage } from './notification-settings';

const url = '/api/users/me/notification-settings';
const jonas = { id: '55555555-5555-4555-8555-555555555555', displayName: 'Jonas Weber' };

function someSettings(overrides: Partial<NotificationSettings> = {}): NotificationSettings {
  return {
    autoWatchStarted: true,
    autoWatchReplied: true,
    email: {
      reply: 'never',
      mention: 'never',
      'watched-thread': 'never',
      'watched-community': 'never',
      'event-changed': 'never',
      'event-cancelled': 'never',
      'event-reminder': 'never',
      'waitlist-promoted': 'never',
      moderation: 'never',
      'practice-transfer': 'never',
      'practice-evaluation': 'never',
    },
    mutedUsers: [jonas],
    ...overrides,
  };
}

describe('NotificationSettingsPage', () => {
  let fixture: ComponentFixture<NotificationSettingsPage>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const select = (type: string) =>
    element().querySelector<HTMLSelectElement>(`#notification-email-${type}`) as HTMLSelectElement;
  const submit = () =>
    element().querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement;

  beforeEach(async () => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(http);
    fixture = TestBed.createComponent(NotificationSettingsPage);
    document.body.appendChild(fixture.nativeElement);
    await stable();
  });

  afterEach(() => {
    http.verify();
    fixture.nativeElement.remove();
  });

  it('offers mail per kind in labelled selects, grouped, and says mails are off until chosen', async () => {
    expect(element().querySelector('[role="status"]')?.textContent).toContain('Loading');
    http.expectOne(url).flush(someSettings({ email: { ...someSettings().email, mention: 'daily' } }));
    await stable();
    const legends = Array.from(element().querySelectorAll('fieldset legend')).map((l) =>
      l.textContent?.trim(),
    );
    expect(legends).toEqual([
      'Discussions',
      'Events',
      'Practices',
      'Moderation',
      'Watching automatically',
    ]);
    expect(element().querySelector('label[for="notification-email-reply"]')?.textContent?.trim()).toBe(
      'Replies to you',
    );
    expect(Array.from(select('reply').options).map((o) => o.textContent?.trim())).toEqual([
      'Immediately',
      'In the daily digest',
      'Never',
    ]);
    expect(select('reply').value).toBe('never');
    expect(select('mention').value).toBe('daily');
    expect(element().textContent).toContain('Mails are off until you choose');
    expect(element().textContent).not.toContain('You receive no notification mails now.');
    select('mention').value = 'never';
    select('mention').dispatchEvent(new Event('change'));
    await stable();
    expect(element().textContent).toContain('You receive no notification mails now.');
  });

  it('saves every choice at once, and says so', async () => {
    http.expectOne(url).flush(someSettings());
    await stable();
    select('reply').value = 'immediately';
    select('reply').dispatchEvent(new Event('change'));
    const replied = element().querySelector<HTMLInputElement>('#notification-watch-replied');
    expect(replied?.checked).toBe(true);
    replied?.click();
    await stable();
    submit().click();
    await stable();
    const request = http.expectOne(url);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      email: { ...someSettings().email, reply: 'immediately' },
      autoWatchStarted: true,
      autoWatchReplied: false,
      mutedUserIds: [jonas.id],
    });
    request.flush(
      someSettings({ autoWatchReplied: false, email: { ...someSettings().email, reply: 'immediately' } }),
    );
    await stable();
    expect(element().querySelector('.saved')?.textContent?.trim()).toBe(
      'Your notification settings have been saved.',
    );
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('notifications.settings.saved');
  });

  it('mutes and unmutes people', async () => {
    http.expectOne(url).flush(someSettings());
    await stable();
    const list = element().querySelector('ul[aria-label="People you muted"]');
    expect(list?.textContent).toContain('Jonas Weber');
    const unmute = list?.querySelector('button');
    expect(unmute?.getAttribute('aria-label')).toBe('Unmute Jonas Weber');
    unmute?.click();
    await stable();
    expect(element().textContent).toContain('You have not muted anyone.');
    expect(document.activeElement?.id).toBe('notification-muted-add');

    // The shared person picker finds someone to mute.
    jest.useFakeTimers();
    const field = element().querySelector<HTMLInputElement>('#notification-muted-add') as HTMLInputElement;
    field.value = 'Lar';
    field.dispatchEvent(new Event('input'));
    jest.advanceTimersByTime(250);
    jest.useRealTimers();
    http.expectOne((r) => r.url === '/api/users').flush([
      {
        id: '66666666-6666-4666-8666-666666666666',
        displayName: 'Lars Holm',
        organisationId: '77777777-7777-4777-8777-777777777777',
        organisationName: 'Bremen',
      },
    ]);
    await stable();
    element().querySelector<HTMLElement>('[role="option"]')?.dispatchEvent(
      new MouseEvent('mousedown', { bubbles: true }),
    );
    element().querySelector<HTMLElement>('[role="option"]')?.click();
    await tick();
    await stable();
    expect(element().querySelector('ul[aria-label="People you muted"]')?.textContent).toContain(
      'Lars Holm',
    );

    submit().click();
    const request = http.expectOne(url);
    expect(request.request.body.mutedUserIds).toEqual(['66666666-6666-4666-8666-666666666666']);
    request.flush(someSettings({ mutedUsers: [] }));
  });

  it('says when saving failed', async () => {
    http.expectOne(url).flush(someSettings());
    await stable();
    submit().click();
    http.expectOne(url).error(new ProgressEvent('error'));
    await stable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'could not be saved',
    );
  });
});
