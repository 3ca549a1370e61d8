import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
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
import type { FlagView, ModeratorRef } from '@sce/shared-contracts';
import {
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { DialogSubmission } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import { moderationFailureKey } from '../failure';

export interface AssignDialogData {
  /** The translated name of what was flagged, for the message. */
  name: string;
  /** The moderator who has the flag now, if any. */
  assigneeId: string | null;
  /** Who may be assigned the flag. */
  moderators: () => Observable<ModeratorRef[]>;
  /** Assigns the flag (null: to nobody); the dialog closes with the answer. */
  run: (assigneeId: string | null) => Observable<FlagView>;
}

export const ASSIGN_DIALOG_MESSAGE_ID = 'assign-dialog-message';

type Status = 'loading' | 'loaded' | 'error';

/**
 * Gives a flag to another moderator (of the flag's community, or a global one), or to nobody:
 * a labelled select of the people who may take it, loaded when the dialog opens. Errors stay in
 * the dialog; focus goes back to the control that opened it.
 */
@Component({
  selector: 'sce-assign-dialog',
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
  template: `
    <h2 mat-dialog-title>{{ 'moderation.assign.title' | t }}</h2>
    <form novalidate [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <p class="message" [id]="messageId">
          {{ 'moderation.assign.message' | t: { name: data.name } }}
        </p>
        <div class="problem" role="alert" [class.shown]="failure()">
          @if (failure(); as key) {
            <p>{{ key | t }}</p>
          }
        </div>
        @if (status() === 'loading') {
          <p class="hint" role="status">{{ 'moderation.assign.loading' | t }}</p>
        } @else if (status() === 'error') {
          <button matButton="outlined" type="button" (click)="load()">
            {{ 'moderation.retry' | t }}
          </button>
        } @else {
          <div class="field">
            <label for="assign-moderator">{{ 'moderation.assign.label' | t }}</label>
            <select id="assign-moderator" formControlName="assignee">
              <option value="">{{ 'moderation.flags.nobody' | t }}</option>
              @for (moderator of moderators(); track moderator.id) {
                <option [value]="moderator.id">
                  {{ moderator.displayName }} ({{ scopeKeys[moderator.scope] | t }})
                </option>
              }
            </select>
          </div>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close>
          {{ 'moderation.dialog.cancel' | t }}
        </button>
        <button
          matButton="filled"
          type="submit"
          [disabled]="pending() || status() !== 'loaded'"
          disabledInteractive
        >
          {{ (pending() ? 'moderation.dialog.working' : 'moderation.assign.submit') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class AssignDialog {
  protected readonly data = inject<AssignDialogData>(MAT_DIALOG_DATA);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly messageId = ASSIGN_DIALOG_MESSAGE_ID;
  protected readonly scopeKeys: Readonly<Record<ModeratorRef['scope'], TranslationKey>> = {
    community: 'moderation.assign.scope.community',
    global: 'moderation.assign.scope.global',
  };
  protected readonly form = new FormGroup({
    assignee: new FormControl(this.data.assigneeId ?? '', { nonNullable: true }),
  });
  protected readonly status = signal<Status>('loading');
  protected readonly moderators = signal<readonly ModeratorRef[]>([]);
  private readonly submission = new DialogSubmission<FlagView, TranslationKey>(
    moderationFailureKey,
  );
  protected readonly pending = this.submission.pending;
  protected readonly failure = this.submission.failure;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.failure.set(null);
    this.data
      .moderators()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (moderators) => {
          this.moderators.set(moderators);
          this.status.set('loaded');
        },
        error: (error: unknown) => {
          this.status.set('error');
          this.failure.set(moderationFailureKey(error));
        },
      });
  }

  protected save(): void {
    if (this.pending() || this.status() !== 'loaded') {
      return;
    }
    const assignee = this.form.controls.assignee.value || null;
    this.failure.set(null);
    this.submission.submit(this.data.run(assignee));
  }
}

/** Opens the assign dialog; emits the flag as it is now, or undefined when it was closed. */
export function assignDialog(
  dialog: MatDialog,
  data: AssignDialogData,
): Observable<FlagView | undefined> {
  return dialog
    .open<AssignDialog, AssignDialogData, FlagView>(AssignDialog, {
      data,
      width: '30rem',
      maxWidth: 'calc(100vw - 2rem)',
      ariaDescribedBy: ASSIGN_DIALOG_MESSAGE_ID,
    })
    .afterClosed();
}
