import { HttpEventType, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DocumentsApi } from './documents.api';
import {
  DOCUMENT_ID,
  THREAD_ID,
  aDocument,
  aVersion,
} from './fixtures.spec-helper';
import type { UploadEvent } from './upload-event';
import type { DocumentView } from '@sce/shared-contracts';

describe('DocumentsApi', () => {
  let http: HttpTestingController;
  let api: DocumentsApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(DocumentsApi);
  });

  afterEach(() => {
    http.verify();
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists a community’s documents with the filters, the cursor and a limit', () => {
    api
      .list(
        'digital identity',
        { type: 'pdf', tag: 'wallets', threadId: THREAD_ID, eventId: null },
        'c1',
        5,
      )
      .subscribe();
    const request = http.expectOne(
      (r) => r.url === '/api/communities/digital%20identity/documents',
    );
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('type')).toBe('pdf');
    expect(request.request.params.get('tag')).toBe('wallets');
    expect(request.request.params.get('threadId')).toBe(THREAD_ID);
    expect(request.request.params.has('eventId')).toBe(false);
    expect(request.request.params.get('cursor')).toBe('c1');
    expect(request.request.params.get('limit')).toBe('5');
    request.flush({ items: [], nextCursor: null });

    api.list('open-data', { type: null, tag: null }, null).subscribe();
    expect(
      http
        .expectOne('/api/communities/open-data/documents')
        .request.params.keys(),
    ).toEqual([]);
  });

  it('reads a document and its versions', () => {
    let versions = 0;
    api.get(DOCUMENT_ID).subscribe();
    http.expectOne(`/api/documents/${DOCUMENT_ID}`).flush(aDocument());
    api.versions(DOCUMENT_ID).subscribe((list) => (versions = list.length));
    http
      .expectOne(`/api/documents/${DOCUMENT_ID}/versions`)
      .flush([aVersion({ number: 2 }), aVersion()]);
    expect(versions).toBe(2);
  });

  it('uploads a new document as multipart form data, reporting progress, then the answer', () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const events: UploadEvent<DocumentView>[] = [];
    const file = new Blob(['%PDF-1.4 test'], { type: 'application/pdf' });
    api
      .upload('digital-identity', file, 'survey.pdf', {
        title: 'Survey',
        description: 'What people think',
        tags: ['wallets', 'trust'],
        licence: 'CC0-1.0',
        language: 'nl',
        threadId: THREAD_ID,
        eventId: null,
      })
      .subscribe((event) => events.push(event));

    const request = http.expectOne(
      '/api/communities/digital-identity/documents',
    );
    expect(request.request.method).toBe('POST');
    expect(request.request.reportProgress).toBe(true);
    expect(request.request.headers.get('X-XSRF-TOKEN')).toBe('t');
    const body = request.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get('title')).toBe('Survey');
    expect(body.get('description')).toBe('What people think');
    expect(body.get('tags')).toBe('wallets,trust');
    expect(body.get('licence')).toBe('CC0-1.0');
    expect(body.get('language')).toBe('nl');
    expect(body.get('threadId')).toBe(THREAD_ID);
    expect(body.has('eventId')).toBe(false);
    const part = body.get('file') as File;
    expect(part.name).toBe('survey.pdf');
    expect(part.size).toBe(file.size);
    // The text fields come before the file: the API streams the file last.
    const names: string[] = [];
    body.forEach((_, name) => names.push(name));
    expect(names.at(-1)).toBe('file');

    // The testing backend reports "sent" by itself, as the real one does.
    request.event({ type: HttpEventType.UploadProgress, loaded: 4, total: 13 });
    request.event({
      type: HttpEventType.UploadProgress,
      loaded: 13,
      total: 13,
    });
    request.flush(aDocument({ title: 'Survey' }), {
      status: 201,
      statusText: 'Created',
    });

    expect(events).toEqual([
      { kind: 'progress', loaded: 0, total: null },
      { kind: 'progress', loaded: 4, total: 13 },
      { kind: 'progress', loaded: 13, total: 13 },
      { kind: 'done', result: aDocument({ title: 'Survey' }) },
    ]);
  });

  it('fetches the XSRF cookie before the first upload when there is none', () => {
    api
      .uploadVersion(DOCUMENT_ID, new Blob(['x']), 'v2.pdf', 'Final figures')
      .subscribe();
    http.expectOne('/api/auth/csrf').flush(null);
    const request = http.expectOne(`/api/documents/${DOCUMENT_ID}/versions`);
    expect(request.request.method).toBe('POST');
    const body = request.request.body as FormData;
    expect(body.get('changeNote')).toBe('Final figures');
    expect((body.get('file') as File).name).toBe('v2.pdf');
    request.flush(aDocument({ versionCount: 2 }));
  });

  it('aborts an upload when unsubscribed', () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    const subscription = api
      .upload('open-data', new Blob(['x']), 'a.txt', {
        title: 'Abc',
        description: '',
        tags: [],
        licence: 'CC-BY-4.0',
        language: 'en',
      })
      .subscribe();
    const request = http.expectOne('/api/communities/open-data/documents');
    subscription.unsubscribe();
    expect(request.cancelled).toBe(true);
  });

  it('changes the details and deletes', () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    api.update(DOCUMENT_ID, { title: 'New title', tags: ['a1'] }).subscribe();
    const patch = http.expectOne(`/api/documents/${DOCUMENT_ID}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ title: 'New title', tags: ['a1'] });
    patch.flush(aDocument({ title: 'New title' }));

    let done = false;
    api.remove(DOCUMENT_ID).subscribe(() => (done = true));
    const remove = http.expectOne(`/api/documents/${DOCUMENT_ID}`);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    expect(done).toBe(true);
  });

  it('builds download and thumbnail addresses', () => {
    expect(api.downloadUrl(DOCUMENT_ID)).toBe(
      `/api/documents/${DOCUMENT_ID}/download`,
    );
    expect(api.downloadUrl(DOCUMENT_ID, 2)).toBe(
      `/api/documents/${DOCUMENT_ID}/download?version=2`,
    );
    expect(api.thumbnailUrl(DOCUMENT_ID, 1)).toBe(
      `/api/documents/${DOCUMENT_ID}/thumbnail?version=1`,
    );
  });
});
