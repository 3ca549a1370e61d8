import { type TestApp, aBrowser, anOrganisation, aUser, createTestApp, signedIn } from '@sce/api-testing';
import request from 'supertest';

describe('organisations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([]);
  });
  afterAll(() => t.close());

  it('lists organisations publicly with active member counts, by name, page by page', async () => {
    const prefix = `Zz-${Date.now()}`;
    const orgs = [];
    for (const suffix of ['a', 'b', 'c']) orgs.push(await anOrganisation(t.dataSource, { name: `${prefix} ${suffix}`, emailDomains: ['secret.example.org'] }));
    await aUser(t.dataSource, { organisationId: orgs[0].id });
    await aUser(t.dataSource, { organisationId: orgs[0].id });
    await aUser(t.dataSource, { organisationId: orgs[0].id, status: 'pending' });

    const first = await request(t.http).get('/api/organisations').query({ q: prefix, limit: 2 }).expect(200);
    expect(first.body.items.map((o: { name: string }) => o.name)).toEqual([`${prefix} a`, `${prefix} b`]);
    expect(first.body.items[0].memberCount).toBe(2);
    expect(first.body.items[0].emailDomains).toBeUndefined();
    const second = await request(t.http).get('/api/organisations').query({ q: prefix, limit: 2, cursor: first.body.nextCursor }).expect(200);
    expect(second.body).toEqual({ items: [expect.objectContaining({ name: `${prefix} c` })], nextCursor: null });
  });

  it('filters by country and kind, and names a wrong filter', async () => {
    const prefix = `Filter-${Date.now()}`;
    const danish = await anOrganisation(t.dataSource, { name: `${prefix} Aarhus`, country: 'DK', kind: 'municipality' });
    await anOrganisation(t.dataSource, { name: `${prefix} Twente`, country: 'NL', kind: 'university' });
    const byCountry = await request(t.http).get('/api/organisations').query({ q: prefix, country: 'DK' }).expect(200);
    expect(byCountry.body.items.map((o: { id: string }) => o.id)).toEqual([danish.id]);
    const byKind = await request(t.http).get('/api/organisations').query({ q: prefix, kind: 'university' }).expect(200);
    expect(byKind.body.items.map((o: { name: string }) => o.name)).toEqual([`${prefix} Twente`]);
    const wrong = await request(t.http).get('/api/organisations').query({ country: 'FR', kind: 'castle' }).expect(400);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['query.country', 'query.kind']);
  });

  it('treats % and _ in the search literally', async () => {
    await anOrganisation(t.dataSource, { name: `Percent ${Date.now()}` });
    const res = await request(t.http).get('/api/organisations').query({ q: '%' }).expect(200);
    expect(res.body.items).toEqual([]);
  });

  it('shows one organisation and the public profiles of its active members, without emails', async () => {
    const org = await anOrganisation(t.dataSource);
    const member = await aUser(t.dataSource, { organisationId: org.id, displayName: 'Aa Public Person', bio: 'Works on permits.' });
    await aUser(t.dataSource, { organisationId: org.id, status: 'suspended' });
    await request(t.http).get(`/api/organisations/${org.id}`).expect(200).expect((res) => expect(res.body).toMatchObject({ id: org.id, memberCount: 1 }));
    const members = await request(t.http).get(`/api/organisations/${org.id}/members`).expect(200);
    expect(members.body.items).toEqual([{ id: member.id, displayName: 'Aa Public Person', role: 'member', bio: 'Works on permits.', expertise: [], organisationId: org.id }]);
    expect(JSON.stringify(members.body)).not.toContain('@');
  });

  it('answers 404 for an unknown organisation and 400 naming the parameter for a malformed id', async () => {
    expect((await request(t.http).get('/api/organisations/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('NOT_FOUND');
    expect((await request(t.http).get('/api/organisations/not-a-uuid').expect(400)).body.errors).toEqual([{ field: 'param.id', message: 'must be an id (a UUID)' }]);
  });

  describe('administration', () => {
    const body = { name: 'Municipality of Esbjerg', kind: 'municipality', country: 'DK', city: 'Esbjerg', website: 'https://esbjerg.example.org', emailDomains: ['Esbjerg.example.org', 'esbjerg.example.org'] };

    it('lets an admin create and change one, each change in the audit log', async () => {
      const admin = await aUser(t.dataSource, { role: 'admin' });
      const { agent, xsrf } = await signedIn(t.http, admin.email);
      const created = await agent.post('/api/admin/organisations').set('X-XSRF-TOKEN', xsrf).send(body).expect(201);
      expect(created.body).toMatchObject({ name: 'Municipality of Esbjerg', emailDomains: ['esbjerg.example.org'], memberCount: 0 });
      const changed = await agent.patch(`/api/admin/organisations/${created.body.id}`).set('X-XSRF-TOKEN', xsrf).send({ city: 'Esbjerg Ø' }).expect(200);
      expect(changed.body.city).toBe('Esbjerg Ø');
      const audit = (await t.dataSource.query('SELECT actor_id, action FROM audit_log WHERE target_id = $1 ORDER BY id', [created.body.id])) as { actor_id: string; action: string }[];
      expect(audit).toEqual([{ actor_id: admin.id, action: 'organisation.created' }, { actor_id: admin.id, action: 'organisation.updated' }]);
      const list = await agent.get('/api/admin/organisations').query({ q: 'Esbjerg' }).expect(200);
      expect(list.body.items[0].emailDomains).toEqual(['esbjerg.example.org']);
    });

    it('names each invalid field', async () => {
      const admin = await aUser(t.dataSource, { role: 'admin' });
      const { agent, xsrf } = await signedIn(t.http, admin.email);
      const res = await agent.post('/api/admin/organisations').set('X-XSRF-TOKEN', xsrf).send({ ...body, kind: 'castle', country: 'FR', website: 'javascript:alert(1)', emailDomains: ['not a domain'] }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.country', 'body.emailDomains.0', 'body.kind', 'body.website']);
      await agent.patch('/api/admin/organisations/00000000-0000-4000-8000-000000000000').set('X-XSRF-TOKEN', xsrf).send({ city: 'X' }).expect(404);
      await agent.patch('/api/admin/organisations/00000000-0000-4000-8000-000000000000').set('X-XSRF-TOKEN', xsrf).send({}).expect(400);
    });

    it.each(['member', 'researcher', 'moderator'] as const)('refuses a %s with 403', async (role) => {
      const user = await aUser(t.dataSource, { role });
      const { agent, xsrf } = await signedIn(t.http, user.email);
      await agent.post('/api/admin/organisations').set('X-XSRF-TOKEN', xsrf).send(body).expect(403);
      await agent.get('/api/admin/organisations').expect(403);
    });

    it('asks a visitor to sign in', async () => {
      const { agent, xsrf } = await aBrowser(t.http);
      await agent.post('/api/admin/organisations').set('X-XSRF-TOKEN', xsrf).send(body).expect(401);
    });
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await t.dataSource.query(`INSERT INTO audit_log (actor_id, action, target_type, target_id) VALUES (NULL, 'test.entry', 'test', 'x')`);
    await expect(t.dataSource.query(`UPDATE audit_log SET action = 'rewritten' WHERE action = 'test.entry'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log WHERE action = 'test.entry'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });
});
