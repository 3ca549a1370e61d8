import { randomBytes } from 'node:crypto';
import type { CommunityEntity } from '@sce/api-communities';
import { DemoDataModule, DemoDataService } from '@sce/api-demo-data';
import { DocumentsModule } from '@sce/api-documents';
import { EventsModule } from '@sce/api-events';
import { PracticesModule } from '@sce/api-practices';
import { SearchModule } from '@sce/api-search';
import { type Browserish, type TestApp, aBrowser, aCommunity, aMembership, aUser, anOrganisation, createTestApp, signedIn } from '@sce/api-testing';
import { ThreadsModule } from '@sce/api-threads';
import type { CountryCode, Language, Post, PracticeDetail, SearchResult, SearchSuggestions, ThreadDetail } from '@sce/shared-contracts';

/** A word no other test writes (letters only, so no stemmer changes it), to keep each test's hits its own. */
const aStamp = () => `zq${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}x`;

describe('search', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([ThreadsModule, EventsModule, DocumentsModule, PracticesModule, SearchModule, DemoDataModule]);
  });
  afterAll(() => t.close());

  type Person = Browserish & { id: string };
  async function aPerson(overrides: { language?: Language; country?: CountryCode; role?: 'member' | 'moderator' } = {}): Promise<Person> {
    const organisation = await anOrganisation(t.dataSource, { country: overrides.country ?? 'NL' });
    const user = await aUser(t.dataSource, { organisationId: organisation.id, language: overrides.language ?? 'en', role: overrides.role ?? 'member' });
    return { id: user.id, ...(await signedIn(t.http, user.email)) };
  }
  async function aMemberOf(community: CommunityEntity, overrides: Parameters<typeof aPerson>[0] = {}): Promise<Person> {
    const person = await aPerson(overrides);
    const user = await t.dataSource.query('SELECT * FROM users WHERE id = $1', [person.id]);
    await aMembership(t.dataSource, community, user[0]);
    return person;
  }
  const post = (who: Person, path: string, body: object) => who.agent.post(path).set('X-XSRF-TOKEN', who.xsrf).send(body);
  const aThread = async (who: Person, community: CommunityEntity, fields: { title: string; body: string; language?: Language; tags?: string[] }): Promise<ThreadDetail> =>
    (await post(who, `/api/communities/${community.slug}/threads`, { kind: 'discussion', ...fields }).expect(201)).body as ThreadDetail;
  const aReply = async (who: Person, threadId: string, body: string, language?: Language): Promise<Post> => (await post(who, `/api/threads/${threadId}/posts`, { body, ...(language ? { language } : {}) }).expect(201)).body as Post;
  const search = async (who: Browserish, query: Record<string, string | number>): Promise<SearchResult> => (await who.agent.get('/api/search').query(query).expect(200)).body as SearchResult;
  const ids = (result: SearchResult) => result.items.map((i) => i.id);

  describe('languages', () => {
    it('finds Dutch “gemeente” when asked for “gemeenten”, in a thread and in a reply, with the matched word marked', async () => {
      const stamp = aStamp();
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community, { language: 'nl' });
      const thread = await aThread(author, community, { title: `Vergunningen ${stamp}`, body: `Hoe regelt uw gemeente de aanvraag van een vergunning? ${stamp}` });
      const reply = await aReply(author, thread.id, `Onze gemeente gebruikt een digitaal loket. ${stamp}`);
      expect(await t.dataSource.query('SELECT language FROM posts WHERE id = $1', [reply.id])).toEqual([{ language: 'nl' }]);
      const found = await search(await aBrowser(t.http), { q: `gemeenten ${stamp}` });
      expect(found.items.map((i) => [i.type, i.id]).sort()).toEqual([['post', reply.id], ['thread', thread.id]].sort());
      expect(found.items.find((i) => i.type === 'post')).toMatchObject({ threadId: thread.id, postNumber: expect.any(Number), title: thread.title, language: 'nl', community: { slug: community.slug } });
      expect(found.items.find((i) => i.type === 'post')?.snippetHtml).toContain('<mark>gemeente</mark>');
    });

    it('finds German “Bürgeramt” when asked for “Bürgerämter”, with or without the umlaut', async () => {
      const stamp = aStamp();
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community, { language: 'de', country: 'DE' });
      const thread = await aThread(author, community, { title: `Das digitale Bürgeramt ${stamp}`, body: 'Termine im Bürgeramt online buchen.' });
      expect(thread.language).toBe('de');
      const visitor = await aBrowser(t.http);
      for (const q of [`Bürgerämter ${stamp}`, `Burgeramt ${stamp}`, `BÜRGERAMT ${stamp}`]) expect({ q, ids: ids(await search(visitor, { q })) }).toEqual({ q, ids: [thread.id] });
    });

    it('stems each item in its own language and still finds exact words of another language', async () => {
      const stamp = aStamp();
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community, { language: 'en' });
      // English text with a Danish word: the exact word matches whatever the item's language.
      const thread = await aThread(author, community, { title: `Notes from Aarhus ${stamp}`, body: 'The kommunerne shared their parking permits.', language: 'en' });
      const visitor = await aBrowser(t.http);
      expect(ids(await search(visitor, { q: `kommunerne ${stamp}` }))).toEqual([thread.id]);
      expect(ids(await search(visitor, { q: `permit ${stamp}` }))).toEqual([thread.id]);
      expect(ids(await search(visitor, { q: `parked ${stamp}` }))).toEqual([thread.id]);
    });
  });

  describe('query syntax', () => {
    it('finds a title with typos in it', async () => {
      const stamp = aStamp();
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const thread = await aThread(author, community, { title: `${stamp} Residential parking permits`, body: 'How we moved them online.' });
      const visitor = await aBrowser(t.http);
      expect(ids(await search(visitor, { q: `${stamp} residentail` }))).toEqual([thread.id]);
      expect(ids(await search(visitor, { q: `residentail parkng ${stamp}` }))).toEqual([thread.id]);
    });

    it('matches a quoted phrase only where its words stand together, and leaves out excluded words', async () => {
      const stamp = aStamp();
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const together = await aThread(author, community, { title: `Permits ${stamp}`, body: 'A parking permit for residents, issued online.' });
      const apart = await aThread(author, community, { title: `Permits again ${stamp}`, body: 'The permit desk moved, so parking is free for visitors.' });
      const visitor = await aBrowser(t.http);
      expect(ids(await search(visitor, { q: `"parking permit" ${stamp}` }))).toEqual([together.id]);
      expect(ids(await search(visitor, { q: `"permit for residents" ${stamp}` }))).toEqual([together.id]);
      expect(ids(await search(visitor, { q: `parking permit ${stamp}` })).sort()).toEqual([together.id, apart.id].sort());
      // Excluding a word excludes its other forms too.
      expect(ids(await search(visitor, { q: `parking ${stamp} -residents` }))).toEqual([apart.id]);
      expect(ids(await search(visitor, { q: `parking ${stamp} -resident` }))).toEqual([apart.id]);
      expect(ids(await search(visitor, { q: `${stamp} visitors or residents` })).sort()).toEqual([together.id, apart.id].sort());
    });

    it('answers malformed queries with results or a clear 400, never a 500', async () => {
      const visitor = await aBrowser(t.http);
      const ok = ['"unbalanced quote', '- or "" ---', '!!! && || <-> :*', "it's a (test) [of] {brackets}", '\\', 'the', 'a\u0000b', '-', 'or', '"', `${'é'.repeat(300)}`, 'a:* & b', '🙂 émoji'];
      for (const q of ok) {
        const res = await visitor.agent.get('/api/search').query({ q });
        expect({ q, status: res.status }).toEqual({ q, status: 200 });
        expect(res.body).toMatchObject({ items: expect.any(Array), total: expect.any(Number) });
      }
      const bad: [Record<string, string>, string][] = [
        [{ q: 'x'.repeat(10_000) }, 'query.q'],
        [{ q: '' }, 'query.q'],
        [{ q: '   \u0000  ' }, 'query.q'],
        [{}, 'query.q'],
        [{ q: 'parking', type: 'forum' }, 'query.type'],
        [{ q: 'parking', country: 'FR' }, 'query.country'],
        [{ q: 'parking', author: 'me' }, 'query.author'],
        [{ q: 'parking', from: 'yesterday' }, 'query.from'],
        [{ q: 'parking', from: '2026-03-02', to: '2026-03-01' }, 'query.to'],
        [{ q: 'parking', cursor: 'not-a-cursor' }, 'query.cursor'],
        [{ q: 'parking', limit: '500' }, 'query.limit'],
      ];
      for (const [query, field] of bad) {
        const res = await visitor.agent.get('/api/search').query(query);
        expect({ query, status: res.status, type: res.headers['content-type'], fields: res.body.errors?.map((e: { field: string }) => e.field) }).toEqual({
          query,
          status: 400,
          type: expect.stringContaining('application/problem+json'),
          fields: expect.arrayContaining([field]),
        });
      }
      expect((await visitor.agent.get('/api/search?q=a&q=b').expect(400)).body.errors[0].field).toBe('query.q');
      await visitor.agent.get('/api/search/suggest').query({ q: 'x'.repeat(101) }).expect(400);
      expect((await visitor.agent.get('/api/search/suggest').query({ q: '\u0000"' }).expect(200)).body).toEqual({ titles: [], people: [], communities: [] });
    });

    it('escapes the passage so that text can never become markup', async () => {
      const stamp = aStamp();
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const thread = await aThread(author, community, { title: `Markup ${stamp}`, body: 'Opening post.' });
      await aReply(author, thread.id, `Beware of \`<script>alert(1)</script>\` and <mark>fake</mark> &lt;b&gt; in ${stamp} posts about <img src=x onerror=alert(2)> injection`);
      const [hit] = (await search(await aBrowser(t.http), { q: `${stamp} injection`, type: 'post' })).items;
      expect(hit?.snippetHtml).toMatch(/<mark>injection<\/mark>/);
      expect(hit?.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      expect(hit?.snippetHtml).toContain('&lt;img src=x onerror=alert(2)&gt;');
      expect(hit?.snippetHtml).toContain('fake&lt;/mark&gt;');
    });
  });

  describe('who sees what', () => {
    it('never shows an outsider private, members-only, hidden, deleted or waiting content, not even in the counts', async () => {
      const stamp = aStamp();
      const open = await aCommunity(t.dataSource, { visibility: 'public', name: `Open ${stamp}` });
      const members = await aCommunity(t.dataSource, { visibility: 'members', name: `Members ${stamp}` });
      const closed = await aCommunity(t.dataSource, { visibility: 'private', name: `Private ${stamp}` });
      const author = await aMemberOf(open);
      for (const c of [members, closed]) await aMembership(t.dataSource, c, (await t.dataSource.query('SELECT * FROM users WHERE id = $1', [author.id]))[0]);
      const words = (what: string) => `Budget plans ${stamp} (${what})`;
      const visible = await aThread(author, open, { title: words('visible'), body: words('public thread') });
      const visibleReply = await aReply(author, visible.id, words('public reply'));
      const hiddenReply = await aReply(author, visible.id, words('hidden reply'));
      const deletedReply = await aReply(author, visible.id, words('deleted reply'));
      const waitingReply = await aReply(author, visible.id, words('waiting reply'));
      // States set as the moderation routes leave them.
      await t.dataSource.query(`UPDATE posts SET hidden = true, hidden_reason = 'spam' WHERE id = $1`, [hiddenReply.id]);
      await t.dataSource.query('UPDATE posts SET deleted_at = now() WHERE id = $1', [deletedReply.id]);
      await t.dataSource.query(`UPDATE posts SET approval = 'pending' WHERE id = $1`, [waitingReply.id]);
      const hiddenThread = await aThread(author, open, { title: words('hidden thread'), body: words('hidden') });
      const hiddenThreadReply = await aReply(author, hiddenThread.id, words('reply in a hidden thread'));
      await t.dataSource.query('UPDATE threads SET hidden = true WHERE id = $1', [hiddenThread.id]);
      const membersThread = await aThread(author, members, { title: words('members-only thread'), body: words('members') });
      const privateThread = await aThread(author, closed, { title: words('private thread'), body: words('private') });
      const privateReply = await aReply(author, privateThread.id, words('private reply'));
      const practice = (visibility: string) =>
        post(author, '/api/practices', { title: words(`${visibility} practice`), summary: words(visibility), domain: 'participation', maturity: 'pilot', visibility }).expect(201);
      const publicPractice = ((await practice('public')).body as PracticeDetail).id;
      const membersPractice = ((await practice('members')).body as PracticeDetail).id;

      const visitorView = await search(await aBrowser(t.http), { q: `budget ${stamp}`, limit: 50 });
      expect(ids(visitorView).sort()).toEqual([visible.id, visibleReply.id, publicPractice].sort());
      expect(visitorView.total).toBe(3);
      expect(visitorView.facets.type.reduce((sum, f) => sum + f.count, 0)).toBe(3);
      expect(visitorView.facets.community).toEqual([{ value: open.slug, label: open.name, count: 2 }]);

      const outsider = await aPerson();
      const outsiderView = await search(outsider, { q: `budget ${stamp}`, limit: 50 });
      expect(ids(outsiderView).sort()).toEqual([visible.id, visibleReply.id, membersThread.id, publicPractice, membersPractice].sort());
      expect(outsiderView.facets.community.map((f) => f.value).sort()).toEqual([open.slug, members.slug].sort());
      for (const never of [hiddenReply.id, deletedReply.id, waitingReply.id, hiddenThread.id, hiddenThreadReply.id, privateThread.id, privateReply.id]) {
        expect(ids(outsiderView)).not.toContain(never);
      }
      // Asking for the private community by name changes nothing.
      expect(await search(outsider, { q: `budget ${stamp}`, community: closed.slug })).toMatchObject({ items: [], total: 0, facets: { type: [], community: [], country: [] } });

      const insiderView = await search(author, { q: `budget ${stamp}`, limit: 50 });
      expect(ids(insiderView).sort()).toEqual([visible.id, visibleReply.id, membersThread.id, privateThread.id, privateReply.id, publicPractice, membersPractice].sort());
      const moderator = await aPerson({ role: 'moderator' });
      expect(ids(await search(moderator, { q: `budget ${stamp}`, limit: 50 }))).toContain(privateReply.id);
    });

    it('suggests readable titles and communities as you type, and people to signed-in callers only', async () => {
      const stamp = aStamp();
      const open = await aCommunity(t.dataSource, { visibility: 'public', name: `Quayside ${stamp} forum` });
      const closed = await aCommunity(t.dataSource, { visibility: 'private', name: `Quayside ${stamp} board` });
      const author = await aMemberOf(open);
      await aUser(t.dataSource, { displayName: `Quayside ${stamp} Person` });
      const thread = await aThread(author, open, { title: `Quayside ${stamp} ferry timetables`, body: 'Ferries.' });
      const prefix = `quayside ${stamp.slice(0, 5)}`;
      const visitor = (await (await aBrowser(t.http)).agent.get('/api/search/suggest').query({ q: prefix }).expect(200)).body as SearchSuggestions;
      expect(visitor).toEqual({ titles: [{ type: 'thread', id: thread.id, title: thread.title }], people: [], communities: [{ slug: open.slug, name: open.name }] });
      const member = (await author.agent.get('/api/search/suggest').query({ q: prefix }).expect(200)).body as SearchSuggestions;
      expect(member.people.map((p) => p.displayName)).toEqual([`Quayside ${stamp} Person`]);
      expect(member.communities.map((c) => c.slug)).not.toContain(closed.slug);
      // A typo still suggests the title.
      expect(((await author.agent.get('/api/search/suggest').query({ q: `${stamp} fery timetables` }).expect(200)).body as SearchSuggestions).titles.map((s) => s.id)).toEqual([thread.id]);
      expect((await author.agent.get('/api/search/suggest').query({ q: 'q' }).expect(200)).body).toEqual({ titles: [], people: [], communities: [] });
    });
  });

  describe('results', () => {
    it('searches events, documents (their text) and practices too, filtered by type, country, author, organisation, tag and date', async () => {
      const stamp = aStamp();
      const community = await aCommunity(t.dataSource);
      const dutch = await aMemberOf(community, { country: 'NL' });
      const danish = await aMemberOf(community, { country: 'DK', language: 'da' });
      const event = (
        await post(danish, `/api/communities/${community.slug}/events`, {
          title: `Affaldsindsamling workshop ${stamp}`,
          description: 'Vi taler om kommunernes data.',
          kind: 'workshop',
          startLocal: '2027-03-20T10:00',
          endLocal: '2027-03-20T16:00',
          timeZone: 'Europe/Copenhagen',
          venue: 'Aarhus Rådhus',
        }).expect(201)
      ).body as { id: string; threadId: string };
      const document = (
        await danish.agent
          .post(`/api/communities/${community.slug}/documents`)
          .set('X-XSRF-TOKEN', danish.xsrf)
          .field('title', 'Evaluation report')
          .field('licence', 'CC-BY-4.0')
          .field('language', 'en')
          .field('tags', 'waste')
          .attach('file', Buffer.from(`Findings: kerbside collection schedules published as open data. ${stamp}\n`), 'report.txt')
          .expect(201)
      ).body as { id: string };
      const thread = await aThread(dutch, community, { title: `Kerbside collection ${stamp}`, body: 'Schedules as open data.', tags: ['waste'] });

      const visitor = await aBrowser(t.http);
      expect(ids(await search(visitor, { q: `kommune ${stamp}` }))).toEqual([event.id]);
      const all = await search(visitor, { q: `${stamp} collection` });
      expect(ids(all).sort()).toEqual([document.id, thread.id].sort());
      expect(all.items.find((i) => i.type === 'document')?.snippetHtml).toContain('<mark>collection</mark>');
      expect(all.facets.country.map((f) => [f.value, f.count]).sort()).toEqual([['DK', 1], ['NL', 1]]);
      expect(ids(await search(visitor, { q: `${stamp} collection`, country: 'DK' }))).toEqual([document.id]);
      expect(ids(await search(visitor, { q: `${stamp} collection`, type: 'thread' }))).toEqual([thread.id]);
      expect((await search(visitor, { q: `${stamp} collection`, type: 'thread' })).facets.type.map((f) => [f.value, f.count]).sort()).toEqual([['document', 1], ['thread', 1]]);
      // The event's discussion thread, started with it, carries its title.
      expect(ids(await search(visitor, { q: stamp, author: danish.id })).sort()).toEqual([event.id, event.threadId, document.id].sort());
      const organisationId = (await t.dataSource.query('SELECT organisation_id FROM users WHERE id = $1', [dutch.id]))[0].organisation_id as string;
      expect(ids(await search(visitor, { q: stamp, organisation: organisationId }))).toEqual([thread.id]);
      const tagged = await search(visitor, { q: stamp, tag: 'waste' });
      expect(ids(tagged).sort()).toEqual([document.id, thread.id].sort());
      // Results carry their tags, so a page can offer "more with this tag".
      expect(tagged.items.map((hit) => hit.tags)).toEqual([['waste'], ['waste']]);
      expect((await search(visitor, { q: stamp, type: 'event' })).items.map((hit) => hit.tags)).toEqual([[]]);
      expect(ids(await search(visitor, { q: stamp, from: '2027-03-20', to: '2027-03-20' }))).toEqual([event.id]);
      expect(ids(await search(visitor, { q: stamp, to: '2027-01-01' })).sort()).toEqual([document.id, thread.id, event.threadId].sort());
      expect(ids(await search(visitor, { q: stamp, community: community.slug })).sort()).toEqual([event.id, event.threadId, document.id, thread.id].sort());
    });

    it('pages by keyset through results ranked by relevance, each result once', async () => {
      const stamp = aStamp();
      const community = await aCommunity(t.dataSource);
      const author = await aMemberOf(community);
      const thread = await aThread(author, community, { title: `Harbour ${stamp}`, body: 'Harbour works.' });
      const replies: string[] = [];
      for (let i = 0; i < 6; i++) replies.push((await aReply(author, thread.id, `${'harbour '.repeat(i + 1)}${stamp} reply ${i}`)).id);
      const visitor = await aBrowser(t.http);
      const seen: SearchResult['items'] = [];
      let cursor: string | null = null;
      do {
        const page: SearchResult = await search(visitor, { q: `harbour ${stamp}`, limit: 3, ...(cursor ? { cursor } : {}) });
        expect(page.total).toBe(7);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.map((i) => i.id).sort()).toEqual([thread.id, ...replies].sort());
      expect(seen.map((i) => i.score)).toEqual([...seen.map((i) => i.score)].sort((a, b) => b - a));
      // The title counts most.
      expect(seen[0]?.id).toBe(thread.id);
    });
  });

  describe('the sample network', () => {
    it('is searchable in Dutch, German and Danish, members-only items for members only', async () => {
      await t.app.get(DemoDataService).reset('demo-password-for-search');
      const visitor = await aBrowser(t.http);
      const titles = async (who: Browserish, q: string) => (await search(who, { q })).items.map((i) => i.title);
      expect(await titles(visitor, 'gemeenten')).toContain('Parkeervergunning aanvragen met DigiD: hoe doet uw gemeente het?');
      expect(await titles(visitor, 'Bürgerämter')).toContain('Online-Terminbuchung im Bürgeramt: Erfahrungen nach einem Jahr');
      expect(await titles(visitor, 'kommunen breve')).toEqual([]);
      const member = await signedIn(t.http, 'member@example.org', 'demo-password-for-search');
      expect(await titles(member, 'kommunen breve')).toContain('Breve i et klart sprog fra kommunen: hvad virker for borgerne?');
      expect(await titles(visitor, 'wallet')).toEqual(expect.arrayContaining(['Workshop: wallet-ready municipal services']));
    });
  });
});
