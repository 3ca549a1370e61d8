import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { Warning } from '@sce/shared-contracts';
import { uuid } from '../testing.spec-helper';
import { closeDialogs, configureDialogTest, dialog, tick } from './dialog-testing.spec-helper';
import { warnDialog } from './warn-dialog';

const submit = () =>
  dialog().querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement;
const textarea = () => dialog().querySelector('textarea') as HTMLTextAreaElement;

function write(text: string): void {
  textarea().value = text;
  textarea().dispatchEvent(new Event('input'));
}

const warning: Warning = {
  id: uuid(50),
  message: 'Please stay on topic in this community.',
  from: { id: uuid(900), displayName: 'Pieter de Vries' },
  createdAt: '2026-11-03T10:00:00.000Z',
  acknowledgedAt: null,
};

describe('warnDialog', () => {
  let http: HttpTestingController;
  let result: Warning | undefined | 'open';

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    configureDialogTest(provideHttpClient(), provideHttpClientTesting());
    http = TestBed.inject(HttpTestingController);
    result = 'open';
    warnDialog(TestBed.inject(MatDialog), { userId: uuid(7), name: 'Jonas Weber' }).subscribe(
      (w) => (result = w),
    );
    await tick();
  });

  afterEach(() => {
    closeDialogs();
    http.verify();
  });

  it('is a titled dialog with a labelled, described message field', () => {
    expect(dialog().querySelector('h2')?.textContent?.trim()).toBe('Warn Jonas Weber');
    expect(dialog().getAttribute('aria-describedby')).toBe('warn-dialog-intro');
    expect(textarea().labels?.[0]?.textContent?.trim()).toBe('Message');
    expect(textarea().getAttribute('aria-describedby')).toBe('warn-message-hint');
    expect(dialog().querySelector('#warn-message-hint')?.textContent).toContain('10 to 2,000 characters');
  });

  it('shows at the field that the message is too short, and focuses it', async () => {
    write(' Stop it ');
    submit().click();
    await tick();
    expect(dialog().querySelector('#warn-message-error')?.textContent?.trim()).toBe(
      'Write a message of 10 to 2,000 characters.',
    );
    expect(textarea().getAttribute('aria-invalid')).toBe('true');
    expect(textarea().getAttribute('aria-describedby')).toBe('warn-message-error warn-message-hint');
    expect(document.activeElement).toBe(textarea());
    expect(result).toBe('open');
  });

  it('sends the warning and closes with it', async () => {
    write('  Please stay on topic in this community.  ');
    submit().click();
    const request = http.expectOne(`/api/users/${uuid(7)}/warn`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ message: 'Please stay on topic in this community.' });
    request.flush(warning);
    await tick();
    expect(result).toEqual(warning);
  });

  it('shows the API’s field error at the field and other failures in the dialog', async () => {
    write('Please stay on topic in this community.');
    submit().click();
    http.expectOne(`/api/users/${uuid(7)}/warn`).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'x',
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'body.message', message: 'must be at least 10 characters long' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await tick();
    expect(textarea().getAttribute('aria-invalid')).toBe('true');

    submit().click();
    http
      .expectOne(`/api/users/${uuid(7)}/warn`)
      .flush(
        { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'no', code: 'FORBIDDEN' },
        { status: 403, statusText: 'Forbidden' },
      );
    await tick();
    expect(dialog().querySelector('[role="alert"]')?.textContent).toContain(
      'You cannot do this here',
    );
    expect(result).toBe('open');
  });
});
