import { type MailCatcher, type TestApp, TEST_PASSWORD, aBrowser, aUser, createTestApp, signedIn, startMailCatcher, tokenFromMail } from '@sce/api-testing';
import request from 'supertest';

describe('/api/users/me', () => {
  let t: TestApp;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await createTestApp([], { SMTP_URL: mail.url });
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('shows and edits one’s own profile', async () => {
    const user = await aUser(t.dataSource);
    const { agent, xsrf } = await signedIn(t.http, user.email);
    expect((await agent.get('/api/users/me').expect(200)).body).toMatchObject({ id: user.id, email: user.email, language: 'en' });
    const res = await agent
      .patch('/api/users/me')
      .set('X-XSRF-TOKEN', xsrf)
      .send({ displayName: ' Lotte  Janssens ', bio: 'Enterprise architect.', expertise: ['APIs', 'apis', 'Open Data'], language: 'nl', timeZone: 'Europe/Brussels' })
      .expect(200);
    expect(res.body).toMatchObject({ displayName: 'Lotte Janssens', bio: 'Enterprise architect.', expertise: ['apis', 'open data'], language: 'nl', timeZone: 'Europe/Brussels' });
  });

  it.each([
    [{ timeZone: 'Mars/Olympus_Mons' }, 'body.timeZone'],
    [{ language: 'fr' }, 'body.language'],
    [{ displayName: 'x' }, 'body.displayName'],
    [{ bio: 'x'.repeat(2001) }, 'body.bio'],
    [{ expertise: Array.from({ length: 21 }, (_, i) => `tag${i}`) }, 'body.expertise'],
    [{}, 'body'],
  ])('refuses %o naming %s', async (body, field) => {
    const user = await aUser(t.dataSource);
    const { agent, xsrf } = await signedIn(t.http, user.email);
    const res = await agent.patch('/api/users/me').set('X-XSRF-TOKEN', xsrf).send(body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('asks a visitor to sign in', async () => {
    await request(t.http).get('/api/users/me').expect(401);
  });

  describe('password change', () => {
    it('needs the current password, ends other sessions and keeps this one signed in', async () => {
      const user = await aUser(t.dataSource);
      const here = await signedIn(t.http, user.email);
      const elsewhere = await signedIn(t.http, user.email);
      const newPassword = 'harbour cranes in the morning fog';

      const wrong = await here.agent.post('/api/users/me/password').set('X-XSRF-TOKEN', here.xsrf).send({ currentPassword: 'not my password at all', newPassword }).expect(400);
      expect(wrong.body.errors[0].field).toBe('body.currentPassword');
      const weak = await here.agent.post('/api/users/me/password').set('X-XSRF-TOKEN', here.xsrf).send({ currentPassword: TEST_PASSWORD, newPassword: 'qwerty123456' }).expect(400);
      expect(weak.body.errors[0].field).toBe('body.newPassword');

      await here.agent.post('/api/users/me/password').set('X-XSRF-TOKEN', here.xsrf).send({ currentPassword: TEST_PASSWORD, newPassword }).expect(200);
      await elsewhere.agent.get('/api/users/me').expect(401);
      await here.agent.get('/api/users/me').expect(200);
      await signedIn(t.http, user.email, newPassword);
    });
  });

  describe('email change', () => {
    it('changes the address once the new one confirms, and tells the old one', async () => {
      const user = await aUser(t.dataSource);
      const { agent, xsrf } = await signedIn(t.http, user.email);
      const newEmail = `moved-${Date.now()}@new.example.org`;
      await agent.post('/api/users/me/email').set('X-XSRF-TOKEN', xsrf).send({ currentPassword: 'wrong password here', newEmail }).expect(400);
      const accepted = await agent.post('/api/users/me/email').set('X-XSRF-TOKEN', xsrf).send({ currentPassword: TEST_PASSWORD, newEmail: newEmail.toUpperCase() }).expect(202);
      expect((await agent.get('/api/users/me')).body.email).toBe(user.email);

      const token = tokenFromMail(await mail.waitFor(newEmail, /Confirm your new email/));
      const visitor = await aBrowser(t.http);
      await visitor.agent.post('/api/users/email/confirm').set('X-XSRF-TOKEN', visitor.xsrf).send({ token }).expect(204);
      expect((await agent.get('/api/users/me')).body.email).toBe(newEmail);
      await mail.waitFor(user.email, /was changed/);
      expect((await visitor.agent.post('/api/users/email/confirm').set('X-XSRF-TOKEN', visitor.xsrf).send({ token }).expect(400)).body.code).toBe('LINK_INVALID');

      // An address already taken gets the same answer and no mail.
      const other = await aUser(t.dataSource);
      const before = mail.mails.length;
      const taken = await agent.post('/api/users/me/email').set('X-XSRF-TOKEN', xsrf).send({ currentPassword: TEST_PASSWORD, newEmail: other.email }).expect(202);
      expect(taken.body).toEqual(accepted.body);
      expect(mail.mails.length).toBe(before);
    });
  });
});
