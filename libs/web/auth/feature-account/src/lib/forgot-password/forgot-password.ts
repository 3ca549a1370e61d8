import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
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
import {
  I18nService,
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';
import { AccountApi } from '../account.api';

/** Asks for a password reset link; the answer is the same whether or not the address is known. */
@Component({
  selector: 'sce-forgot-password',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, PageHeader, MatButton],
  templateUrl: './forgot-password.html',
  styleUrl: '../account-form.scss',
})
export class ForgotPassword {
  private readonly api = inject(AccountApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly emailInput =
    viewChild<ElementRef<HTMLInputElement>>('emailInput');
  private readonly donePanel = viewChild<ElementRef<HTMLElement>>('donePanel');

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
  });

  protected readonly pending = signal(false);
  protected readonly done = signal<string | null>(null);
  /** A problem with the email field (shown at the field and in the summary). */
  protected readonly emailError = signal<TranslationKey | null>(null);
  /** Any other problem, as text. */
  protected readonly problem = signal<string | null>(null);
  /** The text of the alert box, in the current language where we have one. */
  protected readonly summary = computed(() => {
    const key = this.emailError();
    return this.problem() ?? (key === null ? null : this.i18n.translate(key));
  });

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const email = this.form.controls.email;
    email.setValue(email.value.trim());
    if (email.invalid) {
      this.showEmailError(
        email.hasError('required')
          ? 'register.error.emailRequired'
          : 'register.error.emailInvalid',
      );
      return;
    }
    this.pending.set(true);
    this.api
      .forgotPassword(email.value)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ message }) => {
          this.pending.set(false);
          this.emailError.set(null);
          this.problem.set(null);
          this.done.set(message);
          afterNextRender(() => this.donePanel()?.nativeElement.focus(), {
            injector: this.injector,
          });
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = problemOf(error);
          if (
            problem?.errors?.some(
              (e) => e.field.replace(/^body\./, '') === 'email',
            )
          ) {
            this.showEmailError('register.error.emailInvalid');
            return;
          }
          this.emailError.set(null);
          this.problem.set(
            problem?.detail ??
              this.i18n.translate('forgotPassword.error.failed'),
          );
        },
      });
  }

  private showEmailError(key: TranslationKey): void {
    this.problem.set(null);
    this.emailError.set(key);
    afterNextRender(() => this.emailInput()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }
}
