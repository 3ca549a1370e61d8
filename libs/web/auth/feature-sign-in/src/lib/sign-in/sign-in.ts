import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  type ElementRef,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  AuthApi,
  SessionStore,
  safeReturnUrl,
} from '@sce/web-auth-data-access';
import type { SsoErrorCode } from '@sce/shared-contracts';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';
import { catchError, of } from 'rxjs';

type Field = 'email' | 'password';

/** What went wrong with the last attempt. */
type Failure =
  | { kind: 'fields'; fields: Partial<Record<Field, TranslationKey>> }
  | { kind: 'api'; message: string; fields: readonly Field[] };

/** Texts for the API's problem codes, for interface languages other than the API's English. */
const problemKeys: Readonly<Record<string, TranslationKey>> = {
  INVALID_CREDENTIALS: 'signIn.error.invalidCredentials',
  ACCOUNT_PENDING: 'signIn.error.accountPending',
  ACCOUNT_SUSPENDED: 'signIn.error.accountSuspended',
};

/** Why single sign-on sent the browser back here (`?ssoError=CODE`). */
const ssoErrorKeys: Readonly<Record<SsoErrorCode, TranslationKey>> = {
  SSO_FAILED: 'signIn.sso.error.failed',
  SSO_ORGANISATION_NOT_ALLOWED: 'signIn.sso.error.organisationNotAllowed',
  SSO_EMAIL_MISSING: 'signIn.sso.error.emailMissing',
  SSO_EMAIL_IN_USE: 'signIn.sso.error.emailInUse',
  SSO_ALREADY_LINKED: 'signIn.sso.error.failed',
  ACCOUNT_PENDING: 'signIn.error.accountPending',
  ACCOUNT_SUSPENDED: 'signIn.error.accountSuspended',
  INVALID_CREDENTIALS: 'signIn.sso.error.failed',
};

/**
 * Email and password sign-in, and single sign-on when the server offers it. Problems are listed in a `role="alert"` box above the form and at
 * the fields they concern (`aria-invalid`, `aria-describedby`); after a failed check focus moves
 * to the first field to fix. On success it goes to `returnUrl` when that is a path of this app.
 */
@Component({
  selector: 'sce-sign-in',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    PageHeader,
    MatButton,
    RouterLink,
  ],
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.scss',
})
export class SignIn {
  /** From the `returnUrl` query parameter (component input binding). */
  readonly returnUrl = input<string>();
  /** From the `ssoError` query parameter: the API sends people back here when single sign-on failed. */
  readonly ssoError = input<string>();

  private readonly session = inject(SessionStore);
  private readonly authApi = inject(AuthApi);
  private readonly router = inject(Router);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly emailInput =
    viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
  });

  protected readonly pending = signal(false);

  protected readonly sso = toSignal(
    this.authApi.ssoInfo().pipe(catchError(() => of(null))),
    { initialValue: null },
  );
  /** A full-page navigation: the API redirects to the provider, which comes back to the API. */
  protected readonly ssoStartUrl = computed(() =>
    this.authApi.ssoStartUrl({ returnTo: safeReturnUrl(this.returnUrl()) }),
  );

  private readonly failure = signal<Failure | null>(null);

  /** The messages of the alert box, in the current language where we have one. */
  protected readonly messages = computed(() => {
    const failure = this.failure();
    if (failure === null) {
      const sso = this.ssoError();
      const key =
        sso !== undefined
          ? (ssoErrorKeys[sso as SsoErrorCode] ?? 'signIn.sso.error.failed')
          : undefined;
      return key === undefined ? [] : [this.i18n.translate(key)];
    }
    if (failure.kind === 'api') {
      return [failure.message];
    }
    return (['email', 'password'] as const)
      .map((field) => failure.fields[field])
      .filter((key) => key !== undefined)
      .map((key) => this.i18n.translate(key));
  });

  protected readonly emailError = computed(() => this.fieldError('email'));
  protected readonly passwordError = computed(() =>
    this.fieldError('password'),
  );
  protected readonly emailInvalid = computed(() => this.invalid('email'));
  protected readonly passwordInvalid = computed(() => this.invalid('password'));

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const email = this.form.controls.email;
    email.setValue(email.value.trim());
    const fields = this.validate();
    if (fields !== null) {
      this.failure.set({ kind: 'fields', fields });
      this.focusAfterRender(
        fields.email ? this.emailInput : this.passwordInput,
      );
      return;
    }

    this.pending.set(true);
    const { email: address, password } = this.form.getRawValue();
    this.session
      .login(address, password)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (user) => {
          this.failure.set(null);
          this.announcer.announce('shell.account.signedIn', {
            name: user.displayName,
          });
          void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.failure.set(this.apiFailure(error));
        },
      });
  }

  private validate(): Partial<Record<Field, TranslationKey>> | null {
    const { email, password } = this.form.controls;
    const fields: Partial<Record<Field, TranslationKey>> = {};
    if (email.hasError('required')) {
      fields.email = 'signIn.error.emailRequired';
    } else if (email.hasError('email')) {
      fields.email = 'signIn.error.emailInvalid';
    }
    if (password.hasError('required')) {
      fields.password = 'signIn.error.passwordRequired';
    }
    return Object.keys(fields).length > 0 ? fields : null;
  }

  private apiFailure(error: unknown): Failure {
    const problem = problemOf(error);
    if (problem === null) {
      return {
        kind: 'api',
        message: this.i18n.translate('signIn.error.failed'),
        fields: [],
      };
    }
    if (problem.code === 'VALIDATION_FAILED') {
      const fields = (problem.errors ?? [])
        .map((fieldError) => fieldError.field.replace(/^body\./, ''))
        .filter((field): field is Field =>
          ['email', 'password'].includes(field),
        );
      if (fields.includes('email')) {
        return {
          kind: 'fields',
          fields: { email: 'signIn.error.emailInvalid' },
        };
      }
      return { kind: 'api', message: problem.detail, fields };
    }
    // The API writes its details in English; other languages get our own text for known codes.
    const key = problemKeys[problem.code];
    const message =
      this.i18n.language() !== 'en' && key !== undefined
        ? this.i18n.translate(key)
        : problem.detail;
    const fields: Field[] =
      problem.code === 'INVALID_CREDENTIALS' ? ['email', 'password'] : [];
    return { kind: 'api', message, fields };
  }

  private fieldError(field: Field): TranslationKey | undefined {
    const failure = this.failure();
    return failure?.kind === 'fields' ? failure.fields[field] : undefined;
  }

  private invalid(field: Field): boolean {
    const failure = this.failure();
    if (failure === null) {
      return false;
    }
    return failure.kind === 'fields'
      ? failure.fields[field] !== undefined
      : failure.fields.includes(field);
  }

  private focusAfterRender(target: () => ElementRef<HTMLElement>): void {
    afterNextRender(() => target().nativeElement.focus(), {
      injector: this.injector,
    });
  }
}
