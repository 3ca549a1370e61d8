import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { THREAD_ID, aCommunity, aDocument } from '../testing.spec-helper';
import { AttachedDocuments } from './attached-documents';

const listUrl = '/api/communities/digital-identity/documents';
const tom: SessionUser = {
  id: '55555555-5555-4555-8555-555555555555',
  email: 'member@example.org',
  displayName: 'Tom Ashworth',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/London',
  organisationId: null,
  permissions: ['content.create'],
} as unknown as SessionUser;

describe('AttachedDocuments', () => {
  let fixture: ComponentFixture<AttachedDocuments>;
  let http: HttpTestingController;
  const host = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const attach = () =>
    Array.from(host().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Attach a document',
    );

  async function create(): Promise<void> {
    fixture = TestBed.createComponent(AttachedDocuments);
    fixture.componentRef.setInput('slug', 'digital-identity');
    fixture.componentRef.setInput('threadId', THREAD_ID);
    await stable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the documents attached to a thread, with downloads', async () => {
    await create();
    const request = http.expectOne((r) => r.url === listUrl);
    expect(request.request.params.get('threadId')).toBe(THREAD_ID);
    expect(request.request.params.has('eventId')).toBe(false);
    request.flush({
      items: [aDocument({ threadId: THREAD_ID })],
      nextCursor: null,
    });
    await stable();
    expect(host().querySelector('h2')?.textContent?.trim()).toBe('Documents');
    expect(host().querySelector('h3 a')?.getAttribute('href')).toBe(
      '/documents/11111111-1111-4111-8111-111111111111',
    );
    expect(host().querySelector('a[download]')).not.toBeNull();
    // Compact: no owner, no "attached to" (it is this thread).
    expect(host().textContent).not.toContain('Shared by');
    expect(host().textContent).not.toContain('Attached to');
    expect(
      host()
        .querySelector('a[href="/communities/digital-identity/documents"]')
        ?.textContent?.trim(),
    ).toBe('All documents of this community');
    // Visitors cannot attach.
    expect(attach()).toBeUndefined();
  });

  it('lets members of the community attach a document to the thread', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(tom);
    await create();
    http
      .expectOne((r) => r.url === listUrl)
      .flush({ items: [], nextCursor: null });
    http.expectOne('/api/communities/digital-identity').flush(aCommunity());
    await stable();
    expect(host().textContent).toContain('No documents are attached yet.');
    attach()?.click();
    await stable();
    const form = host().querySelector('sce-document-upload') as HTMLElement;
    expect(form).not.toBeNull();

    document.cookie = 'XSRF-TOKEN=t; path=/';
    const input = form.querySelector<HTMLInputElement>(
      'input[type="file"]',
    ) as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File(['%PDF'], 'minutes.pdf')],
    });
    input.dispatchEvent(new Event('change'));
    await stable();
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
    const upload = http.expectOne(listUrl);
    expect((upload.request.body as FormData).get('threadId')).toBe(THREAD_ID);
    upload.flush(aDocument({ title: 'Minutes', threadId: THREAD_ID }));
    await stable();
    expect(host().querySelector('.document-list h3')?.textContent?.trim()).toBe(
      'Minutes',
    );
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });
});
