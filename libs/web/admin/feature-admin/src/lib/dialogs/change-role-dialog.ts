import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import {
  globalRoles,
  type AdminUser,
  type GlobalRole,
} from '@sce/shared-contracts';
import { roleKeys } from '@sce/web-organisations-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { DialogSubmission } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import { failureMessage, failureText, type FailureMessage } from '../failure';

export interface ChangeRoleDialogData {
  user: AdminUser;
  run: (role: GlobalRole) => Observable<AdminUser>;
}

const roleHintKeys: Readonly<Record<GlobalRole, TranslationKey>> = {
  member: 'admin.users.role.hint.member',
  researcher: 'admin.users.role.hint.researcher',
  moderator: 'admin.users.role.hint.moderator',
  admin: 'admin.users.role.hint.admin',
};

/** Chooses someone's global role; saving is the confirmation. */
@Component({
  selector: 'sce-change-role-dialog',
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
    <h2 mat-dialog-title>
      {{ 'admin.users.role.title' | t: { name: data.user.displayName } }}
    </h2>
    <form novalidate [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <p class="message">
          {{
            'admin.users.role.current'
              | t: { role: (roleKeys[data.user.role] | t) }
          }}
        </p>
        <div class="problem" role="alert" [class.shown]="failureText()">
          @if (failureText(); as text) {
            <p>{{ text }}</p>
          }
        </div>
        <div class="field" [class.invalid]="unchanged()">
          <label for="change-role-select">{{
            'admin.users.role.label' | t
          }}</label>
          <p id="change-role-hint" class="hint">
            {{ roleHintKeys[role.value] | t }}
          </p>
          @if (unchanged()) {
            <p id="change-role-error" class="field-error">
              {{ 'admin.users.role.error.unchanged' | t }}
            </p>
          }
          <select
            #roleSelect
            id="change-role-select"
            formControlName="role"
            [attr.aria-invalid]="unchanged() ? 'true' : null"
            [attr.aria-describedby]="
              unchanged()
                ? 'change-role-error change-role-hint'
                : 'change-role-hint'
            "
          >
            @for (option of roles; track option) {
              <option [value]="option">{{ roleKeys[option] | t }}</option>
            }
          </select>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" mat-dialog-close>
          {{ 'admin.dialog.cancel' | t }}
        </button>
        <button
          matButton="filled"
          type="submit"
          [disabled]="pending()"
          disabledInteractive
        >
          {{
            (pending() ? 'admin.dialog.working' : 'admin.users.role.submit') | t
          }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class ChangeRoleDialog {
  protected readonly data = inject<ChangeRoleDialogData>(MAT_DIALOG_DATA);
  private readonly i18n = inject(I18nService);
  private readonly roleSelect =
    viewChild.required<ElementRef<HTMLSelectElement>>('roleSelect');

  protected readonly roles = globalRoles;
  protected readonly roleKeys = roleKeys;
  protected readonly roleHintKeys = roleHintKeys;
  protected readonly form = new FormGroup({
    role: new FormControl<GlobalRole>(this.data.user.role, {
      nonNullable: true,
    }),
  });
  protected readonly role = this.form.controls.role;
  private readonly submission = new DialogSubmission<AdminUser, FailureMessage>(
    failureMessage,
  );
  protected readonly pending = this.submission.pending;
  protected readonly unchanged = signal(false);
  private readonly failure = this.submission.failure;
  protected readonly failureText = computed(() =>
    failureText(this.failure(), this.i18n),
  );

  protected save(): void {
    if (this.pending()) {
      return;
    }
    const role = this.role.value;
    this.failure.set(null);
    this.unchanged.set(role === this.data.user.role);
    if (this.unchanged()) {
      this.roleSelect().nativeElement.focus();
      return;
    }
    this.submission.submit(this.data.run(role));
  }
}
