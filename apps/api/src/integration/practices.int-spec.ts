import { PracticesModule } from '@sce/api-practices';
import { type Browserish, type TestApp, aBrowser, aCommunity, aMembership, anOrganisation, aUser, createTestApp, signedIn } from '@sce/api-testing';
import type { EvaluationsResult, PracticeDetail, PracticeInsights, PracticePage, Showcase, Transfer, TransferInsights } from '@sce/shared-contracts';

describe('practice exchange', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([PracticesModule]);
  });
  afterAll(() => t.close());

  type Person = Browserish & { id: string; organisationId: string };
  async function aPersonOf(organisationId: string, role: 'member' | 'admin' = 'member'): Promise<Person> {
    const user = await aUser(t.dataSource, { organisationId, role });
    return { id: user.id, organisationId, ...(await signedIn(t.http, user.email)) };
  }
  const anOrg = (country: string, name?: string) => anOrganisation(t.dataSource, { country: country as 'NL', ...(name ? { name } : {}) });
  const practice = (overrides: object = {}) => ({
    title: 'Online parking permits in one visit',
    summary: 'Residents apply for and renew parking permits online, with licence plate checks against the national register.',
    domain: 'permits_licences',
    problem: 'Queues at the counter.',
    solution: 'A web form with automatic checks.',
    channels: ['web', 'mobile'],
    maturity: 'production',
    costBand: '10k_100k',
    metrics: [{ name: 'Counter visits per month', before: 1200, after: 300, unit: 'visits', period: '2025', source: 'Municipal statistics' }],
    evidence: [{ label: 'Evaluation report', url: 'https://example.org/report.pdf' }],
    prerequisites: { legal: 'Access to the vehicle register.', technical: 'eID sign-in.' },
    ...overrides,
  });
  const create = (who: Person, body: object) => who.agent.post('/api/practices').set('X-XSRF-TOKEN', who.xsrf).send(body);
  const transfer = (who: Person, id: string, body: object) => who.agent.post(`/api/practices/${id}/transfers`).set('X-XSRF-TOKEN', who.xsrf).send(body);
  const evaluate = (who: Person, id: string, body: object) => who.agent.put(`/api/practices/${id}/evaluations`).set('X-XSRF-TOKEN', who.xsrf).send(body);
  const scores = (e: number, s: number, c: number, x: number) => ({ effectiveness: e, userSatisfaction: s, costEfficiency: c, easeOfTransfer: x, evidenceLevel: 'internal_evaluation' });

  it('lets only the owning organisation (and administrators) change a practice', async () => {
    const owner = await aPersonOf((await anOrg('NL')).id);
    const colleague = await aPersonOf(owner.organisationId);
    const outsider = await aPersonOf((await anOrg('DK')).id);
    const admin = await aPersonOf((await anOrg('BE')).id, 'admin');
    const created = (await create(owner, practice()).expect(201)).body as PracticeDetail;
    expect(created).toMatchObject({ organisation: { id: owner.organisationId }, metrics: [{ before: 1200, after: 300 }], viewer: { canEdit: true, canTransfer: false, canEvaluate: false } });
    await outsider.agent.patch(`/api/practices/${created.id}`).set('X-XSRF-TOKEN', outsider.xsrf).send({ maturity: 'scaled' }).expect(403);
    await colleague.agent.patch(`/api/practices/${created.id}`).set('X-XSRF-TOKEN', colleague.xsrf).send({ maturity: 'scaled' }).expect(200);
    await admin.agent.patch(`/api/practices/${created.id}`).set('X-XSRF-TOKEN', admin.xsrf).send({ title: 'Parking permits online' }).expect(200);
    await outsider.agent.patch(`/api/practices/${created.id}`).set('X-XSRF-TOKEN', outsider.xsrf).send({ contactUserId: outsider.id }).expect(403);
    expect((await create(admin, practice({ organisationId: '00000000-0000-4000-8000-000000000000' })).expect(400)).body.errors[0].field).toBe('body.organisationId');
    expect((await owner.agent.patch(`/api/practices/${created.id}`).set('X-XSRF-TOKEN', owner.xsrf).send({ contactUserId: outsider.id }).expect(400)).body.errors[0].field).toBe('body.contactUserId');
    const detail = (await outsider.agent.get(`/api/practices/${created.id}`).expect(200)).body as PracticeDetail;
    expect(detail).toMatchObject({ title: 'Parking permits online', maturity: 'scaled', viewer: { canEdit: false, canTransfer: true, canEvaluate: true } });
  });

  it('refuses bad input with a 400 naming the field', async () => {
    const owner = await aPersonOf((await anOrg('NL')).id);
    const cases: Array<[object, string]> = [
      [{ domain: 'space_travel' }, 'body.domain'],
      [{ maturity: 'legendary' }, 'body.maturity'],
      [{ metrics: [{ name: 'Visits', unit: 'visits' }] }, 'body.metrics.0.after'],
      [{ metrics: [{ name: 'Visits', after: 'many', unit: 'visits' }] }, 'body.metrics.0.after'],
      [{ channels: ['fax'] }, 'body.channels.0'],
      [{ evidence: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'body.evidence.0.url'],
      [{ title: '' }, 'body.title'],
    ];
    for (const [change, field] of cases) {
      const res = await create(owner, practice(change));
      expect({ change, status: res.status, fields: res.body.errors?.map((e: { field: string }) => e.field) }).toMatchObject({ status: 400, fields: expect.arrayContaining([field]) });
    }
    const created = (await create(owner, practice()).expect(201)).body as PracticeDetail;
    const evaluator = await aPersonOf((await anOrg('DE')).id);
    for (const [bad, field] of [
      [{ ...scores(0, 3, 3, 3) }, 'body.effectiveness'],
      [{ ...scores(3, 6, 3, 3) }, 'body.userSatisfaction'],
      [{ ...scores(3, 3, 2.5, 3) }, 'body.costEfficiency'],
      [{ ...scores(3, 3, 3, 3), evidenceLevel: 'rumour' }, 'body.evidenceLevel'],
    ] as const) {
      expect((await evaluate(evaluator, created.id, bad).expect(400)).body.errors[0].field).toBe(field);
    }
  });

  it('keeps one evaluation per person, editable, not by the owners, with means PostgreSQL computes as we do', async () => {
    const owner = await aPersonOf((await anOrg('NL')).id);
    const created = (await create(owner, practice({ domain: 'health' })).expect(201)).body as PracticeDetail;
    await evaluate(owner, created.id, scores(5, 5, 5, 5)).expect(403);
    const given = [scores(4, 5, 3, 2), scores(2, 3, 4, 5), scores(5, 4, 4, 4)];
    const people = await Promise.all(given.map(async () => aPersonOf((await anOrg('SE')).id)));
    for (const [i, person] of people.entries()) await evaluate(person, created.id, given[i]!).expect(200);
    // The first person changes their mind: still three evaluations.
    given[0] = scores(3, 3, 3, 3);
    const result = (await evaluate(people[0]!, created.id, { ...given[0], comment: 'Revised after a year' }).expect(200)).body as EvaluationsResult;
    const mean = (k: keyof ReturnType<typeof scores>) => Math.round((given.reduce((sum, g) => sum + Number(g[k]), 0) / given.length) * 100) / 100;
    expect(result.scores).toEqual({
      effectiveness: mean('effectiveness'),
      userSatisfaction: mean('userSatisfaction'),
      costEfficiency: mean('costEfficiency'),
      easeOfTransfer: mean('easeOfTransfer'),
      overall: Math.round(((mean('effectiveness') + mean('userSatisfaction') + mean('costEfficiency') + mean('easeOfTransfer')) / 4) * 100) / 100,
      count: 3,
    });
    expect(result.evaluations.find((e) => e.evaluator.id === people[0]!.id)?.comment).toBe('Revised after a year');

    const insights = (await owner.agent.get('/api/insights/practices?domain=health').expect(200)).body as PracticeInsights;
    const health = insights.domains.find((d) => d.domain === 'health');
    const all = await t.dataSource.query(`SELECT e.* FROM practice_evaluations e JOIN practices p ON p.id = e.practice_id WHERE p.domain = 'health'`);
    const domainMean = Math.round((all.reduce((sum: number, e: { effectiveness: number }) => sum + e.effectiveness, 0) / all.length) * 100) / 100;
    expect(health?.scores).toMatchObject({ effectiveness: domainMean, count: all.length });
    expect(insights.byScore.map((p) => p.id)).toContain(created.id);
  });

  it('moves transfers forward or to abandoned, only by the adopting organisation, and tells the owners', async () => {
    const owner = await aPersonOf((await anOrg('NL', 'Sample Utrecht')).id);
    const adopter = await aPersonOf((await anOrg('NO', 'Sample Bergen')).id);
    const bystander = await aPersonOf((await anOrg('DK')).id);
    const created = (await create(owner, practice({ domain: 'mobility' })).expect(201)).body as PracticeDetail;
    expect((await transfer(owner, created.id, { stage: 'exploring' }).expect(409)).body.code).toBe('OWN_PRACTICE');
    expect((await transfer(adopter, created.id, { stage: 'abandoned' }).expect(400)).body.errors[0].field).toBe('body.stage');
    const started = (await transfer(adopter, created.id, { stage: 'exploring', note: 'Looking at the legal side', successFactors: ['Shared eID'] }).expect(201)).body as Transfer;
    expect(started).toMatchObject({ stage: 'exploring', from: { country: 'NL' }, to: { country: 'NO' }, successFactors: ['shared eid'], history: [{ stage: 'exploring', note: 'Looking at the legal side' }] });
    expect((await transfer(adopter, created.id, { stage: 'exploring' }).expect(409)).body.code).toBe('ALREADY_TRANSFERRING');

    const patch = (who: Person, body: object) => who.agent.patch(`/api/transfers/${started.id}`).set('X-XSRF-TOKEN', who.xsrf).send(body);
    await patch(bystander, { stage: 'piloting' }).expect(403);
    await patch(owner, { stage: 'piloting' }).expect(403);
    await patch(adopter, { stage: 'adopted', note: 'Live in all districts', impact: [{ name: 'Counter visits', before: 800, after: 250, unit: 'visits per month' }], failureFactors: ['Procurement delays'] }).expect(200);
    expect((await patch(adopter, { stage: 'piloting' }).expect(409)).body.code).toBe('STAGE_BACKWARDS');
    const abandoned = (await patch(adopter, { stage: 'abandoned', note: 'Budget cut' }).expect(200)).body as Transfer;
    expect(abandoned.history.map((h) => h.stage)).toEqual(['exploring', 'adopted', 'abandoned']);
    expect((await patch(adopter, { stage: 'adopted' }).expect(409)).body.code).toBe('STAGE_BACKWARDS');

    const told: { count: string }[] = await t.dataSource.query(`SELECT count(*) FROM realtime_events WHERE type = 'practice.transfer' AND rooms = ARRAY[$1]::text[]`, [`user:${owner.id}`]);
    expect(Number(told[0]?.count)).toBe(3);

    const flows = (await owner.agent.get('/api/insights/transfers?domain=mobility').expect(200)).body as TransferInsights;
    expect(flows.flows).toContainEqual({ fromCountry: 'NL', toCountry: 'NO', transfers: expect.any(Number), adopted: expect.any(Number), abandoned: expect.any(Number) });
    const own = flows.flows.find((f) => f.fromCountry === 'NL' && f.toCountry === 'NO');
    const [counted]: { transfers: number; abandoned: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS transfers, count(*) FILTER (WHERE t.stage = 'abandoned')::int AS abandoned FROM practice_transfers t JOIN practices p ON p.id = t.practice_id
         JOIN organisations f ON f.id = p.organisation_id JOIN organisations d ON d.id = t.to_organisation_id WHERE p.domain = 'mobility' AND f.country = 'NL' AND d.country = 'NO'`,
    );
    expect(own).toMatchObject(counted!);
    expect(flows.successFactors).toContainEqual({ factor: 'shared eid', count: expect.any(Number) });
    expect(flows.failureFactors).toContainEqual({ factor: 'procurement delays', count: expect.any(Number) });
  });

  it('shows visitors only public practices: in lists, pages, insights and the showcase', async () => {
    const owner = await aPersonOf((await anOrg('DE')).id);
    const open = (await create(owner, practice({ title: 'Public practice for the showcase', domain: 'education' })).expect(201)).body as PracticeDetail;
    const closed = (await create(owner, practice({ title: 'Members-only practice', visibility: 'members', domain: 'education' })).expect(201)).body as PracticeDetail;
    const visitor = await aBrowser(t.http);
    await visitor.agent.get(`/api/practices/${open.id}`).expect(200);
    await visitor.agent.get(`/api/practices/${closed.id}`).expect(404);
    await visitor.agent.get(`/api/practices/${closed.id}/evaluations`).expect(404);
    const listed = (await visitor.agent.get('/api/practices?domain=education&limit=100').expect(200)).body as PracticePage;
    expect(listed.items.map((p) => p.id)).toContain(open.id);
    expect(listed.items.map((p) => p.id)).not.toContain(closed.id);
    const signedInList = (await owner.agent.get(`/api/practices?q=${encodeURIComponent('members-only')}`).expect(200)).body as PracticePage;
    expect(signedInList.items.map((p) => p.id)).toEqual([closed.id]);
    const showcase = (await visitor.agent.get('/api/showcase').expect(200)).body as Showcase;
    expect(showcase.totals.practices).toBe(Number((await t.dataSource.query(`SELECT count(*) FROM practices WHERE visibility = 'public'`))[0].count));
    expect(showcase.highlights.every((p) => p.visibility === 'public')).toBe(true);
    expect(showcase.countries.some((c) => c.country === 'DE')).toBe(true);
    await visitor.agent.get('/api/practices?country=Germany').expect(400);
    await visitor.agent.get('/api/insights/practices?domain=unknown').expect(400);
  });

  it('starts the practice’s discussion thread in a community the author may post in', async () => {
    const organisationId = (await anOrg('GB')).id;
    const owner = await aPersonOf(organisationId);
    const community = await aCommunity(t.dataSource);
    const user = await t.dataSource.query('SELECT * FROM users WHERE id = $1', [owner.id]);
    await aMembership(t.dataSource, community, user[0], 'member');
    const created = (await create(owner, practice({ communitySlug: community.slug })).expect(201)).body as PracticeDetail;
    const thread = (await owner.agent.get(`/api/threads/${created.threadId}`).expect(200)).body;
    expect(thread).toMatchObject({ kind: 'practice', title: 'Practice: Online parking permits in one visit' });
    const elsewhere = await aCommunity(t.dataSource);
    expect((await create(owner, practice({ communitySlug: elsewhere.slug })).expect(400)).body.errors[0].field).toBe('body.communitySlug');
  });
});
