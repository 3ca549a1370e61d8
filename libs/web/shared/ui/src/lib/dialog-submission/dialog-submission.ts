import {
  DestroyRef,
  inject,
  signal,
  type Signal,
  type WritableSignal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDialogRef } from '@angular/material/dialog';
import type { Observable } from 'rxjs';

/**
 * What a form dialog does when it sends: `pending` while the request runs, the dialog closes
 * with the answer, and a failure stays in the dialog as `failure` (what `failureOf` makes of the
 * error: a translation key, or a key with its parameters). The request ends with the dialog.
 *
 * Create it in a field of the dialog component (it injects the dialog's `MatDialogRef`):
 * `private readonly submission = new DialogSubmission<Warning, TranslationKey>(failureKey);`
 */
export class DialogSubmission<R, F> {
  private readonly dialogRef = inject<MatDialogRef<unknown, R>>(MatDialogRef);
  private readonly destroyRef = inject(DestroyRef);
  private readonly running = signal(false);

  /** True while the request runs (the submit button shows "working" and does nothing). */
  readonly pending: Signal<boolean> = this.running.asReadonly();
  /** Why the last request failed, shown in the dialog; the dialog clears it before it sends. */
  readonly failure: WritableSignal<F | null> = signal<F | null>(null);

  constructor(private readonly failureOf: (error: unknown) => F) {}

  /**
   * Sends: closes the dialog with the answer, or shows the failure and lets the person try
   * again. `fieldErrors` may show an error at the fields instead and return true; when it
   * returns false (or is absent) the failure is shown.
   */
  submit(
    request: Observable<R>,
    fieldErrors?: (error: unknown) => boolean,
  ): void {
    this.running.set(true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (answer) => this.dialogRef.close(answer),
      error: (error: unknown) => {
        this.running.set(false);
        if (!fieldErrors?.(error)) {
          this.failure.set(this.failureOf(error));
        }
      },
    });
  }
}
