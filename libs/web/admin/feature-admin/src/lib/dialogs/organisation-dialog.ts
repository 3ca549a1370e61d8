import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChildren,
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
  countryCodes,
  organisationKinds,
  type CountryCode,
  type OrganisationAdmin,
  type OrganisationInput,
  type OrganisationKind,
  type OrganisationPatch,
} from '@sce/shared-contracts';
import {
  countryKeys,
  organisationKindKeys,
} from '@sce/web-organisations-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
  type TranslationParams,
} from '@sce/web-shared-data-access';
import { DialogSubmission } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import {
  failureMessage,
  failureText,
  fieldErrorsOf,
  type FailureMessage,
} from '../failure';

export interface OrganisationDialogData {
  /** The organisation to change; absent to create one. */
  organisation?: OrganisationAdmin;
  create: (input: OrganisationInput) => Observable<OrganisationAdmin>;
  update: (
    id: string,
    patch: OrganisationPatch,
  ) => Observable<OrganisationAdmin>;
}

export const organisationFields = [
  'name',
  'kind',
  'country',
  'city',
  'website',
  'emailDomains',
] as const;
export type OrganisationField = (typeof organisationFields)[number];

export interface FieldProblem {
  key: TranslationKey;
  params?: TranslationParams;
}
export type OrganisationFieldErrors = Partial<
  Record<OrganisationField, FieldProblem>
>;

export interface OrganisationFormValue {
  name: string;
  kind: OrganisationKind | '';
  country: CountryCode | '';
  city: string;
  website: string;
  emailDomains: string;
}

/** The domains typed one per line (or separated by commas or spaces), lower case, each once. */
export function parseDomains(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((domain) => domain.trim().toLowerCase())
        .filter((domain) => domain.length > 0),
    ),
  ];
}

/** What the form can tell before asking the API; the API checks the rest (domain names). */
export function validateOrganisation(
  value: OrganisationFormValue,
): OrganisationFieldErrors {
  const errors: OrganisationFieldErrors = {};
  const name = value.name.trim();
  if (name.length < 2 || name.length > 120) {
    errors.name = { key: 'admin.organisations.error.name' };
  }
  if (!value.kind) {
    errors.kind = { key: 'admin.organisations.error.kind' };
  }
  if (!value.country) {
    errors.country = { key: 'admin.organisations.error.country' };
  }
  const city = value.city.trim();
  if (city.length < 1 || city.length > 80) {
    errors.city = { key: 'admin.organisations.error.city' };
  }
  const website = value.website.trim();
  if (website && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(website)) {
    errors.website = { key: 'admin.organisations.error.website' };
  }
  if (parseDomains(value.emailDomains).length > 20) {
    errors.emailDomains = { key: 'admin.organisations.error.domainsTooMany' };
  }
  return errors;
}

/** The API's field errors (`name`, `emailDomains.2`, …) as our texts at our fields. */
export function apiFieldErrors(
  error: unknown,
  domains: readonly string[],
): OrganisationFieldErrors {
  const errors: OrganisationFieldErrors = {};
  for (const [field] of fieldErrorsOf(error, 'body')) {
    const [name, index] = field.split('.');
    switch (name) {
      case 'name':
      case 'kind':
      case 'country':
      case 'city':
      case 'website':
        errors[name] ??= { key: `admin.organisations.error.${name}` as const };
        break;
      case 'emailDomains': {
        const domain = index === undefined ? undefined : domains[Number(index)];
        errors.emailDomains ??=
          domain === undefined
            ? { key: 'admin.organisations.error.domainsTooMany' }
            : { key: 'admin.organisations.error.domain', params: { domain } };
        break;
      }
    }
  }
  return errors;
}

/** The fields whose value differs from the organisation's: what a PATCH sends. */
export function organisationPatch(
  before: OrganisationAdmin,
  after: OrganisationInput,
): OrganisationPatch {
  const patch: OrganisationPatch = {};
  if (after.name !== before.name) patch.name = after.name;
  if (after.kind !== before.kind) patch.kind = after.kind;
  if (after.country !== before.country) patch.country = after.country;
  if (after.city !== before.city) patch.city = after.city;
  if (after.website !== before.website) patch.website = after.website;
  if (after.emailDomains.join('\n') !== before.emailDomains.join('\n')) {
    patch.emailDomains = after.emailDomains;
  }
  return patch;
}

