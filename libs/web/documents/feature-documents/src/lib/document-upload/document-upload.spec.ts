import { HttpEventType, provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { DocumentView } from '@sce/shared-contracts';
import { Announcer, I18nService } from '@sce/web-shared-data-access';
import {
  DOCUMENT_ID,
  THREAD_ID,
  aDocument,
  aFile,
  aVersion,
} from '../testing.spec-helper';
import { DocumentUpload } from './document-upload';

const url = '/api/communities/digital-identity/documents';

describe('DocumentUpload', () => {
  let fixture: ComponentFixture<DocumentUpload>;
  let http: HttpTestingController;
  let uploaded: DocumentView[];
  const host = () => fixture.nativeElement as HTMLElement;
  const q = <T extends Element = HTMLElement>(selector: string) =>
    host().querySelector<T>(selector);
  const byId = <T extends Element = HTMLInputElement>(suffix: string) =>
    host().querySelector<T>(`[id$="-${suffix}"]`) as T;
  const button = (text: string) =>
    Array.from(host().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === text,
    );
  const stable = () => fixture.whenStable();

  async function pick(file: File): Promise<void> {
    const input = byId('file');
    Object.defineProperty(input, 'files', {
      value: [file],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
    await stable();
  }

  async function set(suffix: string, value: string): Promise<void> {
    const control = byId<
      HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
    >(suffix);
    control.value = value;
    control.dispatchEvent(
      new Event(control instanceof HTMLSelectElement ? 'change' : 'input'),
    );
    await stable();
  }

  async function submit(): Promise<void> {
    q<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
  }

  const upload = (): TestRequest => http.expectOne(url);

  async function create(inputs: Record<string, unknown> = {}): Promise<void> {
    fixture = TestBed.createComponent(DocumentUpload);
    fixture.componentRef.setInput('slug', 'digital-identity');
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    uploaded = [];
    fixture.componentInstance.uploaded.subscribe((d) => uploaded.push(d));
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    document.cookie = 'XSRF-TOKEN=t; path=/';
  });

  afterEach(() => {
    http.verify();
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('offers a labelled file input that takes the title from the file name', async () => {
    await create();
    const input = byId('file');
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.pdf');
    const label = host().querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent?.trim()).toBe('Choose a file');
    expect(q('.chosen')?.textContent?.trim()).toBe('No file chosen yet.');

    await pick(aFile('survey_report-2026.pdf', 2.4 * 1024 * 1024));
    expect(byId('title').value).toBe('Survey report-2026');
    expect(q('.chosen')?.textContent?.trim()).toBe(
      'Chosen: survey_report-2026.pdf (2.4 MB)',
    );

    // A title someone typed is kept when another file is chosen.
    await set('title', 'Trust in wallets');
    await pick(aFile('other.pdf'));
    expect(byId('title').value).toBe('Trust in wallets');
  });

  it('sends the file and fields, shows the progress and the outcome', async () => {
    await create({ threadId: THREAD_ID });
    await pick(aFile('survey.pdf', 1000));
    await set('description', 'Four countries');
    await set('tags', 'Wallets, trust');
    await set('licence', 'CC0-1.0');
    await set('language', 'nl');
    await submit();

    const request = upload();
    const body = request.request.body as FormData;
    expect(body.get('title')).toBe('Survey');
    expect(body.get('description')).toBe('Four countries');
    expect(body.get('tags')).toBe('wallets,trust');
    expect(body.get('licence')).toBe('CC0-1.0');
    expect(body.get('language')).toBe('nl');
    expect(body.get('threadId')).toBe(THREAD_ID);
    expect((body.get('file') as File).name).toBe('survey.pdf');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe(
      'documents.upload.started',
    );

    request.event({
      type: HttpEventType.UploadProgress,
      loaded: 400,
      total: 1000,
    });
    await stable();
    const progress = q<HTMLProgressElement>('progress') as HTMLProgressElement;
    expect(progress.getAttribute('value')).toBe('40');
    expect(progress.getAttribute('max')).toBe('100');
    expect(progress.getAttribute('aria-valuetext')).toBe(
      '40% · 400 bytes of 1,000 bytes',
    );
    expect(
      host().querySelector(`label[for="${progress.id}"]`)?.textContent?.trim(),
    ).toBe('Uploading…');
    expect(button('Cancel upload')).toBeDefined();
    expect(
      q<HTMLButtonElement>('button[type="submit"]')?.getAttribute(
        'aria-disabled',
      ),
    ).toBe('true');

    request.event({
      type: HttpEventType.UploadProgress,
      loaded: 1000,
      total: 1000,
    });
    await stable();
    expect(
      host().querySelector(`label[for="${progress.id}"]`)?.textContent?.trim(),
    ).toBe('Checking the file…');

    request.flush(aDocument({ title: 'Survey' }), {
      status: 201,
      statusText: 'Created',
    });
    await stable();
    expect(uploaded.map((d) => d.title)).toEqual(['Survey']);
    expect(q('[role="status"]')?.textContent).toContain(
      '“Survey” has been shared.',
    );
    expect(
      q<HTMLAnchorElement>('[role="status"] a')?.getAttribute('href'),
    ).toBe(`/documents/${DOCUMENT_ID}`);
    expect(q('progress')?.getAttribute('value')).toBe('100');
    expect(button('Cancel upload')).toBeUndefined();
    // Ready for the next one.
    expect(byId('title').value).toBe('');
    expect(byId('licence').value).toBe('CC0-1.0');
  });

  it('aborts the upload when cancelled', async () => {
    await create();
    await pick(aFile('survey.pdf', 1000));
    await submit();
    const request = upload();
    request.event({
      type: HttpEventType.UploadProgress,
      loaded: 100,
      total: 1000,
    });
    await stable();
    button('Cancel upload')?.click();
    await stable();
    expect(request.cancelled).toBe(true);
    expect(q('.progress label')?.textContent?.trim()).toBe('Upload cancelled');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe(
      'documents.upload.cancelledAnnouncement',
    );
    expect(uploaded).toEqual([]);
  });

  it('checks the file and title before sending', async () => {
    await create();
    await submit();
    expect(q('.sce-problems')?.textContent).toContain(
      'Choose a file to upload.',
    );
    expect(byId('file').getAttribute('aria-invalid')).toBe('true');
    expect(byId('file').getAttribute('aria-describedby')).toMatch(
      /-file-error /,
    );

    await pick(aFile('big.pdf', 25 * 1024 * 1024 + 1));
    expect(q('[id$="-file-error"]')?.textContent?.trim()).toBe(
      'This file is larger than 25 MB, the most this exchange accepts.',
    );
    await pick(aFile('ok.pdf', 10));
    await set('title', 'ab');
    await submit();
    expect(q('[id$="-title-error"]')?.textContent?.trim()).toBe(
      'Enter a title of 3 to 200 characters.',
    );
    http.expectNone(url);
  });

  it('shows the API’s refusal: a kind of file in its words, a field at the field', async () => {
    await create();
    await pick(aFile('page.pdf', 10));
    await submit();
    const detail =
      'This kind of file (a web page, SVG or other markup) cannot be shared here.';
    upload().flush(
      {
        type: 'about:blank',
        title: 'Unsupported Media Type',
        status: 415,
        detail,
        code: 'UNSUPPORTED_MEDIA_TYPE',
      },
      { status: 415, statusText: 'Unsupported Media Type' },
    );
    await stable();
    expect(q('.sce-problems')?.textContent).toContain(detail);
    expect(q('.progress label')?.textContent?.trim()).toBe('Upload failed');

    await submit();
    upload().flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is not valid.',
        code: 'VALIDATION_FAILED',
        errors: [
          {
            field: 'file.name',
            message: 'must not contain control characters',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(q('[id$="-file-error"]')?.textContent?.trim()).toContain(
      'This file could not be accepted',
    );

    // In Dutch, our own words.
    await TestBed.inject(I18nService).setLanguage('nl');
    await submit();
    upload().flush(
      {
        type: 'about:blank',
        title: 'Payload Too Large',
        status: 413,
        detail: 'The file is larger than 25 MB.',
        code: 'PAYLOAD_TOO_LARGE',
      },
      { status: 413, statusText: 'Payload Too Large' },
    );
    await stable();
    expect(q('.sce-problems')?.textContent).toContain(
      'Het bestand is groter dan 25 MB',
    );
    TestBed.inject(I18nService).setLanguage('en');
  });

  it('takes a dropped file', async () => {
    await create();
    const zone = q('.drop-zone') as HTMLElement;
    const drag = (type: string, files: File[]) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', {
        value: { types: ['Files'], files, dropEffect: 'none' },
      });
      zone.dispatchEvent(event);
      return event;
    };
    expect(drag('dragenter', []).defaultPrevented).toBe(true);
    await stable();
    expect(zone.classList).toContain('dragging');
    drag('drop', [aFile('a.pdf'), aFile('b.pdf')]);
    await stable();
    expect(zone.classList).not.toContain('dragging');
    expect(q('[id$="-file-error"]')?.textContent?.trim()).toBe(
      'Drop one file at a time.',
    );
    drag('drop', [aFile('minutes_2026.pdf')]);
    await stable();
    expect(byId('title').value).toBe('Minutes 2026');
    expect(q('[id$="-file-error"]')).toBeNull();
  });

  it('uploads a new version with a change note', async () => {
    await create({ mode: 'version', documentId: DOCUMENT_ID });
    expect(byId('title')).toBeNull();
    await pick(aFile('survey-v2.pdf', 10));
    await set('changeNote', 'Final figures');
    await submit();
    const request = http.expectOne(`/api/documents/${DOCUMENT_ID}/versions`);
    const body = request.request.body as FormData;
    expect(body.get('changeNote')).toBe('Final figures');
    expect((body.get('file') as File).name).toBe('survey-v2.pdf');
    request.flush(
      aDocument({ versionCount: 2, current: aVersion({ number: 2 }) }),
    );
    await stable();
    expect(q('[role="status"]')?.textContent).toContain(
      'Version 2 has been uploaded.',
    );
    expect(uploaded).toHaveLength(1);
  });
});
