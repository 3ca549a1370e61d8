import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { confirmDialog } from './confirm';

const tick = () => new Promise((resolve) => setTimeout(resolve));
/** The dialog's code loads on first use: wait until it shows. */
async function opened(): Promise<HTMLElement> {
  for (let i = 0; i < 50; i++) {
    const dialog = document.querySelector<HTMLElement>(
      '.cdk-overlay-container [role="dialog"] h2',
    );
    if (dialog) {
      return dialog.closest('[role="dialog"]') as HTMLElement;
    }
    await tick();
  }
  throw new Error('no dialog');
}
const overlay = () =>
  document.querySelector('.cdk-overlay-container') as HTMLElement;
const button = (name: string) =>
  Array.from(overlay().querySelectorAll<HTMLButtonElement>('button')).find(
    (b) => b.textContent?.trim() === name,
  ) as HTMLButtonElement;

describe('confirmDialog', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    overlay()?.replaceChildren();
  });

  const data = {
    title: 'Leave Open Data?',
    message: 'You will no longer be able to post here.',
    confirm: 'Leave community',
    cancel: 'Cancel',
    danger: true,
  };

  it('asks with a titled, described dialog and answers true when confirmed', async () => {
    const answer = firstValueFrom(confirmDialog(TestBed.inject(MatDialog), data));
    const dialog = await opened();
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Leave Open Data?');
    expect(dialog.getAttribute('aria-describedby')).toBe('confirm-dialog-message');
    expect(dialog.querySelector('#confirm-dialog-message')?.textContent).toBe(
      'You will no longer be able to post here.',
    );
    expect(button('Leave community').classList).toContain('danger');
    button('Leave community').click();
    await expect(answer).resolves.toBe(true);
  });

  it('answers false when cancelled', async () => {
    const answer = firstValueFrom(confirmDialog(TestBed.inject(MatDialog), data));
    await opened();
    button('Cancel').click();
    await expect(answer).resolves.toBe(false);
  });
});
