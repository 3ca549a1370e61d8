import type { NotificationView } from '@sce/shared-contracts';
import { digestSubject, groupForDigest, lastDigestMoment } from './notification-mails';
import { actorsPhrase, describe as describeView } from './notification-text';
import { signUnsubscribe, verifyUnsubscribe } from './unsubscribe-token';

const view = (overrides: Partial<NotificationView>): NotificationView => ({
  id: 'n1',
  type: 'reply',
  count: 1,
  actors: [{ id: 'a', displayName: 'Anna Berg' }],
  thread: { id: 't1', title: 'Wallets' },
  postId: 'p1',
  community: { id: 'c1', slug: 'identity', name: 'Digital identity' },
  event: null,
  practice: null,
  details: {},
  link: '/threads/t1?post=p1',
  createdAt: '2026-11-27T08:00:00.000Z',
  updatedAt: '2026-11-27T08:00:00.000Z',
  read: false,
  ...overrides,
});

describe('notification texts', () => {
  it('names who acted, briefly', () => {
    expect(actorsPhrase({ actors: [], count: 1 })).toBe('Someone');
    expect(actorsPhrase({ actors: [{ id: 'a', displayName: 'Anna' }], count: 1 })).toBe('Anna');
    expect(actorsPhrase({ actors: [{ id: 'a', displayName: 'Anna' }, { id: 'b', displayName: 'Lars' }], count: 2 })).toBe('Anna and Lars');
    expect(actorsPhrase({ actors: [{ id: 'a', displayName: 'Anna' }, { id: 'b', displayName: 'Lars' }], count: 5 })).toBe('Anna and 4 others');
  });

  it('says what happened for each type', () => {
    expect(describeView(view({}))).toBe('Anna Berg replied to you in “Wallets”');
    expect(describeView(view({ count: 3 }))).toBe('3 new replies to you in “Wallets”');
    expect(describeView(view({ type: 'watched-community', postId: null, count: 2 }))).toBe('2 new threads in Digital identity');
    expect(describeView(view({ type: 'moderation', details: { kind: 'post-hidden', reason: 'Spam' } }))).toBe('A moderator hid your post in “Wallets”. Reason: Spam');
    expect(describeView(view({ type: 'practice-transfer', practice: { id: 'p', title: 'Permits' }, details: { stage: 'adopted', organisation: 'Aarhus' } }))).toBe('Aarhus has adopted your practice “Permits”');
    expect(describeView(view({ type: 'event-cancelled', event: { id: 'e', title: 'Workshop', startsAt: '2027-01-01T10:00:00Z' } }))).toBe('“Workshop” was cancelled');
  });
});

describe('digests', () => {
  it('puts the community with the newest activity first, and threads newest first within it', () => {
    const views = [
      view({ id: '1', thread: { id: 'old', title: 'Old' }, updatedAt: '2026-11-27T07:00:00Z' }),
      view({ id: '2', community: { id: 'c2', slug: 'data', name: 'Open data' }, thread: { id: 'x', title: 'X' }, updatedAt: '2026-11-27T09:00:00Z' }),
      view({ id: '3', thread: { id: 'new', title: 'New' }, updatedAt: '2026-11-27T08:30:00Z' }),
      view({ id: '4', type: 'practice-evaluation', community: null, thread: null, practice: { id: 'p', title: 'Permits' }, updatedAt: '2026-11-27T06:00:00Z' }),
    ];
    const groups = groupForDigest(views);
    expect(groups.map((g) => g.heading)).toEqual(['Open data', 'Digital identity', 'Your organisation’s practices']);
    expect(groups[1]?.views.map((v) => v.id)).toEqual(['3', '1']);
    expect(digestSubject(views)).toBe('Your daily digest: 4 updates in Digital identity and Open data');
  });

  it('goes out once a day from the digest hour (UTC)', () => {
    expect(lastDigestMoment(new Date('2026-11-27T05:59:00Z'), 6).toISOString()).toBe('2026-11-26T06:00:00.000Z');
    expect(lastDigestMoment(new Date('2026-11-27T06:00:00Z'), 6).toISOString()).toBe('2026-11-27T06:00:00.000Z');
  });
});

describe('unsubscribe tokens', () => {
  const secret = 'a-secret-that-is-long-enough-for-tests-0123';
  const user = '0c5c0aa3-30b3-4928-8d5b-791a78fa7d7d';
  it('round-trips and refuses forgeries', () => {
    const token = signUnsubscribe(secret, user, 'mention');
    expect(verifyUnsubscribe(secret, token)).toEqual({ userId: user, scope: 'mention' });
    expect(verifyUnsubscribe('another-secret-that-is-long-enough-0000', token)).toBeNull();
    const [payload, signature] = token.split('.');
    const other = Buffer.from(`${user}.digest`).toString('base64url');
    expect(verifyUnsubscribe(secret, `${other}.${signature}`)).toBeNull();
    expect(verifyUnsubscribe(secret, `${payload}`)).toBeNull();
    expect(verifyUnsubscribe(secret, 'garbage')).toBeNull();
  });
});
