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
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';
import { AccountApi } from '../account.api';

/** What went wrong with the last attempt. */
type Failure =
  | { kind: 'password'; key: TranslationKey }
  | { kind: 'link'; message: string }
  | { kind: 'other'; message: string };

/** Sets a new password with the `token` of the mail link; afterwards it links to sign in. */
@Component({
  selector: 'sce-reset-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    PageHeader,
    MatButton,
    RouterLink,
  ],
  templateUrl: './reset-password.html',
  styleUrl: '../account-form.scss',
})
export class ResetPassword {
  /** From the `token` query parameter (component input binding). */
  readonly token = input<string>();

  private readonly api = inject(AccountApi);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly passwordInput =
    viewChild<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly donePanel = viewChild<ElementRef<HTMLElement>>('donePanel');

  protected readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.minLength(12), Validators.maxLength(128)],
    }),
  });

  protected readonly pending = signal(false);
  protected readonly done = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly passwordError = computed(() => {
    const failure = this.failure();
    return failure?.kind === 'password' ? failure.key : null;
  });
  protected readonly summary = computed(() => {
    const failure = this.failure();
    if (failure === null) {
      return null;
    }
    return failure.kind === 'password'
      ? this.i18n.translate(failure.key)
      : failure.message;
  });

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const token = this.token()?.trim() ?? '';
    if (token === '') {
      this.failure.set({
        kind: 'link',
        message: this.i18n.translate('resetPassword.error.linkInvalid'),
      });
      return;
    }
    const password = this.form.controls.password;
    if (password.value.length < 12 || password.invalid) {
      this.showPasswordError('register.error.passwordLength');
      return;
    }
    this.pending.set(true);
    this.api
      .resetPassword(token, password.value)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.failure.set(null);
          this.done.set(true);
          this.announcer.announce('resetPassword.done');
          afterNextRender(() => this.donePanel()?.nativeElement.focus(), {
            injector: this.injector,
          });
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = problemOf(error);
          if (problem === null) {
            this.failure.set({
              kind: 'other',
              message: this.i18n.translate('resetPassword.error.failed'),
            });
          } else if (
            problem.errors?.some(
              (e) => e.field.replace(/^body\./, '') === 'password',
            )
          ) {
            this.showPasswordError('register.error.passwordRejected');
          } else if (problem.code === 'LINK_INVALID') {
            this.failure.set({ kind: 'link', message: problem.detail });
          } else {
            this.failure.set({ kind: 'other', message: problem.detail });
          }
        },
      });
  }

  private showPasswordError(key: TranslationKey): void {
    this.failure.set({ kind: 'password', key });
    afterNextRender(() => this.passwordInput()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }
}
