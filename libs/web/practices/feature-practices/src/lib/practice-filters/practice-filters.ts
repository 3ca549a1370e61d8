import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  countryList,
  countryName,
  domainKeys,
  maturityKeys,
  maturityList,
  serviceDomainList,
  type PracticeFilters as Filters,
} from '@sce/web-practices-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';

/** The filter form of the practice list and the insights: domain, country, maturity, search. */
@Component({
  selector: 'sce-practice-filters',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, MatButton],
  template: `
    <form
      class="filters"
      role="search"
      [attr.aria-label]="'practices.filter.label' | t"
      [formGroup]="form"
      (ngSubmit)="submit()"
    >
      <div class="field">
        <label [for]="prefix() + '-domain'">{{
          'practices.filter.domain' | t
        }}</label>
        <select [id]="prefix() + '-domain'" formControlName="domain">
          <option value="">{{ 'practices.filter.any' | t }}</option>
          @for (domain of domains; track domain) {
            <option [value]="domain">{{ domainKeys[domain] | t }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label [for]="prefix() + '-country'">{{
          'practices.filter.country' | t
        }}</label>
        <select [id]="prefix() + '-country'" formControlName="country">
          <option value="">{{ 'practices.filter.any' | t }}</option>
          @for (country of countries; track country) {
            <option [value]="country">{{ countryLabel(country) }}</option>
          }
        </select>
      </div>
      <div class="field">
        <label [for]="prefix() + '-maturity'">{{
          'practices.filter.maturity' | t
        }}</label>
        <select [id]="prefix() + '-maturity'" formControlName="maturity">
          <option value="">{{ 'practices.filter.any' | t }}</option>
          @for (maturity of maturities; track maturity) {
            <option [value]="maturity">{{ maturityKeys[maturity] | t }}</option>
          }
        </select>
      </div>
      @if (search()) {
        <div class="field wide">
          <label [for]="prefix() + '-q'">{{ 'practices.filter.q' | t }}</label>
          <input
            [id]="prefix() + '-q'"
            type="search"
            formControlName="q"
            maxlength="100"
            autocomplete="off"
            enterkeyhint="search"
          />
        </div>
      }
      <div class="actions">
        <button matButton="filled" type="submit">{{ submitKey() | t }}</button>
        @if (active()) {
          <button matButton="outlined" type="button" (click)="clear()">
            {{ 'practices.filter.clear' | t }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.75rem 1rem;
      margin-block-end: 1.5rem;
    }
    .field {
      display: flex;
      flex: 1 1 11rem;
      flex-direction: column;
      gap: 0.375rem;
      max-inline-size: 16rem;
    }
    .field.wide {
      flex-basis: 14rem;
      max-inline-size: 22rem;
    }
    label {
      font: var(--mat-sys-title-small);
      font-size: 1rem;
    }
    select,
    input {
      min-block-size: 3rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
      font-size: max(1rem, 16px);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }
    .actions button {
      --mat-button-filled-container-height: 3rem;
      --mat-button-outlined-container-height: 3rem;
    }
  `,
})
export class PracticeFilters {
  /** The filters in force (from the address). */
  readonly value = input.required<Filters>();
  /** Offer the free-text search. */
  readonly search = input(false);
  readonly prefix = input('practices-filter');
  readonly submitKey = input<TranslationKey>('practices.filter.submit');
  readonly applied = output<Filters>();

  private readonly i18n = inject(I18nService);
  protected readonly domains = serviceDomainList;
  protected readonly countries = countryList;
  protected readonly maturities = maturityList;
  protected readonly domainKeys = domainKeys;
  protected readonly maturityKeys = maturityKeys;
  protected readonly form = new FormGroup({
    domain: new FormControl('', { nonNullable: true }),
    country: new FormControl('', { nonNullable: true }),
    maturity: new FormControl('', { nonNullable: true }),
    q: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const value = this.value();
      untracked(() =>
        this.form.setValue({
          domain: value.domain ?? '',
          country: value.country ?? '',
          maturity: value.maturity ?? '',
          q: value.q ?? '',
        }),
      );
    });
  }

  protected active(): boolean {
    const value = this.value();
    return Boolean(value.domain || value.country || value.maturity || value.q);
  }

  protected countryLabel(code: string): string {
    return countryName(this.i18n, code);
  }

  protected submit(): void {
    const { domain, country, maturity, q } = this.form.getRawValue();
    this.applied.emit({
      domain: (domain || null) as Filters['domain'],
      country: country || null,
      maturity: (maturity || null) as Filters['maturity'],
      q: q.trim() || null,
    });
  }

  protected clear(): void {
    this.applied.emit({ domain: null, country: null, maturity: null, q: null });
  }
}
