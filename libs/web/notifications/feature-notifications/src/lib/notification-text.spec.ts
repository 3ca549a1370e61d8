import { TestBed } from '@angular/core/testing';
import { I18nService } from '@sce/web-shared-data-access';
import {
  formatWhen,
  notificationDetail,
  notificationText,
  safeLink,
  whoPhrase,
} from './notification-text';
import { aNotification } from './testing.spec-helper';

const person = (name: string, n: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  displayName: name,
});
const anna = person('Anna Berg', 1);
const lars = person('Lars Holm', 2);
const mia = person('Mia Vos', 3);

describe('notification texts', () => {
  let i18n: I18nService;

  beforeEach(async () => {
    i18n = TestBed.inject(I18nService);
    await i18n.setLanguage('en');
  });

  afterEach(async () => {
    await i18n.setLanguage('en');
  });

  it('names who did it, grouped', () => {
    expect(whoPhrase(i18n, { actors: [], count: 1 })).toBe('Someone');
    expect(whoPhrase(i18n, { actors: [anna], count: 3 })).toBe('Anna Berg');
    expect(whoPhrase(i18n, { actors: [anna, lars], count: 5 })).toBe('Anna Berg and Lars Holm');
    expect(whoPhrase(i18n, { actors: [anna, lars, mia], count: 3 })).toBe(
      'Anna Berg and 2 others',
    );
    // Three names kept, more notifications: there may be more people.
    expect(whoPhrase(i18n, { actors: [anna, lars, mia], count: 7 })).toBe(
      'Anna Berg and others',
    );
  });

  it('says what happened, per kind', () => {
    const text = (overrides: Parameters<typeof aNotification>[1]) =>
      notificationText(i18n, aNotification(1, overrides));
    expect(text({ actors: [anna, lars, mia], count: 3 })).toBe(
      'Anna Berg and 2 others replied to you in “Which licence?”',
    );
    expect(text({ type: 'mention' })).toBe('Anna Berg mentioned you in “Which licence?”');
    expect(text({ type: 'watched-thread' })).toBe('Anna Berg posted in “Which licence?”');
    expect(text({ type: 'watched-community', postId: null, count: 2, actors: [anna, lars] })).toBe(
      'Anna Berg and Lars Holm started 2 new threads in Open Data',
    );
    expect(text({ type: 'watched-community', postId: null })).toBe(
      'Anna Berg started “Which licence?” in Open Data',
    );
    const event = { id: 'e', title: 'Study visit', startsAt: '2026-11-05T09:00:00.000Z' };
    expect(text({ type: 'event-cancelled', event })).toBe('“Study visit” was cancelled');
    expect(text({ type: 'event-reminder', event })).toMatch(/^“Study visit” starts soon: 5 Nov 2026/);
    expect(text({ type: 'waitlist-promoted', event })).toBe(
      'A place came free: you are now going to “Study visit”',
    );
    expect(text({ type: 'moderation', details: { kind: 'post-hidden', reason: 'Off topic' } })).toBe(
      'A moderator hid your post in “Which licence?”',
    );
    expect(text({ type: 'moderation', details: { kind: 'warning', reason: null } })).toBe(
      'A moderator sent you a warning',
    );
    const practice = { id: 'p', title: 'Shared gateway' };
    expect(
      text({ type: 'practice-transfer', practice, details: { stage: 'adopted', organisation: 'Bremen' } }),
    ).toBe('Bremen has adopted your practice “Shared gateway”');
    expect(text({ type: 'practice-transfer', practice, details: {} })).toBe(
      'Another organisation is transferring your practice “Shared gateway”',
    );
    expect(text({ type: 'practice-evaluation', practice })).toBe(
      'Anna Berg evaluated your practice “Shared gateway”',
    );
  });

  it('gives a moderator’s reason as a second line', () => {
    expect(
      notificationDetail(
        i18n,
        aNotification(1, { type: 'moderation', details: { kind: 'post-hidden', reason: 'Off topic' } }),
      ),
    ).toBe('Reason: Off topic');
    expect(notificationDetail(i18n, aNotification(1))).toBeNull();
  });

  it('is translated', async () => {
    await i18n.setLanguage('nl');
    expect(notificationText(i18n, aNotification(1, { actors: [anna, lars], count: 2 }))).toBe(
      'Anna Berg en Lars Holm reageerden op u in “Which licence?”',
    );
    expect(notificationText(i18n, aNotification(1))).toBe(
      'Anna Berg reageerde op u in “Which licence?”',
    );
  });

  it('says when, relative to now within a week', () => {
    const now = Date.parse('2026-11-03T12:00:00.000Z');
    expect(formatWhen(i18n, '2026-11-03T11:59:30.000Z', now)).toBe('just now');
    expect(formatWhen(i18n, '2026-11-03T11:55:00.000Z', now)).toBe('5 minutes ago');
    expect(formatWhen(i18n, '2026-11-03T09:00:00.000Z', now)).toBe('3 hours ago');
    expect(formatWhen(i18n, '2026-11-02T10:00:00.000Z', now)).toBe('yesterday');
    expect(formatWhen(i18n, '2026-10-01T10:00:00.000Z', now)).toBe('1 Oct 2026');
  });

  it('follows only paths of the app', () => {
    expect(safeLink('/threads/1?post=2')).toBe('/threads/1?post=2');
    expect(safeLink('//evil.example')).toBe('/notifications');
    expect(safeLink('https://evil.example')).toBe('/notifications');
    expect(safeLink('/\\evil.example')).toBe('/notifications');
  });
});
