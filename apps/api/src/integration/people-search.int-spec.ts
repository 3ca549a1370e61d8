import { type TestApp, aBrowser, aUser, anOrganisation, createTestApp, signedIn } from '@sce/api-testing';
import type { Person } from '@sce/shared-contracts';

describe('GET /api/users?q= (people to mention or invite)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([]);
  });
  afterAll(() => t.close());

  it('finds active people by part of their name, names that start with it first, with their organisation', async () => {
    const stamp = Date.now().toString(36);
    const organisation = await anOrganisation(t.dataSource, { name: `Aarhus ${stamp}` });
    const starts = await aUser(t.dataSource, { displayName: `Zqx${stamp} Kjær`, organisationId: organisation.id });
    const contains = await aUser(t.dataSource, { displayName: `Anne Zqx${stamp}` });
    await aUser(t.dataSource, { displayName: `Zqx${stamp} Pending`, status: 'pending' });
    const viewer = await signedIn(t.http, (await aUser(t.dataSource)).email);
    const found = (await viewer.agent.get('/api/users').query({ q: `zqx${stamp}` }).expect(200)).body as Person[];
    expect(found).toEqual([
      { id: starts.id, displayName: starts.displayName, organisationId: organisation.id, organisationName: organisation.name },
      expect.objectContaining({ id: contains.id }),
    ]);
  });

  it('treats % and _ literally, names a bad query, and asks visitors to sign in', async () => {
    const viewer = await signedIn(t.http, (await aUser(t.dataSource)).email);
    expect((await viewer.agent.get('/api/users').query({ q: '%%' }).expect(200)).body).toEqual([]);
    expect((await viewer.agent.get('/api/users').query({ q: 'a' }).expect(400)).body.errors[0].field).toBe('query.q');
    await (await aBrowser(t.http)).agent.get('/api/users').query({ q: 'anne' }).expect(401);
  });
});
