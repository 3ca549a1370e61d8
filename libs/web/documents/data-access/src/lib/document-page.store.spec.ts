import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { DocumentView } from '@sce/shared-contracts';
import { DocumentPageStore } from './document-page.store';
import { DOCUMENT_ID, aDocument, aVersion } from './fixtures.spec-helper';

const url = `/api/documents/${DOCUMENT_ID}`;

describe('DocumentPageStore', () => {
  let http: HttpTestingController;
  let store: DocumentPageStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        DocumentPageStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(DocumentPageStore);
    document.cookie = 'XSRF-TOKEN=t; path=/';
  });

  afterEach(() => {
    http.verify();
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('loads a document once while it loads, and emits it', () => {
    let loaded: DocumentView | null = null;
    store.load(DOCUMENT_ID).subscribe((d) => (loaded = d));
    store.load(DOCUMENT_ID).subscribe();
    expect(store.status()).toBe('loading');
    http.expectOne(url).flush(aDocument());
    expect(store.status()).toBe('loaded');
    expect(loaded).toEqual(aDocument());
    expect(store.document()?.title).toBe('Survey report');
  });

  it('tells an unknown document from a failure, and tries again', () => {
    store.load(DOCUMENT_ID).subscribe();
    http
      .expectOne(url)
      .flush(
        {
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'The document was not found.',
          code: 'NOT_FOUND',
        },
        { status: 404, statusText: 'Not Found' },
      );
    expect(store.status()).toBe('not-found');

    store.retry();
    http.expectOne(url).flush(null, { status: 500, statusText: 'Error' });
    expect(store.status()).toBe('error');
    store.retry();
    http.expectOne(url).flush(aDocument());
    expect(store.status()).toBe('loaded');
  });

  it('saves details, shows a new version and lists the versions', () => {
    store.load(DOCUMENT_ID).subscribe();
    http.expectOne(url).flush(aDocument());

    store.update({ title: 'Survey 2026' }).subscribe();
    const patch = http.expectOne(url);
    expect(patch.request.method).toBe('PATCH');
    patch.flush(aDocument({ title: 'Survey 2026' }));
    expect(store.document()?.title).toBe('Survey 2026');

    store.replace(
      aDocument({ versionCount: 2, current: aVersion({ number: 2 }) }),
    );
    expect(store.document()?.versionCount).toBe(2);
    store.replace(aDocument({ id: 'other', title: 'Other' }));
    expect(store.document()?.id).toBe(DOCUMENT_ID);

    let numbers: number[] = [];
    store.versions().subscribe((v) => (numbers = v.map((x) => x.number)));
    http
      .expectOne(`${url}/versions`)
      .flush([aVersion({ number: 2 }), aVersion()]);
    expect(numbers).toEqual([2, 1]);

    store.remove().subscribe();
    const remove = http.expectOne(url);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
  });
});
