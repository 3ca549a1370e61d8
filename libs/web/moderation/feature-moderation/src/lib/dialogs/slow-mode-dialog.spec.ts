import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Subject } from 'rxjs';
import { closeDialogs, configureDialogTest, dialog, tick } from './dialog-testing.spec-helper';
import { slowModeDialog } from './slow-mode-dialog';

const select = () => dialog().querySelector('select') as HTMLSelectElement;

describe('slowModeDialog', () => {
  let sent: number[];
  let answers: Subject<unknown>;
  let result: number | undefined | 'open';

  async function open(current: number): Promise<void> {
    sent = [];
    answers = new Subject();
    result = 'open';
    slowModeDialog(TestBed.inject(MatDialog), {
      message: 'How long in “Parking data”?',
      current,
      run: (seconds) => {
        sent.push(seconds);
        return answers;
      },
    }).subscribe((seconds) => (result = seconds));
    await tick();
  }

  beforeEach(() => configureDialogTest());
  afterEach(() => closeDialogs());

  it('offers the usual intervals with the one set now chosen', async () => {
    await open(300);
    expect(dialog().getAttribute('aria-describedby')).toBe('slow-mode-message');
    expect(dialog().querySelector('#slow-mode-message')?.textContent?.trim()).toBe(
      'How long in “Parking data”?',
    );
    expect(select().labels?.[0]?.textContent?.trim()).toBe('Time between posts');
    expect(select().value).toBe('300');
  });

  it('lists an unusual interval set elsewhere, and sends the choice', async () => {
    await open(45);
    const labels = Array.from(select().options).map((o) => o.textContent?.trim());
    expect(labels).toContain('45 seconds');
    expect(select().value).toBe('45');
    select().value = '0';
    select().dispatchEvent(new Event('change'));
    dialog().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await tick();
    expect(sent).toEqual([0]);
    answers.next({});
    await tick();
    expect(result).toBe(0);
  });
});
