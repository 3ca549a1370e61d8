import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { AdminUser, SuspendUserRequest } from '@sce/shared-contracts';
import { Subject, firstValueFrom } from 'rxjs';
import { closeDialogs, configureDialogTest, overlay } from './dialog-testing.spec-helper';
import { SuspendDialog, type SuspendDialogData } from './suspend-dialog';

const jonas: AdminUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'jonas@example.org',
  displayName: 'Jonas Weber',
  role: 'member',
  status: 'active',
  organisationId: '00000000-0000-4000-8000-0000000000aa',
  emailVerifiedAt: null,
  suspendedUntil: null,
  suspensionReason: null,
  createdAt: '2026-10-01T09:00:00Z',
};

describe('SuspendDialog', () => {
  const byId = <T extends HTMLElement>(id: string) =>
    overlay().querySelector<T>(`#${id}`) as T;
  const settle = async () => {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
  };
  let sent: SuspendUserRequest[];
  let answers: Subject<AdminUser>;

  beforeEach(async () => {
    localStorage.clear();
    sent = [];
    answers = new Subject<AdminUser>();
    configureDialogTest();
    const data: SuspendDialogData = {
      name: jonas.displayName,
      run: (request) => {
        sent.push(request);
        return answers;
      },
    };
    TestBed.inject(MatDialog).open(SuspendDialog, { data });
    await settle();
  });

  afterEach(() => closeDialogs());

  function fill(id: string, value: string): void {
    const input = byId<HTMLInputElement>(id);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  // (Initial focus needs layout, which jsdom lacks; the browser journey checks it.)
  it('is labelled by its title', () => {
    const dialog = overlay().querySelector('[role="dialog"]');
    const title = overlay().querySelector('h2');
    expect(title?.textContent?.trim()).toBe('Suspend Jonas Weber');
    expect(dialog?.getAttribute('aria-labelledby')).toBe(title?.id);
  });

  it('asks for a reason and a future last day before sending', async () => {
    fill('suspend-reason', ' x ');
    fill('suspend-until', '2001-01-01');
    overlay()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await settle();
    expect(sent).toEqual([]);
    expect(byId('suspend-reason-error').textContent?.trim()).toBe(
      'Enter a reason of 3 to 1,000 characters.',
    );
    expect(byId('suspend-reason').getAttribute('aria-describedby')).toBe(
      'suspend-reason-error suspend-reason-hint',
    );
    expect(byId('suspend-until-error').textContent?.trim()).toBe(
      'Enter a date after today, or leave the field empty.',
    );
    expect(document.activeElement).toBe(byId('suspend-reason'));
  });

  it('sends the reason and the start of the last day, and shows the API’s field errors', async () => {
    fill('suspend-reason', 'Posting spam');
    fill('suspend-until', '2999-01-31');
    overlay()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await settle();
    expect(sent).toEqual([
      { reason: 'Posting spam', until: new Date(2999, 0, 31).toISOString() },
    ]);

    answers.error(
      new HttpErrorResponse({
        status: 400,
        error: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'x',
          code: 'VALIDATION_FAILED',
          errors: [{ field: 'body.until', message: 'must be in the future' }],
        },
      }),
    );
    await settle();
    expect(byId('suspend-until-error').textContent?.trim()).toBe(
      'Enter a date after today, or leave the field empty.',
    );
    expect(byId('suspend-until').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(byId('suspend-until'));
  });

  it('suspends until lifted when no day is given, and closes with the result', async () => {
    const ref = TestBed.inject(MatDialog).openDialogs[0];
    const closed = firstValueFrom(ref.afterClosed());
    fill('suspend-reason', 'Posting spam');
    overlay()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    await settle();
    expect(sent).toEqual([{ reason: 'Posting spam' }]);
    answers.next({ ...jonas, status: 'suspended' });
    expect((await closed)?.status).toBe('suspended');
  });
});
