import {
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { problemOf } from '../http/problem';
import { I18nService } from '../i18n/i18n.service';
import type { TranslationKey } from '../i18n/messages.en';

/** The message key of each field that needs fixing. */
export type FieldProblems<F extends string> = Partial<
  Record<F, TranslationKey>
>;

type Failure<F extends string> =
  | { kind: 'fields'; fields: FieldProblems<F> }
  | { kind: 'message'; message: string };

export interface FormProblemsOptions<F extends string> {
  /** Start of the ids of the form's controls: the control of field `f` is `#<prefix>-<f>`. */
  prefix: string;
  /** The form's fields, top to bottom. */
  fields: readonly F[];
  /** Our text for a field the API refused (its own messages are English and terse). */
  apiKeys: Readonly<Record<F, TranslationKey>>;
  /**
   * The form field an API error path belongs to (`body.research.doi` → `doi`); by default the
   * first segment after `body.`.
   */
  fieldOf?: (path: string) => string | undefined;
}

const firstBodySegment = (path: string): string | undefined =>
  path.replace(/^body\./, '').split('.')[0];

/**
 * The problems of one form, shown the way every form of the app shows them: a `role="alert"`
 * summary above the form, a message at each field (`#<prefix>-<field>-error`, linked with
 * `aria-describedby`, `aria-invalid` on the control) and focus on the first field to fix.
 * Create it in a component's field initialiser.
 */
export class FormProblems<F extends string> {
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly failure = signal<Failure<F> | null>(null);

  constructor(private readonly options: FormProblemsOptions<F>) {}

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
    return this.options.fields
      .map((field) => failure.fields[field])
      .filter((key) => key !== undefined)
      .map((key) => this.i18n.translate(key));
  });

  /** The id of a field's control. */
  controlId(field: F): string {
    return `${this.options.prefix}-${field}`;
  }

  /** `aria-describedby` of a control: its error (when there is one), then its hints. */
  describedBy(field: F, ...hints: string[]): string | null {
    const ids = [
      this.errors()[field] ? `${this.controlId(field)}-error` : null,
      ...hints,
    ].filter((id) => id !== null && id !== '');
    return ids.length > 0 ? ids.join(' ') : null;
  }

  clear(): void {
    this.failure.set(null);
  }

  /** Shows these field problems and moves focus to the first of them; false when there are none. */
  showFields(fields: FieldProblems<F>): boolean {
    const first = this.options.fields.find(
      (field) => fields[field] !== undefined,
    );
    if (first === undefined) {
      return false;
    }
    this.failure.set({ kind: 'fields', fields });
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>(`#${this.controlId(first)}`)
          ?.focus(),
      { injector: this.injector },
    );
    return true;
  }

  showMessage(message: string): void {
    this.failure.set({ kind: 'message', message });
  }

  /**
   * Shows a failed API call: refused fields at the fields, any other problem's detail (or our
   * text for its code) in the summary, and `failedKey` when there was no answer at all.
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
    const fieldOf = this.options.fieldOf ?? firstBodySegment;
    const fields: FieldProblems<F> = {};
    for (const fieldError of problem.errors ?? []) {
      const field = fieldOf(fieldError.field);
      if (
        field !== undefined &&
        (this.options.fields as readonly string[]).includes(field) &&
        fields[field as F] === undefined
      ) {
        fields[field as F] = this.options.apiKeys[field as F];
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
