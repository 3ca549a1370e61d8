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
import type { Organisation } from '@sce/shared-contracts';
import {
  I18nService,
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';
import { AccountApi } from '../account.api';

export const registerFields = [
  'email',
  'displayName',
  'organisationId',
  'password',
] as const;
type Field = (typeof registerFields)[number];

/** What went wrong with the last attempt. */
type Failure =
  | { kind: 'fields'; fields: Partial<Record<Field, TranslationKey>> }
  | { kind: 'api'; message: string };

/** Our texts for fields the API refused (its own messages are English and terse). */
const apiFieldKeys: Readonly<Record<Field, TranslationKey>> = {
  email: 'register.error.emailInvalid',
  displayName: 'register.error.displayNameLength',
  organisationId: 'register.error.organisationRequired',
  password: 'register.error.passwordRejected',
};

/**
 * Creating an account, with the same form patterns as sign-in: a `role="alert"` summary, messages
 * at the fields (`aria-invalid`, `aria-describedby`) and focus on the first field to fix. On
 * success the API's message is shown in a status panel that takes focus.
 */
@Component({
  selector: 'sce-register',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, PageHeader, MatButton],
  templateUrl: './register.html',
  styleUrl: '../account-form.scss',
})
export class Register {
  private readonly api = inject(AccountApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly emailInput =
    viewChild.required<ElementRef<HTMLElement>>('emailInput');
  private readonly displayNameInput =
    viewChild.required<ElementRef<HTMLElement>>('displayNameInput');
  private readonly organisationInput =
    viewChild.required<ElementRef<HTMLElement>>('organisationInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLElement>>('passwordInput');
  private readonly inputs: Readonly<
    Record<Field, () => ElementRef<HTMLElement>>
  > = {
    email: () => this.emailInput(),
    displayName: () => this.displayNameInput(),
    organisationId: () => this.organisationInput(),
    password: () => this.passwordInput(),
  };
  private readonly donePanel = viewChild<ElementRef<HTMLElement>>('donePanel');

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.email],
    }),
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.minLength(2), Validators.maxLength(60)],
    }),
    organisationId: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.minLength(12), Validators.maxLength(128)],
    }),
  });

  protected readonly organisations = signal<readonly Organisation[]>([]);
  protected readonly organisationsFailed = signal(false);
  protected readonly pending = signal(false);
  /** The API's answer after a successful registration. */
  protected readonly done = signal<string | null>(null);
  private readonly failure = signal<Failure | null>(null);

  protected readonly messages = computed(() => {
    const failure = this.failure();
    if (failure === null) {
      return [];
    }
    if (failure.kind === 'api') {
      return [failure.message];
    }
    return registerFields
      .map((field) => failure.fields[field])
      .filter((key) => key !== undefined)
      .map((key) => this.i18n.translate(key));
  });

  protected readonly errors = computed(() => {
    const failure = this.failure();
    return failure?.kind === 'fields' ? failure.fields : {};
  });

  constructor() {
    this.api
      .organisations()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) =>
          this.organisations.set(
            [...page.items].sort((a, b) => a.name.localeCompare(b.name)),
          ),
        error: () => this.organisationsFailed.set(true),
      });
  }

  /** aria-describedby of a field: its error (when there is one) and its hint. */
  protected describedBy(field: Field, hint?: string): string | null {
    const ids = [
      this.errors()[field] ? `register-${field}-error` : null,
      hint ?? null,
    ].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const { email, displayName } = this.form.controls;
    email.setValue(email.value.trim());
    displayName.setValue(displayName.value.trim());
    const fields = this.validate();
    if (fields !== null) {
      this.showFieldErrors(fields);
      return;
    }

    this.pending.set(true);
    this.api
      .register(this.form.getRawValue())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ message }) => {
          this.pending.set(false);
          this.failure.set(null);
          this.done.set(message);
          afterNextRender(() => this.donePanel()?.nativeElement.focus(), {
            injector: this.injector,
          });
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.apiFailure(error);
        },
      });
  }

  private validate(): Partial<Record<Field, TranslationKey>> | null {
    const { email, displayName, organisationId, password } = this.form.controls;
    const fields: Partial<Record<Field, TranslationKey>> = {};
    if (email.hasError('required')) {
      fields.email = 'register.error.emailRequired';
    } else if (email.hasError('email')) {
      fields.email = 'register.error.emailInvalid';
    }
    if (displayName.value.length < 2 || displayName.invalid) {
      fields.displayName = 'register.error.displayNameLength';
    }
    if (organisationId.hasError('required')) {
      fields.organisationId = 'register.error.organisationRequired';
    }
    if (password.value.length < 12 || password.invalid) {
      fields.password = 'register.error.passwordLength';
    }
    return Object.keys(fields).length > 0 ? fields : null;
  }

  private apiFailure(error: unknown): void {
    const problem = problemOf(error);
    if (problem === null) {
      this.failure.set({
        kind: 'api',
        message: this.i18n.translate('register.error.failed'),
      });
      return;
    }
    const fields: Partial<Record<Field, TranslationKey>> = {};
    for (const fieldError of problem.errors ?? []) {
      const field = fieldError.field.replace(/^body\./, '') as Field;
      if (registerFields.includes(field)) {
        fields[field] = apiFieldKeys[field];
      }
    }
    if (Object.keys(fields).length > 0) {
      this.showFieldErrors(fields);
    } else {
      this.failure.set({ kind: 'api', message: problem.detail });
    }
  }

  private showFieldErrors(
    fields: Partial<Record<Field, TranslationKey>>,
  ): void {
    this.failure.set({ kind: 'fields', fields });
    const first = registerFields.find((field) => fields[field] !== undefined);
    if (first !== undefined) {
      afterNextRender(() => this.inputs[first]().nativeElement.focus(), {
        injector: this.injector,
      });
    }
  }
}
