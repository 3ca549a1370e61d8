import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DocumentView } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { documentRoutes } from '../documents.routes';
import { DOCUMENT_ID, aDocument, aVersion } from '../testing.spec-helper';

@Component({
  selector: 'sce-blank',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
class Blank {}

const url = `/api/documents/${DOCUMENT_ID}`;
const tick = () => new Promise((resolve) => setTimeout(resolve));
const overlay = () =>
  document.querySelector('.cdk-overlay-container') as HTMLElement;

async function dialog(): Promise<HTMLElement> {
  for (let i = 0; i < 50; i++) {
    const found = document.querySelector<HTMLElement>(
      '.cdk-overlay-container [role="dialog"] h2',
    );
    if (found) {
      return found.closest('[role="dialog"]') as HTMLElement;
    }
    await tick();
  }
  throw new Error('no dialog');
}

describe('DocumentPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  const button = (root: HTMLElement, text: string) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === text,
    ) as HTMLButtonElement;

  async function open(document: DocumentView = aDocument()): Promise<void> {
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/documents/${DOCUMENT_ID}`);
    await tick();
    http.expectOne(url).flush(document);
    await navigation;
    await stable();
  }

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'documents', children: documentRoutes },
          { path: 'communities/:slug/documents', component: Blank },
        ]),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    overlay()?.replaceChildren();
    http.verify();
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the details and the current version with a download', async () => {
    await open(
      aDocument({
        versionCount: 2,
        current: aVersion({ number: 2, changeNote: 'Danish figures added' }),
      }),
    );
    expect(main().querySelector('h1')?.textContent?.trim()).toBe(
      'Survey report',
    );
    expect(
      Array.from(main().querySelectorAll('.badge')).map((b) =>
        b.textContent?.trim(),
      ),
    ).toEqual(['PDF', '2 versions', 'CC BY 4.0 (attribution)']);
    expect(main().querySelector('#current-heading')?.textContent?.trim()).toBe(
      'Current version (version 2)',
    );
    const facts = Array.from(main().querySelectorAll('.facts > div')).map(
      (row) =>
        Array.from(row.children).map((cell) =>
          cell.textContent?.replace(/\s+/g, ' ').trim(),
        ),
    );
    expect(facts).toEqual([
      ['File', 'survey-report.pdf'],
      ['Size', '2.4 MB · 12 pages'],
      [
        'Uploaded',
        expect.stringMatching(/^by Sofia Berg, 3 Nov 2026, \d\d:05$/),
      ],
      ['What changed', 'Danish figures added'],
    ]);
    const download = main().querySelector<HTMLAnchorElement>('a[download]');
    expect(download?.getAttribute('href')).toBe(`${url}/download`);
    expect(download?.textContent?.trim()).toBe('Download (2.4 MB)');
  });

  it('lists every version in a dialog, each with its own download link', async () => {
    await open(
      aDocument({ versionCount: 2, current: aVersion({ number: 2 }) }),
    );
    button(main(), 'Version history (2)').click();
    await stable();
    http
      .expectOne(`${url}/versions`)
      .flush([
        aVersion({
          number: 1,
          originalName: 'v1.pdf',
          sizeBytes: 1000,
          pageCount: null,
        }),
        aVersion({
          number: 2,
          originalName: 'v2.pdf',
          changeNote: 'Final',
          uploadedBy: { id: 'u2', displayName: 'Tom Ashworth' },
        }),
      ]);
    const history = await dialog();
    await stable();
    expect(history.querySelector('h2')?.textContent?.trim()).toBe(
      'Versions of “Survey report”',
    );
    const versions = Array.from(history.querySelectorAll('.version'));
    expect(
      versions.map((v) => v.querySelector('h3')?.textContent?.trim()),
    ).toEqual(['Version 2 (current)', 'Version 1']);
    expect(versions[0].textContent).toContain('Uploaded by Tom Ashworth');
    expect(versions[0].querySelector('.note')?.textContent).toBe('Final');
    expect(
      versions[1]
        .querySelector('.file')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim(),
    ).toBe('v1.pdf · 1,000 bytes');
    const links = versions.map((v) =>
      v.querySelector<HTMLAnchorElement>('a[download]'),
    );
    expect(
      links.map((a) => [a?.textContent?.trim(), a?.getAttribute('href')]),
    ).toEqual([
      ['Download version 2', `${url}/download?version=2`],
      ['Download version 1', `${url}/download?version=1`],
    ]);
  });

  it('uploads a new version in place', async () => {
    await open();
    button(main(), 'Upload a new version').click();
    await stable();
    expect(document.activeElement?.id).toBe('version-panel-heading');
    const panel = main().querySelector('#version-panel') as HTMLElement;
    const input = panel.querySelector<HTMLInputElement>(
      'input[type="file"]',
    ) as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File(['%PDF'], 'v2.pdf')],
    });
    input.dispatchEvent(new Event('change'));
    await stable();
    button(panel, 'Upload version').click();
    await stable();
    http
      .expectOne(`${url}/versions`)
      .flush(aDocument({ versionCount: 2, current: aVersion({ number: 2 }) }));
    await stable();
    expect(main().querySelector('#current-heading')?.textContent?.trim()).toBe(
      'Current version (version 2)',
    );
  });

  it('changes the details', async () => {
    await open();
    button(main(), 'Edit details').click();
    await stable();
    const title = main().querySelector<HTMLInputElement>(
      '#document-details-title',
    ) as HTMLInputElement;
    expect(title.value).toBe('Survey report');
    expect(
      main().querySelector<HTMLInputElement>('#document-details-tags')?.value,
    ).toBe('wallets');
    title.value = 'Survey report 2026';
    title.dispatchEvent(new Event('input'));
    button(main(), 'Save details').click();
    await stable();
    const patch = http.expectOne(url);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      title: 'Survey report 2026',
      description: 'What people think of wallets.',
      tags: ['wallets'],
      licence: 'CC-BY-4.0',
      language: 'en',
    });
    patch.flush(aDocument({ title: 'Survey report 2026' }));
    await stable();
    expect(main().querySelector('h1')?.textContent?.trim()).toBe(
      'Survey report 2026',
    );
    expect(main().querySelector('#details-panel')).toBeNull();
    expect(document.activeElement?.id).toBe('details-toggle');
  });

  it('deletes after confirming, then opens the library', async () => {
    await open();
    button(main(), 'Delete document').click();
    const confirm = await dialog();
    expect(confirm.querySelector('h2')?.textContent?.trim()).toBe(
      'Delete “Survey report”?',
    );
    button(confirm, 'Delete document').click();
    await stable();
    const remove = http.expectOne(url);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    await stable();
    await tick();
    expect(TestBed.inject(Router).url).toBe(
      '/communities/digital-identity/documents',
    );
    expect(TestBed.inject(Announcer).announcement()?.key).toBe(
      'documents.delete.done',
    );
  });

  it('offers no changes to readers who may not make them', async () => {
    await open(aDocument({ viewer: { canEdit: false, canDelete: false } }));
    expect(main().querySelector('#manage-heading')).toBeNull();
    expect(button(main(), 'Delete document')).toBeUndefined();
  });

  it('lets those who may flag report a document they do not own', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush({
      id: 'u2',
      email: 'lotte@example.org',
      displayName: 'Lotte Janssens',
      role: 'member',
      language: 'en',
      timeZone: 'Europe/Brussels',
      organisationId: 'o1',
      permissions: ['content.flag'],
    });
    await open(aDocument({ viewer: { canEdit: false, canDelete: false } }));
    const report = main().querySelector('#document-report') as HTMLButtonElement;
    expect(report.getAttribute('aria-label')).toBe(`Report ${aDocument().title} to the moderators`);
    report.click();
    const flagDialog = await dialog();
    expect(flagDialog.querySelector('h2')?.textContent?.trim()).toBe(`Flag ${aDocument().title}`);
    (flagDialog.querySelector('#flag-reason-privacy') as HTMLInputElement).click();
    (flagDialog.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const flag = http.expectOne('/api/flags');
    expect(flag.request.body).toEqual(
      expect.objectContaining({ targetType: 'document', targetId: DOCUMENT_ID, reason: 'privacy' }),
    );
    flag.flush({ id: 'f1' });
    await stable();
    await tick();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('moderation.report.done');
    localStorage.clear();
  });

  it('offers no report to visitors or to the owner', async () => {
    await open();
    expect(main().querySelector('#document-report')).toBeNull();
  });

  it('says when the document does not exist', async () => {
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/documents/${DOCUMENT_ID}`);
    await tick();
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
    await navigation;
    await stable();
    expect(main().querySelector('h1')?.textContent?.trim()).toBe(
      'Document not found',
    );
  });
});
