import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { Subject, firstValueFrom } from 'rxjs';
import { DialogSubmission } from './dialog-submission';

@Component({
  selector: 'sce-test-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
class TestDialog {
  readonly submission = new DialogSubmission<string, string>(
    (error) => `failed: ${String(error)}`,
  );
}

describe('DialogSubmission', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  function open() {
    const ref = TestBed.inject(MatDialog).open<TestDialog, unknown, string>(
      TestDialog,
    );
    return { ref, submission: ref.componentInstance.submission };
  }

  it('is pending while the request runs and closes the dialog with the answer', async () => {
    const { ref, submission } = open();
    const closed = firstValueFrom(ref.afterClosed());
    const answers = new Subject<string>();
    expect(submission.pending()).toBe(false);
    submission.submit(answers);
    expect(submission.pending()).toBe(true);
    answers.next('done');
    expect(await closed).toBe('done');
  });

  it('shows the failure and stays open, unless the error is shown at the fields', () => {
    const { ref, submission } = open();
    const answers = new Subject<string>();
    submission.submit(answers);
    answers.error('offline');
    expect(submission.pending()).toBe(false);
    expect(submission.failure()).toBe('failed: offline');
    expect(TestBed.inject(MatDialog).openDialogs).toContain(ref);

    submission.failure.set(null);
    const again = new Subject<string>();
    const seen: unknown[] = [];
    submission.submit(again, (error) => {
      seen.push(error);
      return true;
    });
    again.error('bad field');
    expect(seen).toEqual(['bad field']);
    expect(submission.failure()).toBeNull();
    expect(submission.pending()).toBe(false);
  });
});
