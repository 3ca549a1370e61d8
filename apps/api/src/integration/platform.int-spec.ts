import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommunitiesModule } from '@sce/api-communities';
import { type TestApp, aBrowser, createTestApp } from '@sce/api-testing';
import request from 'supertest';

describe('platform (HTTP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([CommunitiesModule]);
  });
  afterAll(() => t.close());

  it('answers liveness without touching the database', async () => {
    const res = await request(t.http).get('/api/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('reports readiness with the database status', async () => {
    const res = await request(t.http).get('/api/health/ready').expect(200);
    expect(res.body.info.database.status).toBe('up');
  });

  it('answers an unknown API path with a 404 problem+json', async () => {
    const res = await request(t.http).get('/api/no-such-thing').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({ type: 'urn:sce:problem:not-found', title: 'Not Found', status: 404, detail: 'There is nothing at this address.', code: 'NOT_FOUND' });
  });

  it('turns malformed JSON into a 400 problem without leaking parser internals', async () => {
    const { agent, xsrf } = await aBrowser(t.http);
    const res = await agent.post('/api/communities').set('X-XSRF-TOKEN', xsrf).set('Content-Type', 'application/json').send('{"name": ').expect(400);
    expect(res.body.code).toBe('MALFORMED_REQUEST');
    expect(JSON.stringify(res.body)).not.toMatch(/at |node_modules|SyntaxError/);
  });

  it('refuses bodies over the limit with 413', async () => {
    const { agent, xsrf } = await aBrowser(t.http);
    const res = await agent.post('/api/communities').set('X-XSRF-TOKEN', xsrf).set('Content-Type', 'application/json').send(JSON.stringify({ big: 'x'.repeat(1_100_000) })).expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const doc = await request(t.http).get('/api/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/communities', '/api/health/ready']));
    await request(t.http).get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('sends security headers and a request id', async () => {
    const res = await request(t.http).get('/api/health/live');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a well-formed request id from the proxy', async () => {
    const res = await request(t.http).get('/api/health/live').set('X-Request-Id', 'lb-1234567890');
    expect(res.headers['x-request-id']).toBe('lb-1234567890');
  });
});

describe('web app shell (HTTP)', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'sce-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Smart Cities Exchange</title>');
    t = await createTestApp([], { WEB_DIST_DIR: webDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('answers any app route with index.html and hands out the CSRF cookie before the first API call', async () => {
    const res = await request(t.http).get('/communities/open-data').expect(200).expect('Content-Type', /html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    const cookie = [res.headers['set-cookie'] ?? []].flat().find((c: string) => c.startsWith('XSRF-TOKEN='));
    expect(cookie).toMatch(/^XSRF-TOKEN=[A-Za-z0-9_-]{32,64};/);
  });

  it('keeps a browser’s existing CSRF cookie', async () => {
    const { agent } = await aBrowser(t.http);
    const res = await agent.get('/events').expect(200);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
