import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import { Announcer, TranslatePipe } from '@sce/web-shared-data-access';
import { PageHeader, ProblemSummary } from '@sce/web-shared-ui';
import { FormProblems, type FieldProblems } from '../form-problems';
import { SettingsApi } from '../settings.api';
import { SsoLink } from '../sso-link/sso-link';

type PasswordField = 'currentPassword' | 'newPassword';
type EmailField = 'currentPassword' | 'newEmail';

/**
 * `/settings/account`: change the password and change the email address. Both ask for the current
 * password. A new password ends every other session; a new address only counts once the link
 * mailed to it has been opened (`/confirm-email`).
 */
@Component({
  selector: 'sce-account-settings',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    PageHeader,
    MatButton,
    ProblemSummary,
    SsoLink,
  ],
  templateUrl: './account-settings.html',
  styleUrl: '../settings-form.scss',
})
export class AccountSettings {
  private readonly api = inject(SettingsApi);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly emailSentPanel =
    viewChild<ElementRef<HTMLElement>>('emailSentPanel');

  protected readonly passwordProblems = new FormProblems<PasswordField>(
    'password',
    ['currentPassword', 'newPassword'],
    {
      currentPassword: 'settings.password.error.currentWrong',
      newPassword: 'settings.password.error.newRejected',
    },
  );
  protected readonly emailProblems = new FormProblems<EmailField>(
    'email',
    ['newEmail', 'currentPassword'],
    {
      currentPassword: 'settings.password.error.currentWrong',
      newEmail: 'settings.email.error.newRejected',
    },
  );

  protected readonly passwordForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true }),
    newPassword: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    }),
  });

  protected readonly emailForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true }),
    newEmail: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
  });

  protected readonly passwordPending = signal(false);
  protected readonly passwordChanged = signal(false);
  protected readonly emailPending = signal(false);
  /** The address a confirmation link went to. */
  protected readonly emailSentTo = signal<string | null>(null);
  /**
   * The address the account has now. The session's copy can be older (a change confirmed from a
   * mailed link, perhaps while this page was loading), so the profile is asked.
   */
  private readonly loadedEmail = signal<string | null>(null);
  protected readonly currentEmail = computed(
    () => this.loadedEmail() ?? this.session.user()?.email ?? '',
  );

  constructor() {
    this.api
      .profile()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ email }) => {
          this.loadedEmail.set(email);
          this.session.updateUser({ email });
        },
        // Without it the session's address is shown, which is nearly always the same.
        error: () => undefined,
      });
    this.passwordForm.valueChanges
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.passwordChanged.set(false));
  }

  protected changePassword(): void {
    if (this.passwordPending()) {
      return;
    }
    const { currentPassword, newPassword } = this.passwordForm.getRawValue();
    const fields: FieldProblems<PasswordField> = {};
    if (currentPassword === '') {
      fields.currentPassword = 'settings.password.error.currentRequired';
    }
    if (
      newPassword.length < PASSWORD_MIN_LENGTH ||
      newPassword.length > PASSWORD_MAX_LENGTH
    ) {
      fields.newPassword = 'settings.password.error.newLength';
    } else if (newPassword === currentPassword) {
      fields.newPassword = 'settings.password.error.newSame';
    }
    if (this.passwordProblems.showFields(fields)) {
      return;
    }
    this.passwordPending.set(true);
    this.api
      .changePassword({ currentPassword, newPassword })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (user) => {
          this.passwordPending.set(false);
          this.passwordProblems.clear();
          this.session.updateUser(user);
          this.passwordForm.reset();
          this.passwordChanged.set(true);
          this.announcer.announce('settings.password.changed');
        },
        error: (error: unknown) => {
          this.passwordPending.set(false);
          this.passwordProblems.showApiError(
            error,
            'settings.password.error.failed',
          );
        },
      });
  }

  protected changeEmail(): void {
    if (this.emailPending()) {
      return;
    }
    const controls = this.emailForm.controls;
    controls.newEmail.setValue(controls.newEmail.value.trim());
    const { currentPassword, newEmail } = this.emailForm.getRawValue();
    const fields: FieldProblems<EmailField> = {};
    if (currentPassword === '') {
      fields.currentPassword = 'settings.password.error.currentRequired';
    }
    if (controls.newEmail.invalid) {
      fields.newEmail = 'settings.email.error.newInvalid';
    } else if (newEmail.toLowerCase() === this.currentEmail().toLowerCase()) {
      fields.newEmail = 'settings.email.error.newSame';
    }
    if (this.emailProblems.showFields(fields)) {
      return;
    }
    this.emailPending.set(true);
    this.api
      .changeEmail({ currentPassword, newEmail })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.emailPending.set(false);
          this.emailProblems.clear();
          this.emailForm.reset();
          this.emailSentTo.set(newEmail);
          afterNextRender(() => this.emailSentPanel()?.nativeElement.focus(), {
            injector: this.injector,
          });
        },
        error: (error: unknown) => {
          this.emailPending.set(false);
          this.emailProblems.showApiError(error, 'settings.email.error.failed');
        },
      });
  }
}
