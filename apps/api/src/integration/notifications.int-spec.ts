import type { CommunityEntity } from '@sce/api-communities';
import { EventReminders, EventsModule } from '@sce/api-events';
import { ModerationModule } from '@sce/api-moderation';
import { NotificationMails, NotificationProjector, NotificationsModule, signUnsubscribe } from '@sce/api-notifications';
import { PracticesModule } from '@sce/api-practices';
import { RealtimeDispatcher, RealtimeModule } from '@sce/api-realtime';
import {
  type Browserish,
  type MailCatcher,
  type TestApp,
  Received,
  aCommunity,
  aMembership,
  aUser,
  anOrganisation,
  ask,
  connectSocket,
  createTestApp,
  listening,
  sessionCookie,
  signedIn,
  startMailCatcher,
} from '@sce/api-testing';
import { ThreadsModule } from '@sce/api-threads';
import request from 'supertest';
import type { EventDetail, NotificationPage, NotificationSettings, NotificationView, Post, PracticeDetail, RealtimeEvent, SubscriptionView, ThreadDetail } from '@sce/shared-contracts';

describe('notifications', () => {
  let t: TestApp;
  let url: string;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await createTestApp([ThreadsModule, EventsModule, PracticesModule, ModerationModule, NotificationsModule, RealtimeModule], { SMTP_URL: mail.url, NOTIFICATION_MAIL_DELAY_SECONDS: '0' });
    url = await listening(t);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  type Person = Browserish & { id: string; email: string; organisationId: string };
  async function aPerson(community: CommunityEntity | null, role: 'member' | 'moderator' = 'member', overrides: { organisationId?: string; role?: 'member' | 'researcher' | 'moderator' | 'admin' } = {}): Promise<Person> {
    const user = await aUser(t.dataSource, overrides);
    if (community) await aMembership(t.dataSource, community, user, role);
    return { id: user.id, email: user.email, organisationId: user.organisationId, ...(await signedIn(t.http, user.email)) };
  }
  const send = (who: Person, method: 'post' | 'put' | 'patch', path: string, body: object = {}) => who.agent[method](path).set('X-XSRF-TOKEN', who.xsrf).send(body);
  const aThread = async (community: CommunityEntity, author: Person, title = 'Which eID wallet did your city pick?') =>
    (await send(author, 'post', `/api/communities/${community.slug}/threads`, { kind: 'discussion', title, body: 'Tell us what you chose and why.' }).expect(201)).body as ThreadDetail;
  const reply = async (who: Person, threadId: string, body: string, parentId?: string) => (await send(who, 'post', `/api/threads/${threadId}/posts`, { body, ...(parentId ? { parentId } : {}) }).expect(201)).body as Post;
  /** Lets the dispatcher number what was committed and the projector turn it into notifications. */
  const project = async () => {
    await t.app.get(RealtimeDispatcher).settle();
    await t.app.get(NotificationProjector).run();
    await t.app.get(RealtimeDispatcher).settle();
  };
  const inbox = async (who: Person, query = '') => (await who.agent.get(`/api/notifications${query}`).expect(200)).body as NotificationPage;
  const settings = (who: Person, body: object) => send(who, 'put', '/api/users/me/notification-settings', body).expect(200);

  it('tells the author of a post about replies, grouped while unread, and leads to the first new reply', async () => {
    const community = await aCommunity(t.dataSource);
    const member = await aPerson(community);
    const anna = await aPerson(community);
    const lars = await aPerson(community);
    const thread = await aThread(community, member);
    const first = await reply(anna, thread.id, 'We picked the national wallet.');
    await project();
    let page = await inbox(member);
    expect(page.unreadCount).toBe(1);
    expect(page.items[0]).toMatchObject({ type: 'reply', count: 1, thread: { id: thread.id }, postId: first.id, link: `/threads/${thread.id}?post=${first.id}`, read: false, community: { slug: community.slug } });
    expect(page.items[0]?.actors.map((a) => a.id)).toEqual([anna.id]);

    await reply(lars, thread.id, 'Same here, with a fallback.');
    await reply(anna, thread.id, 'And we log every use.');
    await project();
    page = await inbox(member);
    expect(page.unreadCount).toBe(1);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ type: 'reply', count: 3, postId: first.id });
    expect(page.items[0]?.actors.map((a) => a.id)).toEqual([anna.id, lars.id]);

    // A reply to Anna's post tells Anna (not the thread's author, who watches and hears as a watcher).
    const nested = await reply(lars, thread.id, 'Which fallback?', first.id);
    await project();
    expect((await inbox(anna)).items[0]).toMatchObject({ type: 'reply', postId: nested.id });
    // Nobody hears of their own posts.
    expect((await inbox(lars)).items.filter((n) => n.actors.some((a) => a.id === lars.id))).toEqual([]);
  });

  it('marks one or all read, with the badge following live on every tab', async () => {
    const community = await aCommunity(t.dataSource);
    const member = await aPerson(community);
    const other = await aPerson(community);
    const socket = await connectSocket(url, { Cookie: sessionCookie(member), Origin: t.config.publicUrl });
    const events = new Received<RealtimeEvent>(socket, 'event');
    expect((await ask(socket, 'follow', { type: 'user', id: member.id })).ok).toBe(true);
    try {
      const a = await aThread(community, member, 'Thread A');
      const b = await aThread(community, member, 'Thread B');
      await reply(other, a.id, 'Reply in A');
      await reply(other, b.id, 'Reply in B');
      await project();
      await events.until((items) => items.some((e) => e.type === 'notification.created' && e.data.unreadCount === 2));
      const page = await inbox(member);
      expect(page.unreadCount).toBe(2);
      const [newest] = page.items as [NotificationView];
      expect((await send(member, 'post', '/api/notifications/read', { ids: [newest.id] }).expect(200)).body).toEqual({ unreadCount: 1 });
      await events.until((items) => items.some((e) => e.type === 'notification.read' && e.data.unreadCount === 1));
      expect((await inbox(member, '?unread=true')).items.map((n) => n.id)).not.toContain(newest.id);
      expect((await send(member, 'post', '/api/notifications/read', { all: true }).expect(200)).body).toEqual({ unreadCount: 0 });
      expect((await member.agent.get('/api/notifications/unread-count').expect(200)).body).toEqual({ unreadCount: 0 });
      // A new reply after reading starts a new entry rather than reviving the read one.
      await reply(other, a.id, 'Another reply in A');
      await project();
      const after = await inbox(member);
      expect(after.unreadCount).toBe(1);
      expect(after.items.filter((n) => n.thread?.id === a.id)).toHaveLength(2);
    } finally {
      socket.disconnect();
    }
    expect((await send(member, 'post', '/api/notifications/read', {}).expect(400)).body.detail).toMatch(/ids|all/);
    expect((await send(member, 'post', '/api/notifications/read', { ids: ['nope'] }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await request(t.http).get('/api/notifications').expect(401);
  });

  it('notifies mentions unless the mentioned person muted the author, and keeps keyset pages', async () => {
    const community = await aCommunity(t.dataSource);
    const author = await aPerson(community);
    const mentioned = await aUser(t.dataSource, { displayName: 'Ingrid Mention Test' });
    await aMembership(t.dataSource, community, mentioned);
    const ingrid = { id: mentioned.id, email: mentioned.email, organisationId: mentioned.organisationId, ...(await signedIn(t.http, mentioned.email)) };
    const pest = await aPerson(community);
    const thread = await aThread(community, author);
    const post = await reply(author, thread.id, `What do you think, @[Ingrid Mention Test](user:${ingrid.id})?`);
    await project();
    expect((await inbox(ingrid)).items[0]).toMatchObject({ type: 'mention', postId: post.id, actors: [{ id: author.id }] });

    await settings(ingrid, { mutedUserIds: [pest.id] });
    await reply(pest, thread.id, `@[Ingrid Mention Test](user:${ingrid.id}) look at this!`);
    await project();
    expect((await inbox(ingrid)).items.filter((n) => n.actors.some((a) => a.id === pest.id))).toEqual([]);
    const saved = (await ingrid.agent.get('/api/users/me/notification-settings').expect(200)).body as NotificationSettings;
    expect(saved.mutedUsers).toEqual([{ id: pest.id, displayName: expect.any(String) }]);

    for (let i = 0; i < 3; i++) await reply(author, thread.id, `Mention ${i} of @[Ingrid Mention Test](user:${ingrid.id})`);
    await project();
    const first = await inbox(ingrid, '?limit=2');
    expect(first.items).toHaveLength(2);
    const second = await inbox(ingrid, `?limit=2&cursor=${first.nextCursor}`);
    const all = [...first.items, ...second.items].map((n) => n.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(4);
    expect((await ingrid.agent.get('/api/notifications?cursor=forged').expect(400)).body.errors[0].field).toBe('query.cursor');
  });

  it('follows subscriptions: watching a community or thread, muting one, and auto-watching threads one starts or replies to', async () => {
    const community = await aCommunity(t.dataSource);
    const watcher = await aPerson(community);
    const muter = await aPerson(community);
    const starter = await aPerson(community);
    const replier = await aPerson(community);
    expect((await send(watcher, 'put', `/api/subscriptions/community/${community.id}`, { level: 'watching' }).expect(200)).body).toMatchObject({ level: 'watching' });
    await send(muter, 'put', `/api/subscriptions/community/${community.id}`, { level: 'watching' }).expect(200);

    const thread = await aThread(community, starter, 'New thread for watchers');
    await project();
    expect((await inbox(watcher)).items[0]).toMatchObject({ type: 'watched-community', thread: { id: thread.id }, postId: null });
    expect(((await starter.agent.get(`/api/subscriptions/thread/${thread.id}`).expect(200)).body as SubscriptionView).level).toBe('watching');

    await send(muter, 'put', `/api/subscriptions/thread/${thread.id}`, { level: 'muted' }).expect(200);
    await reply(replier, thread.id, 'First reply');
    await project();
    expect((await inbox(watcher)).items.find((n) => n.type === 'watched-community' && n.postId)).toBeTruthy();
    expect((await inbox(muter)).items.filter((n) => n.postId)).toEqual([]);
    expect((await inbox(starter)).items[0]).toMatchObject({ type: 'reply' });
    // The replier now watches the thread: the next reply reaches them as a watcher.
    expect(((await replier.agent.get(`/api/subscriptions/thread/${thread.id}`).expect(200)).body as SubscriptionView).level).toBe('watching');
    await reply(starter, thread.id, 'Thanks!');
    await project();
    expect((await inbox(replier)).items[0]).toMatchObject({ type: 'watched-thread', actors: [{ id: starter.id }] });

    // Tracking: no notifications, an unread count on the thread.
    const tracker = await aPerson(community);
    await settings(tracker, { autoWatchReplied: false });
    const tracked = (await send(tracker, 'put', `/api/subscriptions/thread/${thread.id}`, { level: 'tracking' }).expect(200)).body as SubscriptionView;
    expect(tracked.unread).toBe(2);
    expect((await inbox(tracker)).items).toEqual([]);
    await send(tracker, 'put', `/api/subscriptions/thread/${thread.id}`, { level: 'normal' }).expect(200);
    expect(((await tracker.agent.get(`/api/subscriptions/thread/${thread.id}`).expect(200)).body as SubscriptionView).level).toBe('normal');

    const optedOut = await aPerson(community);
    await settings(optedOut, { autoWatchStarted: false });
    const quiet = await aThread(community, optedOut, 'Not watched by its author');
    await project();
    expect(((await optedOut.agent.get(`/api/subscriptions/thread/${quiet.id}`).expect(200)).body as SubscriptionView).level).toBe('normal');

    expect((await send(watcher, 'put', `/api/subscriptions/forum/${community.id}`, { level: 'watching' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await send(watcher, 'put', `/api/subscriptions/thread/${thread.id}`, { level: 'loud' }).expect(400)).body.errors[0].field).toBe('body.level');
  });

  it('never notifies about what the recipient may not see: a private community they left, a hidden post', async () => {
    const secret = await aCommunity(t.dataSource, { visibility: 'private', joinPolicy: 'invite' });
    const member = await aPerson(secret);
    const leaver = await aPerson(secret);
    const moderator = await aPerson(secret, 'moderator');
    const outsider = await aPerson(null);
    const thread = await aThread(secret, leaver, 'Confidential procurement notes');
    await reply(member, thread.id, 'First answer');
    await project();
    expect((await inbox(leaver)).unreadCount).toBe(1);

    // Leaving a private community hides what came from it, at display and at creation.
    await send(leaver, 'post', `/api/communities/${secret.slug}/leave`).expect(204);
    expect(await inbox(leaver)).toMatchObject({ items: [], unreadCount: 0 });
    await reply(member, thread.id, 'Second answer');
    await project();
    expect((await t.dataSource.query('SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1', [leaver.id]))[0].n).toBe(1);
    expect(await inbox(leaver)).toMatchObject({ items: [], unreadCount: 0 });
    // Subscribing to what one cannot read is "not found".
    await send(outsider, 'put', `/api/subscriptions/thread/${thread.id}`, { level: 'watching' }).expect(404);
    await send(outsider, 'put', `/api/subscriptions/community/${secret.id}`, { level: 'watching' }).expect(404);

    // A hidden post's notification disappears; its author is told by a moderation notice instead.
    const open = await aCommunity(t.dataSource);
    const author = await aPerson(open);
    const spammer = await aPerson(open);
    const mod = await aPerson(open, 'moderator');
    const discussion = await aThread(open, author);
    const spam = await reply(spammer, discussion.id, 'Cheap watches at example.com');
    await project();
    expect((await inbox(author)).items[0]).toMatchObject({ postId: spam.id });
    await send(mod, 'post', `/api/posts/${spam.id}/hide`, { reason: 'Advertising' }).expect(200);
    await project();
    expect((await inbox(author)).items.filter((n) => n.postId === spam.id)).toEqual([]);
    expect((await inbox(spammer)).items[0]).toMatchObject({ type: 'moderation', postId: spam.id, details: { kind: 'post-hidden', reason: 'Advertising' } });
    expect(moderator.id).toBeTruthy();
  });

  it('tells people who answered an event about changes, cancellations, reminders and waitlist seats', async () => {
    const community = await aCommunity(t.dataSource);
    const organiser = await aPerson(community);
    const going = await aPerson(community);
    const waiting = await aPerson(community);
    const declined = await aPerson(community);
    const event = (await send(organiser, 'post', `/api/communities/${community.slug}/events`, {
      title: 'Digital identity workshop',
      description: 'Hands-on session.',
      kind: 'workshop',
      startLocal: '2027-03-20T10:00',
      endLocal: '2027-03-20T16:00',
      timeZone: 'Europe/Oslo',
      venue: 'Oslo City Hall',
      capacity: 1,
    }).expect(201)).body as EventDetail;
    await send(going, 'put', `/api/events/${event.id}/rsvp`, { status: 'going' }).expect(200);
    await send(waiting, 'put', `/api/events/${event.id}/rsvp`, { status: 'going' }).expect(200);
    await send(declined, 'put', `/api/events/${event.id}/rsvp`, { status: 'declined' }).expect(200);

    await send(organiser, 'patch', `/api/events/${event.id}`, { venue: 'Oslo Library' }).expect(200);
    await send(organiser, 'patch', `/api/events/${event.id}`, { description: 'Bring a laptop.' }).expect(200);
    await project();
    expect((await inbox(going)).items[0]).toMatchObject({ type: 'event-changed', event: { id: event.id, title: 'Digital identity workshop' }, link: `/events/${event.id}`, count: 1 });
    expect((await inbox(waiting)).items[0]).toMatchObject({ type: 'event-changed' });
    expect((await inbox(declined)).items).toEqual([]);
    expect((await inbox(organiser)).items).toEqual([]);

    await send(going, 'put', `/api/events/${event.id}/rsvp`, { status: 'declined' }).expect(200);
    await project();
    expect((await inbox(waiting)).items[0]).toMatchObject({ type: 'waitlist-promoted', event: { id: event.id } });

    await t.dataSource.query(`UPDATE events SET starts_at = now() + interval '2 hours', ends_at = now() + interval '3 hours' WHERE id = $1`, [event.id]);
    await t.app.get(EventReminders).run();
    await project();
    expect((await inbox(waiting)).items[0]).toMatchObject({ type: 'event-reminder' });

    await send(organiser, 'post', `/api/events/${event.id}/cancel`, { reason: 'The venue is closed.' }).expect(200);
    await project();
    expect((await inbox(waiting)).items[0]).toMatchObject({ type: 'event-cancelled' });
  });

  it('tells the owning organisation about transfers and evaluations of its practice', async () => {
    const owners = await anOrganisation(t.dataSource, { country: 'NL' });
    const adopters = await anOrganisation(t.dataSource, { country: 'DK', name: 'Aarhus Kommune (test)' });
    const owner = await aPerson(null, 'member', { organisationId: owners.id });
    const adopter = await aPerson(null, 'member', { organisationId: adopters.id });
    const evaluator = await aPerson(null, 'member', { organisationId: adopters.id });
    const practice = (await send(owner, 'post', '/api/practices', {
      title: 'Online parking permits',
      summary: 'Residents apply for parking permits online with automatic checks.',
      domain: 'permits_licences',
      problem: 'Queues.',
      solution: 'A web form.',
      channels: ['web'],
      maturity: 'production',
      costBand: '10k_100k',
    }).expect(201)).body as PracticeDetail;
    await send(adopter, 'post', `/api/practices/${practice.id}/transfers`, { stage: 'exploring', note: 'Reading the legal basis' }).expect(201);
    const scores = { effectiveness: 4, userSatisfaction: 5, costEfficiency: 4, easeOfTransfer: 3, evidenceLevel: 'internal_evaluation', comment: 'Works well.' };
    await send(evaluator, 'put', `/api/practices/${practice.id}/evaluations`, scores).expect(200);
    await send(adopter, 'put', `/api/practices/${practice.id}/evaluations`, scores).expect(200);
    await project();
    const items = (await inbox(owner)).items;
    expect(items.find((n) => n.type === 'practice-transfer')).toMatchObject({ practice: { id: practice.id }, details: { stage: 'exploring', organisation: 'Aarhus Kommune (test)' }, link: `/practices/${practice.id}` });
    expect(items.find((n) => n.type === 'practice-evaluation')).toMatchObject({ count: 2 });
  });

  describe('mail', () => {
    it('mails nothing until a person opts in, then mails each entry once with a one-click unsubscribe', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aPerson(community);
      const other = await aPerson(community);
      const thread = await aThread(community, member, 'Mail <b>test</b> & thread');
      await reply(other, thread.id, 'An unmailed reply');
      await project();
      expect(await t.app.get(NotificationMails).sendDue()).toBe(0);

      const saved = (await settings(member, { email: { reply: 'immediately' } })).body as NotificationSettings;
      expect(saved.email).toMatchObject({ reply: 'immediately', mention: 'never' });
      await send(member, 'post', '/api/notifications/read', { all: true }).expect(200);
      await reply(other, thread.id, 'A mailed reply');
      await project();
      expect(await t.app.get(NotificationMails).sendDue()).toBe(1);
      expect(await t.app.get(NotificationMails).sendDue()).toBe(0);
      const sent = await mail.waitFor(member.email, /replied to you/);
      expect(sent.subject).toContain('“Mail <b>test</b> & thread”');
      expect(sent.html).toContain('Mail &lt;b&gt;test&lt;/b&gt; &amp; thread');
      expect(sent.text).toContain(`${t.config.publicUrl}/threads/${thread.id}?post=`);
      const header = (name: string) => sent.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');
      const unsubscribe = header('list-unsubscribe') as string;
      expect(unsubscribe).toMatch(/^<http.*\/api\/unsubscribe\?token=[\w.-]+>$/);
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

      const token = /token=([\w.-]+)/.exec(unsubscribe)?.[1] as string;
      // One click, as a mail program posts it: no cookies, no CSRF token.
      expect((await request(t.http).post(`/api/unsubscribe?token=${token}`).expect(200)).body).toMatchObject({ unsubscribed: 'reply' });
      expect(((await member.agent.get('/api/users/me/notification-settings').expect(200)).body as NotificationSettings).email.reply).toBe('never');
      await request(t.http).get(`/api/unsubscribe?token=${token.slice(0, -2)}xx`).expect(400);
      await request(t.http).get(`/api/unsubscribe?token=${signUnsubscribe('another-secret-that-is-long-enough-000000', member.id, 'reply')}`).expect(400);
      await request(t.http).get('/api/unsubscribe').expect(400);
    });

    it('does not mail an entry read in the app before its mail was due', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aPerson(community);
      const other = await aPerson(community);
      await settings(member, { email: { reply: 'immediately' } });
      const thread = await aThread(community, member);
      await reply(other, thread.id, 'Read before mailed');
      await project();
      await t.dataSource.query(`UPDATE notifications SET mail_due_at = now() + interval '5 minutes' WHERE recipient_id = $1`, [member.id]);
      expect(await t.app.get(NotificationMails).sendDue()).toBe(0);
      await send(member, 'post', '/api/notifications/read', { all: true }).expect(200);
      await t.dataSource.query(`UPDATE notifications SET mail_due_at = now() - interval '1 minute' WHERE recipient_id = $1`, [member.id]);
      expect(await t.app.get(NotificationMails).sendDue()).toBe(0);
      const [row] = await t.dataSource.query('SELECT mail_state FROM notifications WHERE recipient_id = $1', [member.id]);
      expect(row.mail_state).toBe('skipped');
      expect(mail.mails.filter((m) => m.subject?.includes('replied to you') && JSON.stringify(m.to).includes(member.email))).toEqual([]);
    });

    it('sends a daily digest grouped by community and thread, newest first, once a day', async () => {
      const energy = await aCommunity(t.dataSource, { name: 'Energy transition (test)' });
      const data = await aCommunity(t.dataSource, { name: 'Open data (test)' });
      const member = await aPerson(energy);
      await aMembership(t.dataSource, data, (await t.dataSource.query('SELECT * FROM users WHERE id = $1', [member.id]))[0]);
      const other = await aPerson(energy);
      await aMembership(t.dataSource, data, (await t.dataSource.query('SELECT * FROM users WHERE id = $1', [other.id]))[0]);
      await settings(member, { email: { reply: 'daily', 'watched-community': 'daily' } });
      const older = await aThread(energy, member, 'Heat pumps in social housing');
      const newer = await aThread(data, member, 'Publishing bus delays');
      await reply(other, older.id, 'Older reply');
      await reply(other, newer.id, 'Newer reply');
      await reply(other, newer.id, 'Newest reply');
      await project();
      const mails = t.app.get(NotificationMails);
      expect(await mails.sendDigests()).toBe(1);
      expect(await mails.sendDigests()).toBe(0);
      const digest = await mail.waitFor(member.email, /Your daily digest/);
      expect(digest.subject).toBe('Your daily digest: 3 updates in Open data (test) and Energy transition (test)');
      const text = digest.text as string;
      expect(text.indexOf('== Open data (test) ==')).toBeLessThan(text.indexOf('== Energy transition (test) =='));
      expect(text).toContain('2 new replies to you in “Publishing bus delays”');
      const token = /token=([\w.-]+)/.exec(digest.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '')?.[1] as string;
      expect(token).toBeTruthy();
      expect((await request(t.http).get(`/api/unsubscribe?token=${token}`).expect(200)).body.unsubscribed).toBe('digest');
      expect(((await member.agent.get('/api/users/me/notification-settings').expect(200)).body as NotificationSettings).email).toMatchObject({ reply: 'never', 'watched-community': 'never' });
    });
  });
});
