import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CommunityDetail } from '@sce/shared-contracts';
import { CommunityPageStore } from '@sce/web-communities-data-access';
import { provideRealtimeTesting } from '@sce/web-threads-data-access';
import {
  THREAD_ID,
  aCommunity,
  aDocument,
  aVersion,
} from '../testing.spec-helper';
import { DocumentLibrary } from './document-library';

const listUrl = '/api/communities/digital-identity/documents';
const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('DocumentLibrary', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  const titles = () =>
    Array.from(main().querySelectorAll('.document-list h3')).map((h) =>
      h.textContent?.trim(),
    );

  async function open(url: string, community: CommunityDetail = aCommunity()) {
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await tick();
    http.expectOne('/api/communities/digital-identity').flush(community);
    await navigation;
    await stable();
  }

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        provideRouter(
          [
            {
              path: 'communities/:slug',
              providers: [CommunityPageStore],
              resolve: {
                community: () =>
                  inject(CommunityPageStore).load('digital-identity'),
              },
              children: [{ path: 'documents', component: DocumentLibrary }],
            },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists the documents with their kind, size, versions, owner and download', async () => {
    await open('/communities/digital-identity/documents');
    expect(main().querySelector('h1')?.textContent?.trim()).toBe(
      'Documents of Digital Identity & Trust',
    );
    http.expectOne(listUrl).flush({
      items: [
        aDocument({ threadId: THREAD_ID, versionCount: 2 }),
        aDocument({
          id: 'img',
          title: 'Wallet screen',
          type: 'image',
          current: aVersion({
            originalName: 'screen.png',
            sizeBytes: 14_636,
            hasThumbnail: true,
          }),
        }),
      ],
      nextCursor: null,
    });
    await stable();
    expect(titles()).toEqual(['Survey report', 'Wallet screen']);
    const [pdf, image] = Array.from(
      main().querySelectorAll<HTMLElement>('.document-list > li'),
    );
    expect(
      pdf.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ').trim(),
    ).toBe(
      'PDF · 2.4 MB · 2 versions · Updated 3 Nov 2026 · Shared by Sofia Berg',
    );
    expect(pdf.querySelector('.tile')?.textContent?.trim()).toBe('PDF');
    const attached = pdf.querySelector<HTMLAnchorElement>(
      `a[href="/threads/${THREAD_ID}"]`,
    );
    expect(attached?.textContent?.trim()).toBe('a thread');
    const download = pdf.querySelector<HTMLAnchorElement>('a[download]');
    expect(download?.getAttribute('href')).toBe(
      '/api/documents/11111111-1111-4111-8111-111111111111/download',
    );
    expect(download?.getAttribute('aria-label')).toBe(
      'Download “Survey report” (PDF, 2.4 MB)',
    );
    expect(image.querySelector('img')?.getAttribute('src')).toBe(
      '/api/documents/img/thumbnail?version=1',
    );
    expect(image.querySelector('img')?.getAttribute('alt')).toBe('');
    expect(
      main().querySelector('.more [role="status"]')?.textContent?.trim(),
    ).toBe('2 documents shown');
  });

  it('filters by kind and tag, kept in the address', async () => {
    await open('/communities/digital-identity/documents?type=pdf&tag=Wallets');
    const request = http.expectOne((r) => r.url === listUrl);
    expect(request.request.params.get('type')).toBe('pdf');
    expect(request.request.params.get('tag')).toBe('wallets');
    request.flush({ items: [], nextCursor: null });
    await stable();
    expect(
      main().querySelector<HTMLSelectElement>('#documents-type')?.value,
    ).toBe('pdf');
    expect(main().textContent).toContain('No documents match these filters.');

    const select = main().querySelector<HTMLSelectElement>(
      '#documents-type',
    ) as HTMLSelectElement;
    select.value = 'image';
    select.dispatchEvent(new Event('change'));
    main()
      .querySelector<HTMLButtonElement>(
        'form[role="search"] button[type="submit"]',
      )
      ?.click();
    await stable();
    const next = http.expectOne((r) => r.url === listUrl);
    expect(next.request.params.get('type')).toBe('image');
    next.flush({ items: [], nextCursor: null });
  });

  it('shows more and moves focus to the first new document', async () => {
    await open('/communities/digital-identity/documents');
    http
      .expectOne(listUrl)
      .flush({
        items: [aDocument({ id: 'a', title: 'First' })],
        nextCursor: 'c1',
      });
    await stable();
    const more = Array.from(main().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Show more documents',
    ) as HTMLButtonElement;
    more.click();
    await stable();
    http
      .expectOne((r) => r.url === listUrl && r.params.get('cursor') === 'c1')
      .flush({
        items: [aDocument({ id: 'b', title: 'Second' })],
        nextCursor: null,
      });
    await stable();
    expect(titles()).toEqual(['First', 'Second']);
    expect(document.activeElement?.textContent?.trim()).toBe('Second');
  });

  it('lets members share a document, which then leads the list', async () => {
    await open('/communities/digital-identity/documents');
    http
      .expectOne(listUrl)
      .flush({
        items: [aDocument({ id: 'a', title: 'Older' })],
        nextCursor: null,
      });
    await stable();
    const toggle = main().querySelector<HTMLButtonElement>(
      '#share-toggle',
    ) as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.hasAttribute('aria-controls')).toBe(false);
    toggle.click();
    await stable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('share-panel');
    expect(document.activeElement?.id).toBe('share-heading');
    const panel = main().querySelector('#share-panel') as HTMLElement;
    expect(panel.querySelector('sce-document-upload')).not.toBeNull();

    const input = panel.querySelector<HTMLInputElement>(
      'input[type="file"]',
    ) as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [
        new File(['%PDF-1.4'], 'new-report.pdf', { type: 'application/pdf' }),
      ],
    });
    input.dispatchEvent(new Event('change'));
    await stable();
    panel.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
    http
      .expectOne(listUrl)
      .flush(aDocument({ id: 'n', title: 'New report' }), {
        status: 201,
        statusText: 'Created',
      });
    await stable();
    expect(titles()).toEqual(['New report', 'Older']);

    Array.from(panel.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Close')
      ?.click();
    await stable();
    expect(main().querySelector('#share-panel')).toBeNull();
    expect(document.activeElement?.id).toBe('share-toggle');
  });

  it('offers no sharing to visitors, and nothing to read in a community they cannot read', async () => {
    await open(
      '/communities/digital-identity/documents',
      aCommunity({ canPost: false, canRead: false, membership: null }),
    );
    expect(main().querySelector('#share-toggle')).toBeNull();
    expect(main().textContent).toContain(
      'Only members of this community can see its documents.',
    );
  });
});