/** Creates or changes an organisation. Errors show at their fields and the first takes focus. */
@Component({
  selector: 'sce-organisation-dialog',
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
  templateUrl: './organisation-dialog.html',
  // Styled by the global `.sce-dialog-form` rules (web-shared-ui styles/_dialog-form.scss).
  host: { class: 'sce-dialog-form' },
})
export class OrganisationDialog {
  protected readonly data = inject<OrganisationDialogData>(MAT_DIALOG_DATA);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  private readonly inputs = viewChildren<ElementRef<HTMLElement>>('fieldInput');

  protected readonly kinds = organisationKinds;
  protected readonly countries = countryCodes;
  protected readonly kindKeys = organisationKindKeys;
  protected readonly countryKeys = countryKeys;
  protected readonly editing = this.data.organisation !== undefined;

  protected readonly form = new FormGroup({
    name: new FormControl(this.data.organisation?.name ?? '', {
      nonNullable: true,
    }),
    kind: new FormControl<OrganisationKind | ''>(
      this.data.organisation?.kind ?? '',
      { nonNullable: true },
    ),
    country: new FormControl<CountryCode | ''>(
      this.data.organisation?.country ?? '',
      { nonNullable: true },
    ),
    city: new FormControl(this.data.organisation?.city ?? '', {
      nonNullable: true,
    }),
    website: new FormControl(this.data.organisation?.website ?? '', {
      nonNullable: true,
    }),
    emailDomains: new FormControl(
      (this.data.organisation?.emailDomains ?? []).join('\n'),
      { nonNullable: true },
    ),
  });
  private readonly submission = new DialogSubmission<
    OrganisationAdmin,
    FailureMessage
  >(failureMessage);
  protected readonly pending = this.submission.pending;
  protected readonly errors = signal<OrganisationFieldErrors>({});
  private readonly failure = this.submission.failure;
  protected readonly failureText = computed(() =>
    failureText(this.failure(), this.i18n),
  );

  /** aria-describedby of a field: its error (when there is one), then its hint. */
  protected describedBy(field: OrganisationField, hint = false): string | null {
    const ids = [
      this.errors()[field] ? `organisation-${field}-error` : null,
      hint ? `organisation-${field}-hint` : null,
    ].filter((id) => id !== null);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected save(): void {
    if (this.pending()) {
      return;
    }
    this.failure.set(null);
    const value = this.form.getRawValue();
    if (this.showErrors(validateOrganisation(value))) {
      return;
    }
    const input: OrganisationInput = {
      name: value.name.trim(),
      kind: value.kind as OrganisationKind,
      country: value.country as CountryCode,
      city: value.city.trim(),
      website: value.website.trim() || null,
      emailDomains: parseDomains(value.emailDomains),
    };
    const existing = this.data.organisation;
    let request: Observable<OrganisationAdmin>;
    if (existing) {
      const patch = organisationPatch(existing, input);
      if (Object.keys(patch).length === 0) {
        this.failure.set({ key: 'admin.organisations.error.unchanged' });
        return;
      }
      request = this.data.update(existing.id, patch);
    } else {
      request = this.data.create(input);
    }

    this.submission.submit(request, (error) =>
      this.showErrors(apiFieldErrors(error, input.emailDomains)),
    );
  }

  /** Shows the errors at their fields and focuses the first; false when there are none. */
  private showErrors(errors: OrganisationFieldErrors): boolean {
    this.errors.set(errors);
    const first = organisationFields.findIndex((f) => errors[f] !== undefined);
    if (first === -1) {
      return false;
    }
    afterNextRender(() => this.inputs()[first]?.nativeElement.focus(), {
      injector: this.injector,
    });
    return true;
  }
}
