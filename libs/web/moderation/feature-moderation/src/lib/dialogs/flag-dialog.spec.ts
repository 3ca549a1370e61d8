import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { FlagView } from '@sce/shared-contracts';
import { aFlag, uuid } from '../testing.spec-helper';
import { closeDialogs, configureDialogTest, dialog, tick } from './dialog-testing.spec-helper';
import { flagDialog } from './flag-dialog';

const button = (name: string) =>
  Array.from(dialog().querySelectorAll<HTMLButtonElement>('button')).find(
    (b) => b.textContent?.trim() === name,
  ) as HTMLButtonElement;

describe('flagDialog', () => {
  let http: HttpTestingController;
  let result: FlagView | undefined | 'open';

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    configureDialogTest(provideHttpClient(), provideHttpClientTesting());
    http = TestBed.inject(HttpTestingController);
    result = 'open';
    flagDialog(TestBed.inject(MatDialog), {
      targetType: 'post',
      targetId: uuid(7),
      name: 'the reply of Jonas Weber',
    }).subscribe((flag) => (result = flag));
    await tick();
  });

  afterEach(() => {
    closeDialogs();
    http.verify();
  });

  it('is a titled dialog with a labelled group of reasons, each explained', () => {
    expect(dialog().querySelector('h2')?.textContent?.trim()).toBe('Flag the reply of Jonas Weber');
    expect(dialog().getAttribute('aria-describedby')).toBe('flag-dialog-intro');
    expect(dialog().querySelector('fieldset legend')?.textContent?.trim()).toBe(
      'Why are you flagging this?',
    );
    const radios = Array.from(dialog().querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(radios.map((r) => r.labels?.[0]?.textContent?.trim())).toEqual([
      'Spam',
      'Abuse',
      'Off-topic',
      'Privacy',
      'Something else',
    ]);
    const hint = radios[0].getAttribute('aria-describedby') ?? '';
    expect(dialog().querySelector(`#${hint}`)?.textContent?.trim()).toBe(
      'Advertising, or the same message posted again and again.',
    );
    expect((dialog().querySelector('textarea') as HTMLTextAreaElement).labels?.[0]?.textContent?.trim()).toBe(
      'Note for the moderators (optional)',
    );
  });

  it('asks for a reason first, then sends the flag and closes with it', async () => {
    button('Send flag').click();
    await tick();
    expect(dialog().textContent).toContain('Choose a reason.');
    expect(document.activeElement?.id).toBe('flag-reason-spam');

    (dialog().querySelector('#flag-reason-privacy') as HTMLInputElement).click();
    const note = dialog().querySelector('textarea') as HTMLTextAreaElement;
    note.value = ' A resident’s address ';
    note.dispatchEvent(new Event('input'));
    button('Send flag').click();
    const request = http.expectOne('/api/flags');
    expect(request.request.body).toEqual({
      targetType: 'post',
      targetId: uuid(7),
      reason: 'privacy',
      note: 'A resident’s address',
    });
    request.flush(aFlag(1, { reason: 'privacy' }));
    await tick();
    expect(result).toEqual(expect.objectContaining({ reason: 'privacy' }));
  });

  it('says so when the person flagged it already, and stays open', async () => {
    (dialog().querySelector('#flag-reason-spam') as HTMLInputElement).click();
    button('Send flag').click();
    http
      .expectOne('/api/flags')
      .flush(
        { code: 'ALREADY_FLAGGED', detail: 'You already flagged this', status: 409, title: 'Conflict', type: 'about:blank' },
        { status: 409, statusText: 'Conflict' },
      );
    await tick();
    expect(dialog().querySelector('[role="alert"]')?.textContent).toContain(
      'You flagged this already: the moderators have it in their queue.',
    );
    expect(result).toBe('open');
  });
});
