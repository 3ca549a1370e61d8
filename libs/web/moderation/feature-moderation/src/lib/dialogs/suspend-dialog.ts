import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  type MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import type { AdminUser, SuspendUserRequest } from '@sce/shared-contracts';
import {
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { DialogSubmission } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import { startOfDayIso, todayIsoDate } from '../date-time';
import { moderationFailureKey } from '../failure';

export interface SuspendDialogData {
  /** The name of the person to suspend, for the title. */
  name: string;
  run: (request: SuspendUserRequest) => Observable<AdminUser>;
}

type Field = 'reason' | 'until';
type FieldErrors = Partial<Record<Field, TranslationKey>>;

export const SUSPEND_DIALOG_INTRO_ID = 'suspend-dialog-intro';

/** The fields a 400 problem names at `body.<field>`. */
function bodyFields(error: unknown): Set<string> {
  return new Set(
    (problemOf(error)?.errors ?? [])
      .filter((e) => e.field.startsWith('body.'))
      .map((e) => e.field.slice('body.'.length)),
  );
}

/**
 * Suspends someone (administrators on the people page, global moderators from a post or a
 * members list): a reason (required, they are told) and an optional last day. Errors show at
 * the fields, whether found here or by the API; other failures stay in the dialog.
 */
@Component({
  selector: 'sce-suspend-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
  ],
  templateUrl: './suspend-dialog.html',
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class SuspendDialog {
  protected readonly data = inject<SuspendDialogData>(MAT_DIALOG_DATA);
  private readonly injector = inject(Injector);
  private readonly reasonInput =
    viewChild.required<ElementRef<HTMLElement>>('reasonInput');
  private readonly untilInput =
    viewChild.required<ElementRef<HTMLElement>>('untilInput');

  protected readonly introId = SUSPEND_DIALOG_INTRO_ID;
  protected readonly today = todayIsoDate();
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true }),
    until: new FormControl('', { nonNullable: true }),
  });
  private readonly submission = new DialogSubmission<AdminUser, TranslationKey>(
    moderationFailureKey,
  );
  protected readonly pending = this.submission.pending;
  protected readonly errors = signal<FieldErrors>({});
  protected readonly failure = this.submission.failure;

  /** aria-describedby of a field: its error (when there is one), then its hint. */
  protected describedBy(field: Field): string {
    const hint = `suspend-${field}-hint`;
    return this.errors()[field] ? `suspend-${field}-error ${hint}` : hint;
  }

  protected save(): void {
    if (this.pending()) {
      return;
    }
    this.failure.set(null);
    const reason = this.form.controls.reason.value.trim();
    const untilDate = this.form.controls.until.value;
    const until = untilDate ? startOfDayIso(untilDate) : null;
    const errors: FieldErrors = {};
    if (reason.length < 3 || reason.length > 1000) {
      errors.reason = 'admin.users.suspend.error.reason';
    }
    if (untilDate && (until === null || Date.parse(until) <= Date.now())) {
      errors.until = 'admin.users.suspend.error.until';
    }
    if (this.showErrors(errors)) {
      return;
    }

    this.submission.submit(this.data.run(until ? { reason, until } : { reason }), (error) => {
      const fields = bodyFields(error);
      const apiErrors: FieldErrors = {};
      if (fields.has('reason')) {
        apiErrors.reason = 'admin.users.suspend.error.reason';
      }
      if (fields.has('until')) {
        apiErrors.until = 'admin.users.suspend.error.until';
      }
      return this.showErrors(apiErrors);
    });
  }

  /** Shows the errors at their fields and focuses the first; false when there are none. */
  private showErrors(errors: FieldErrors): boolean {
    this.errors.set(errors);
    const first: Field | undefined = errors.reason
      ? 'reason'
      : errors.until
        ? 'until'
        : undefined;
    if (first === undefined) {
      return false;
    }
    const input = first === 'reason' ? this.reasonInput : this.untilInput;
    afterNextRender(() => input().nativeElement.focus(), {
      injector: this.injector,
    });
    return true;
  }
}

/** Opens the suspend dialog; emits the suspended account, or undefined when it was closed. */
export function suspendDialog(
  dialog: MatDialog,
  data: SuspendDialogData,
): Observable<AdminUser | undefined> {
  return dialog
    .open<SuspendDialog, SuspendDialogData, AdminUser>(SuspendDialog, {
      data,
      width: '34rem',
      maxWidth: 'calc(100vw - 2rem)',
      maxHeight: 'calc(100vh - 2rem)',
      ariaDescribedBy: SUSPEND_DIALOG_INTRO_ID,
    })
    .afterClosed();
}
