import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommunityEntity } from '@sce/api-communities';
import { minimalPdf } from '@sce/api-demo-data';
import { DocumentEntity, DocumentVersionEntity, DocumentsModule } from '@sce/api-documents';
import { type Browserish, type TestApp, aBrowser, aCommunity, aMembership, aUser, createTestApp, signedIn } from '@sce/api-testing';
import type { DocumentPage, DocumentVersionView, DocumentView } from '@sce/shared-contracts';
import sharp from 'sharp';

const aPdf = (text: string): Buffer => minimalPdf([text]);

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('documents', () => {
  let t: TestApp;
  let storageDir: string;
  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'sce-documents-'));
    t = await createTestApp([DocumentsModule], { STORAGE_DIR: storageDir, UPLOAD_MAX_MB: '0.05' });
  });
  afterAll(() => t.close());

  type Member = Browserish & { id: string };
  async function aMemberOf(community: CommunityEntity, role: 'member' | 'moderator' = 'member'): Promise<Member> {
    const user = await aUser(t.dataSource);
    const membership = await aMembership(t.dataSource, community, user, role);
    void membership;
    return { id: user.id, ...(await signedIn(t.http, user.email)) };
  }
  const upload = (who: Browserish, community: CommunityEntity, file: Buffer, name: string, fields: Record<string, string> = {}) => {
    const req = who.agent.post(`/api/communities/${community.slug}/documents`).set('X-XSRF-TOKEN', who.xsrf);
    for (const [key, value] of Object.entries({ title: 'Evaluation of the eID pilot', licence: 'CC-BY-4.0', language: 'en', ...fields })) req.field(key, value);
    return req.attach('file', file, name);
  };
  /** Files neither stored nor half-written: only what rows point at is on disk. */
  async function expectNothingLeftBehind(): Promise<void> {
    const onDisk = readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
    const keys: { k: string }[] = await t.dataSource.query('SELECT storage_key AS k FROM document_versions UNION ALL SELECT thumbnail_key FROM document_versions WHERE thumbnail_key IS NOT NULL');
    expect(onDisk.sort()).toEqual(keys.map((r) => r.k).sort());
  }

  it('stores a PDF with its sniffed type, size, SHA-256, page count and text, and serves it safely', async () => {
    const community = await aCommunity(t.dataSource);
    const member = await aMemberOf(community);
    const pdf = aPdf('Hello from Aarhus');
    const doc = (await upload(member, community, pdf, 'evaluation.pdf', { tags: 'eid, evaluation', description: 'Final report' }).expect(201)).body as DocumentView;
    expect(doc).toMatchObject({
      title: 'Evaluation of the eID pilot',
      tags: ['eid', 'evaluation'],
      licence: 'CC-BY-4.0',
      type: 'pdf',
      versionCount: 1,
      current: { number: 1, originalName: 'evaluation.pdf', mime: 'application/pdf', sizeBytes: pdf.length, sha256: sha256(pdf), pageCount: 1, uploadedBy: { id: member.id } },
      viewer: { canEdit: true, canDelete: true },
    });
    const version = await t.dataSource.getRepository(DocumentVersionEntity).findOneByOrFail({ documentId: doc.id });
    expect(version.extractedText).toContain('Hello from Aarhus');
    expect(version.storageKey).not.toContain('evaluation');

    const visitor = await aBrowser(t.http);
    const res = await visitor.agent.get(`/api/documents/${doc.id}/download`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(sha256(res.body as Buffer)).toBe(sha256(pdf));
    expect(res.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename=evaluation.pdf',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    await expectNothingLeftBehind();
  });

  it('keeps every version with who, when, size and note; any version downloads', async () => {
    const community = await aCommunity(t.dataSource);
    const owner = await aMemberOf(community);
    const other = await aMemberOf(community);
    const v1 = Buffer.from('name;city\nAarhus;DK\n');
    const v2 = Buffer.from('name;city\nAarhus;DK\nBremen;DE\n');
    const doc = (await upload(owner, community, v1, 'partners.csv').expect(201)).body as DocumentView;
    expect(doc.current.mime).toBe('text/csv');
    await other.agent.post(`/api/documents/${doc.id}/versions`).set('X-XSRF-TOKEN', other.xsrf).attach('file', v2, 'partners.csv').expect(403);
    const updated = (await owner.agent.post(`/api/documents/${doc.id}/versions`).set('X-XSRF-TOKEN', owner.xsrf).field('changeNote', 'Added Bremen').attach('file', v2, 'partners-v2.csv').expect(201)).body as DocumentView;
    expect(updated).toMatchObject({ versionCount: 2, current: { number: 2, originalName: 'partners-v2.csv', changeNote: 'Added Bremen', sizeBytes: v2.length } });
    const versions = (await other.agent.get(`/api/documents/${doc.id}/versions`).expect(200)).body as DocumentVersionView[];
    expect(versions.map((v) => [v.number, v.sizeBytes, v.uploadedBy.id])).toEqual([
      [2, v2.length, owner.id],
      [1, v1.length, owner.id],
    ]);
    expect((await other.agent.get(`/api/documents/${doc.id}/download?version=1`).expect(200)).text).toBe(v1.toString());
    expect((await other.agent.get(`/api/documents/${doc.id}/download`).expect(200)).text).toBe(v2.toString());
    await other.agent.get(`/api/documents/${doc.id}/download?version=3`).expect(404);
    await other.agent.get(`/api/documents/${doc.id}/download?version=zero`).expect(400);

    await other.agent.delete(`/api/documents/${doc.id}`).set('X-XSRF-TOKEN', other.xsrf).expect(403);
    await owner.agent.patch(`/api/documents/${doc.id}`).set('X-XSRF-TOKEN', owner.xsrf).send({ title: 'North Sea partners', licence: 'EUPL-1.2' }).expect(200);
    await owner.agent.delete(`/api/documents/${doc.id}`).set('X-XSRF-TOKEN', owner.xsrf).expect(204);
    await other.agent.get(`/api/documents/${doc.id}/download`).expect(404);
    const list = (await other.agent.get(`/api/communities/${community.slug}/documents`).expect(200)).body as DocumentPage;
    expect(list.items).toEqual([]);
  });

  it('makes thumbnails of images and filters the library by type and tag', async () => {
    const community = await aCommunity(t.dataSource);
    const member = await aMemberOf(community);
    const png = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a6' } }).png().toBuffer();
    const image = (await upload(member, community, png, 'site-visit.png', { title: 'Site visit photo', tags: 'photos' }).expect(201)).body as DocumentView;
    expect(image).toMatchObject({ type: 'image', current: { mime: 'image/png', hasThumbnail: true } });
    const thumb = await member.agent.get(`/api/documents/${image.id}/thumbnail`).expect(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    await upload(member, community, aPdf('Report'), 'report.pdf', { title: 'Annual report' }).expect(201);
    const images = (await member.agent.get(`/api/communities/${community.slug}/documents?type=image`).expect(200)).body as DocumentPage;
    expect(images.items.map((d) => d.title)).toEqual(['Site visit photo']);
    const tagged = (await member.agent.get(`/api/communities/${community.slug}/documents?tag=photos`).expect(200)).body as DocumentPage;
    expect(tagged.items.map((d) => d.id)).toEqual([image.id]);
    await member.agent.get(`/api/communities/${community.slug}/documents?type=video`).expect(400);
  });

  describe('refusals', () => {
    it('refuses what a browser could run, whatever its name says (415), and leaves nothing behind', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aMemberOf(community);
      const cases: Array<[Buffer, string]> = [
        [Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>'), 'photo.png'],
        [Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg'],
        [Buffer.from('<svg onload="alert(1)"/>'), 'chart.pdf'],
        [Buffer.from('#!/bin/sh\nrm -rf /\n<script>'), 'notes.txt'],
        [Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]), 'setup.pdf'],
        [Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Buffer.alloc(100, 0)]), 'archive.docx'],
      ];
      for (const [content, name] of cases) {
        const res = await upload(member, community, content, name);
        expect({ name, status: res.status, code: res.body.code }).toEqual({ name, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      }
      expect(await t.dataSource.getRepository(DocumentEntity).countBy({ communityId: community.id })).toBe(0);
      await expectNothingLeftBehind();
    });

    it('refuses a file over the limit (413), an empty file, a name with NUL, and bodies that are not multipart', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aMemberOf(community);
      const tooLarge = await upload(member, community, Buffer.alloc(60 * 1024, 0x41), 'big.txt');
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.body.detail).toContain('MB');
      const empty = await upload(member, community, Buffer.alloc(0), 'empty.txt');
      expect([empty.status, empty.body.errors?.[0]?.field]).toEqual([400, 'file']);

      const boundary = 'sce-test-boundary';
      const nul = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nA title\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="re\u0000port.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${boundary}--\r\n`,
      );
      const nulRes = await member.agent.post(`/api/communities/${community.slug}/documents`).set('X-XSRF-TOKEN', member.xsrf).set('Content-Type', `multipart/form-data; boundary=${boundary}`).send(nul);
      expect(nulRes.status).toBe(400);
      // The same NUL, encoded the RFC 5987 way so that it reaches the name itself.
      const encoded = Buffer.from(nul.toString('latin1').replace('filename="re\u0000port.txt"', "filename*=UTF-8''re%00port.txt"), 'latin1');
      const encodedRes = await member.agent.post(`/api/communities/${community.slug}/documents`).set('X-XSRF-TOKEN', member.xsrf).set('Content-Type', `multipart/form-data; boundary=${boundary}`).send(encoded);
      expect([encodedRes.status, encodedRes.body.errors?.[0]?.field]).toEqual([400, 'file.name']);

      const json = await member.agent.post(`/api/communities/${community.slug}/documents`).set('X-XSRF-TOKEN', member.xsrf).send({ title: 'No file' });
      expect([json.status, json.body.errors?.[0]?.field]).toEqual([400, 'body']);
      const broken = await member.agent.post(`/api/communities/${community.slug}/documents`).set('X-XSRF-TOKEN', member.xsrf).set('Content-Type', `multipart/form-data; boundary=${boundary}`).send(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated`));
      expect(broken.status).toBe(400);
      const noFile = await member.agent.post(`/api/communities/${community.slug}/documents`).set('X-XSRF-TOKEN', member.xsrf).field('title', 'Only fields').field('licence', 'CC-BY-4.0').field('language', 'en');
      expect([noFile.status, noFile.body.errors?.[0]?.field]).toEqual([400, 'file']);
      const badFields = await upload(member, community, Buffer.from('hello'), 'a.txt', { licence: 'WTFPL', title: 'x' });
      expect(badFields.status).toBe(400);
      expect(badFields.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['body.licence', 'body.title']);
      expect(await t.dataSource.getRepository(DocumentEntity).countBy({ communityId: community.id })).toBe(0);
      await expectNothingLeftBehind();
    });

    it('keeps only the last part of a name that climbs folders', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aMemberOf(community);
      const doc = (await upload(member, community, Buffer.from('plain notes'), '../../../etc/notes.txt').expect(201)).body as DocumentView;
      expect(doc.current.originalName).toBe('notes.txt');
      const windows = (await upload(member, community, Buffer.from('plain notes'), '..\\..\\boot.ini.txt').expect(201)).body as DocumentView;
      expect(windows.current.originalName).toBe('boot.ini.txt');
      await expectNothingLeftBehind();
    });

    it('leaves no file and no row when the client goes away mid-upload', async () => {
      const community = await aCommunity(t.dataSource);
      const member = await aMemberOf(community);
      const cookie = (member.agent as unknown as { jar: { getCookies(access: object): { toValueString(): string }[] } }).jar
        .getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false })
        .map((c) => c.toValueString())
        .join('; ');
      await t.app.listen(0, '127.0.0.1');
      const port = (t.app.getHttpServer().address() as AddressInfo).port;
      const boundary = 'sce-abort';
      const aborted = new Promise<void>((resolve) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/communities/${community.slug}/documents`,
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': '40000', cookie, 'x-xsrf-token': member.xsrf, origin: t.config.publicUrl },
        });
        req.on('error', () => resolve());
        req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.txt"\r\nContent-Type: text/plain\r\n\r\n${'x'.repeat(10_000)}`);
        setTimeout(() => {
          req.destroy();
          resolve();
        }, 300);
      });
      await aborted;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await t.dataSource.getRepository(DocumentEntity).countBy({ communityId: community.id })).toBe(0);
      await expectNothingLeftBehind();
    });
  });

  describe('rights', () => {
    it('lets visitors download from public communities only, and members of a private one until they are removed', async () => {
      const open = await aCommunity(t.dataSource);
      const closed = await aCommunity(t.dataSource, { visibility: 'private' });
      const openMember = await aMemberOf(open);
      const moderator = await aMemberOf(closed, 'moderator');
      const member = await aMemberOf(closed);
      const publicDoc = (await upload(openMember, open, Buffer.from('public notes'), 'public.txt').expect(201)).body as DocumentView;
      const privateDoc = (await upload(moderator, closed, Buffer.from('private notes'), 'private.txt').expect(201)).body as DocumentView;
      const visitor = await aBrowser(t.http);
      await visitor.agent.get(`/api/documents/${publicDoc.id}/download`).expect(200);
      await visitor.agent.get(`/api/documents/${privateDoc.id}/download`).expect(404);
      await visitor.agent.get(`/api/documents/${privateDoc.id}`).expect(404);
      await visitor.agent.get(`/api/communities/${closed.slug}/documents`).expect(404);
      await upload(visitor as Member, open, Buffer.from('x'), 'x.txt').expect(401);
      await upload(openMember, closed, Buffer.from('x'), 'x.txt').expect(404);

      await member.agent.get(`/api/documents/${privateDoc.id}/download`).expect(200);
      await moderator.agent.delete(`/api/communities/${closed.slug}/members/${member.id}`).set('X-XSRF-TOKEN', moderator.xsrf).send({}).expect(204);
      await member.agent.get(`/api/documents/${privateDoc.id}/download`).expect(404);
      await member.agent.get(`/api/documents/${privateDoc.id}/versions`).expect(404);
    });

    it('attaches documents only to threads and events of the same community', async () => {
      const community = await aCommunity(t.dataSource);
      const other = await aCommunity(t.dataSource);
      const member = await aMemberOf(community);
      const [thread]: { id: string }[] = await t.dataSource.query(
        `INSERT INTO threads (community_id, author_id, kind, title, body_md, body_html, language) VALUES ($1, $2, 'discussion', 'Elsewhere', 'x', '<p>x</p>', 'en') RETURNING id`,
        [other.id, member.id],
      );
      const res = await upload(member, community, Buffer.from('notes'), 'notes.txt', { threadId: thread!.id });
      expect([res.status, res.body.errors?.[0]?.field]).toEqual([400, 'body.threadId']);
      await expectNothingLeftBehind();
    });
  });
});
