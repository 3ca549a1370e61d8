import { DemoDataModule, DemoDataService } from '@sce/api-demo-data';
import { type TestApp, aBrowser, createTestApp, signedIn } from '@sce/api-testing';
import { DocumentsModule } from '@sce/api-documents';
import { ModerationModule } from '@sce/api-moderation';
import { EventsModule } from '@sce/api-events';
import { NotificationsModule } from '@sce/api-notifications';
import { PracticesModule } from '@sce/api-practices';
import { ThreadsModule } from '@sce/api-threads';
import type { AuditPage, FlagPage, QueuePage, NotificationPage, NotificationSettings, PracticeInsights, Showcase, TransferInsights, BookmarkPage, DocumentPage, EventDetail, EventPage, PostPage, ThreadDetail, ThreadPage } from '@sce/shared-contracts';

describe('demo data', () => {
  const password = 'demo-password-for-tests';
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ThreadsModule, EventsModule, DocumentsModule, PracticesModule, NotificationsModule, ModerationModule, DemoDataModule]);
    await t.app.get(DemoDataService).reset(password);
  }, 60_000);
  afterAll(() => t.close());

  it('shows every discussion feature alive to a newcomer', async () => {
    const { agent } = await aBrowser(t.http);
    const latest = (await agent.get('/api/threads?limit=100').expect(200)).body as ThreadPage;
    const question = latest.items.find((i) => i.kind === 'question' && i.answered);
    expect(question).toBeDefined();
    const research = latest.items.find((i) => i.kind === 'research');
    expect(((await agent.get(`/api/threads/${research?.id}`).expect(200)).body as ThreadDetail).research?.doi).toMatch(/^10\./);
    const posts = ((await agent.get(`/api/threads/${question?.id}/posts`).expect(200)).body as PostPage).items;
    expect(posts.find((p) => p.accepted)?.reactions).toMatchObject({ insightful: 3 });
    expect(posts.some((p) => p.revisionCount > 0 && p.editedAt !== null)).toBe(true);
    expect(posts.some((p) => (p.bodyHtml ?? '').includes('class="mention"'))).toBe(true);
    expect(posts.filter((p) => p.depth === 3)).not.toHaveLength(0);
  });

  it('shows each sample person their notifications: grouped replies, mentions, transfers; some unread', async () => {
    const member = await signedIn(t.http, 'member@example.org', password);
    const page = (await member.agent.get('/api/notifications?limit=50').expect(200)).body as NotificationPage;
    expect(page.unreadCount).toBeGreaterThan(0);
    expect(page.items.some((n) => n.type === 'reply' && n.count > 1)).toBe(true);
    expect(page.items.every((n) => n.link.startsWith('/'))).toBe(true);
    expect(((await member.agent.get('/api/users/me/notification-settings').expect(200)).body as NotificationSettings).email.reply).toBe('daily');
    const types = new Set<string>((await t.dataSource.query('SELECT DISTINCT type FROM notifications')).map((r: { type: string }) => r.type));
    expect([...types].sort()).toEqual(['mention', 'practice-transfer', 'reply']);
  });

  it('shows events with answers and a waitlist, and a library with versions that download', async () => {
    const member = await signedIn(t.http, 'member@example.org', password);
    const events = (await member.agent.get('/api/events?limit=100').expect(200)).body as EventPage;
    const visit = events.items.find((e) => e.title.startsWith('Study visit')) as EventPage['items'][number];
    expect(visit).toMatchObject({ capacity: 3, counts: { going: 3, waitlisted: 2 }, myRsvp: 'going' });
    expect(events.items.some((e) => e.status === 'cancelled')).toBe(true);
    const detail = (await member.agent.get(`/api/events/${visit.id}`).expect(200)).body as EventDetail;
    expect(detail.threadId).toEqual(expect.any(String));
    const researcher = await signedIn(t.http, 'researcher@example.org', password);
    expect(((await researcher.agent.get(`/api/events/${visit.id}`).expect(200)).body as EventDetail).viewer).toMatchObject({ rsvp: 'waitlisted', waitlistPosition: 1 });
    const library = (await member.agent.get('/api/communities/digital-identity/documents').expect(200)).body as DocumentPage;
    const report = library.items.find((d) => d.versionCount === 2) as DocumentPage['items'][number];
    expect(report).toMatchObject({ type: 'pdf', threadId: expect.any(String), current: { changeNote: 'Added results per age group', pageCount: 1 } });
    const first = await member.agent.get(`/api/documents/${report.id}/download?version=1`).expect(200);
    expect(first.headers['content-type']).toBe('application/pdf');
  });

  it('shows visitors a showcase of practices with transfers, evaluations and insights', async () => {
    const { agent } = await aBrowser(t.http);
    const showcase = (await agent.get('/api/showcase').expect(200)).body as Showcase;
    expect(showcase.totals.practices).toBeGreaterThanOrEqual(11);
    expect(showcase.totals.adoptions).toBeGreaterThan(3);
    expect(showcase.totals.countries).toBeGreaterThanOrEqual(6);
    expect(showcase.highlights[0]?.adoptions).toBeGreaterThan(0);
    const insights = (await agent.get('/api/insights/practices').expect(200)).body as PracticeInsights;
    expect(insights.byScore.length).toBeGreaterThan(5);
    const flows = (await agent.get('/api/insights/transfers').expect(200)).body as TransferInsights;
    expect(flows.flows.length).toBeGreaterThan(5);
    expect(flows.successFactors.length).toBeGreaterThan(3);
  });

  it('gives the moderators a queue to work and an audit trail to read', async () => {
    const moderator = await signedIn(t.http, 'moderator@example.org', password);
    const open = (await moderator.agent.get('/api/moderation/flags?state=open').expect(200)).body as FlagPage;
    expect(open.items.map((f) => [f.target.type, f.reason]).sort()).toEqual([['document', 'privacy'], ['post', 'off_topic']]);
    expect(open.items.every((f) => f.note.includes('(Sample flag.)'))).toBe(true);
    const dismissed = (await moderator.agent.get('/api/moderation/flags?state=dismissed').expect(200)).body as FlagPage;
    expect(dismissed.items[0]?.internalNote).toMatch(/Sample note/);
    const audit = (await moderator.agent.get('/api/moderation/audit?limit=100').expect(200)).body as AuditPage;
    expect(audit.items.map((e) => e.action)).toEqual(expect.arrayContaining(['flag.updated', 'thread.moderated']));
    expect(((await moderator.agent.get('/api/moderation/queue').expect(200)).body as QueuePage).items).toHaveLength(1);
  });

  it('signs the demo member in with their bookmark, and can be reset again', async () => {
    const member = await signedIn(t.http, 'member@example.org', password);
    expect(((await member.agent.get('/api/users/me/bookmarks').expect(200)).body as BookmarkPage).items).toHaveLength(1);
    await t.app.get(DemoDataService).reset(password);
    const again = await signedIn(t.http, 'member@example.org', password);
    expect(((await again.agent.get('/api/users/me/bookmarks').expect(200)).body as BookmarkPage).items).toHaveLength(1);
  });
});
