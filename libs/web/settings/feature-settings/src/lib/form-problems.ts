import {
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import {
  I18nService,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';

/** The message key of each field that needs fixing. */
export type FieldProblems<F extends string> = Partial<
  Record<F, TranslationKey>
>;

/** What went wrong with the last attempt: fields to fix, or one message for the whole form. */
type Failure<F extends string> =
  | { kind: 'fields'; fields: FieldProblems<F> }
  | { kind: 'message'; message: string };

/**
 * The problems of one form, shown the way every form of the app shows them: a `role="alert"`
 * summary above the form, a message at each field (`#<prefix>-<field>-error`, linked with
 * `aria-describedby`, `aria-invalid` on the control) and focus on the first field to fix
 * (the control with id `<prefix>-<field>`). Create it in a component's field initialiser.
 */
export class FormProblems<F extends string> {
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly failure = signal<Failure<F> | null>(null);

  /**
   * @param prefix start of the ids of the form's controls
   * @param fields the form's fields, top to bottom
   * @param apiKeys our text for a field the API refused (its own messages are English and terse)
   */
  constructor(
    private readonly prefix: string,
    private readonly fields: readonly F[],
    private readonly apiKeys: Readonly<Record<F, TranslationKey>>,
  ) {}

  /** The message key at each field. */
  readonly errors = computed<FieldProblems<F>>(() => {
    const failure = this.failure();
    return failure?.kind === 'fields' ? failure.fields : {};
  });

  /** The summary's lines, in the current language. */
  readonly messages = computed(() => {
    const failure = this.failure();
    if (failure === null) {
      return [];
    }
    if (failure.kind === 'message') {
      return [failure.message];
    }
    return this.fields
      .map((field) => failure.fields[field])
      .filter((key) => key !== undefined)
      .map((key) => this.i18n.translate(key));
  });

  /** `aria-describedby` of a control: its error (when there is one), then its hint. */
  describedBy(field: F, hint?: string): string | null {
    const ids = [
      this.errors()[field] ? `${this.prefix}-${field}-error` : null,
      hint ?? null,
    ].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  clear(): void {
    this.failure.set(null);
  }

  /** Shows these field problems and moves focus to the first of them; false when there are none. */
  showFields(fields: FieldProblems<F>): boolean {
    const first = this.fields.find((field) => fields[field] !== undefined);
    if (first === undefined) {
      return false;
    }
    this.failure.set({ kind: 'fields', fields });
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`#${this.prefix}-${first}`)
          ?.focus(),
      { injector: this.injector },
    );
    return true;
  }

  showMessage(message: string): void {
    this.failure.set({ kind: 'message', message });
  }

  /**
   * Shows a failed API call: refused fields at the fields (`body.expertise.3` counts for
   * `expertise`), any other problem's detail in the summary, and `failedKey` when there was no
   * answer at all (network failure).
   */
  showApiError(
    error: unknown,
    failedKey: TranslationKey,
    codeKeys: Readonly<Record<string, TranslationKey>> = {},
  ): void {
    const problem = problemOf(error);
    if (problem === null) {
      this.showMessage(this.i18n.translate(failedKey));
      return;
    }
    const fields: FieldProblems<F> = {};
    for (const fieldError of problem.errors ?? []) {
      const field = fieldError.field.replace(/^body\./, '').split('.')[0];
      if ((this.fields as readonly string[]).includes(field)) {
        fields[field as F] = this.apiKeys[field as F];
      }
    }
    if (this.showFields(fields)) {
      return;
    }
    const key = codeKeys[problem.code];
    this.showMessage(
      key === undefined ? problem.detail : this.i18n.translate(key),
    );
  }
}
