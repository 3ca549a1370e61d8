import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PracticeSummary } from '@sce/shared-contracts';
import {
  countryName,
  domainKeys,
  formatScore,
  maturityKeys,
} from '@sce/web-practices-data-access';
import {
  I18nService,
  TranslatePipe,
  languageLocales,
} from '@sce/web-shared-data-access';

/** A practice in a grid of cards: title (the link), who and where, domain, maturity, results. */
@Component({
  selector: 'sce-practice-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    @let p = practice();
    <h3 class="title" [attr.id]="'practice-' + p.id">
      <a [routerLink]="['/practices', p.id]">{{ p.title }}</a>
    </h3>
    <p class="by">
      {{
        'practices.card.by'
          | t: { organisation: p.organisation.name, country: country() }
      }}
    </p>
    <p class="summary">{{ p.summary }}</p>
    <dl class="facts">
      <div>
        <dt>{{ 'practices.card.domain' | t }}</dt>
        <dd>{{ domainKeys[p.domain] | t }}</dd>
      </div>
      <div>
        <dt>{{ 'practices.card.maturity' | t }}</dt>
        <dd>{{ maturityKeys[p.maturity] | t }}</dd>
      </div>
      <div>
        <dt>{{ 'practices.card.adoptions' | t }}</dt>
        <dd>{{ p.adoptions }}</dd>
      </div>
      <div>
        <dt>{{ 'practices.card.score' | t }}</dt>
        <dd>
          @if (score(); as score) {
            {{ 'practices.score.outOf' | t: { score } }}
            <span class="count"
              >({{
                'practices.card.evaluations' | t: { count: p.scores.count }
              }})</span
            >
          } @else {
            {{ 'practices.score.none' | t }}
          }
        </dd>
      </div>
    </dl>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
      block-size: 100%;
      box-sizing: border-box;
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
    .title {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .title a {
      color: var(--mat-sys-primary);
    }
    .by {
      margin: 0;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .summary {
      margin: 0;
      flex: 1;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.5rem 1rem;
      margin: 0.5rem 0 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
    .count {
      font-weight: 400;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PracticeCard {
  readonly practice = input.required<PracticeSummary>();

  private readonly i18n = inject(I18nService);
  protected readonly domainKeys = domainKeys;
  protected readonly maturityKeys = maturityKeys;
  protected readonly country = computed(() =>
    countryName(this.i18n, this.practice().organisation.country),
  );
  protected readonly score = computed(() =>
    formatScore(
      this.practice().scores.overall,
      languageLocales[this.i18n.language()],
    ),
  );
}
