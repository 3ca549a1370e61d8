import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type {
  Showcase as ShowcaseData,
  TransferStage,
} from '@sce/shared-contracts';
import {
  PageMeta,
  ShowcaseStore,
  countryName,
} from '@sce/web-practices-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { PracticeCard } from '../practice-card/practice-card';

const recentKeys: Readonly<Record<TransferStage, TranslationKey>> = {
  exploring: 'practices.showcase.recent.exploring',
  piloting: 'practices.showcase.recent.piloting',
  adopted: 'practices.showcase.recent.adopted',
  abandoned: 'practices.showcase.recent.abandoned',
};

type Totals = ShowcaseData['totals'];

const totalKeys: readonly { name: keyof Totals; key: TranslationKey }[] = [
  { name: 'practices', key: 'practices.showcase.totals.practices' },
  { name: 'organisations', key: 'practices.showcase.totals.organisations' },
  { name: 'countries', key: 'practices.showcase.totals.countries' },
  { name: 'transfers', key: 'practices.showcase.totals.transfers' },
  { name: 'adoptions', key: 'practices.showcase.totals.adoptions' },
  { name: 'evaluations', key: 'practices.showcase.totals.evaluations' },
];

/**
 * The public showcase: what the network achieved, in a minute — totals, highlighted practices,
 * recent transfers and the partner organisations by country. No sign-in needed.
 */
@Component({
  selector: 'sce-showcase',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    MatButton,
    PracticeCard,
  ],
  providers: [PageMeta],
  templateUrl: './showcase.html',
  styleUrl: './showcase.scss',
})
export class Showcase {
  protected readonly store = inject(ShowcaseStore);
  protected readonly showcase = this.store.showcase;
  private readonly i18n = inject(I18nService);
  private readonly meta = inject(PageMeta);
  protected readonly totalKeys = totalKeys;

  constructor() {
    this.store.load();
    effect(() =>
      this.meta.setDescription(
        this.i18n.translate('practices.showcase.description'),
      ),
    );
  }

  protected country(code: string): string {
    return countryName(this.i18n, code);
  }

  protected recent(transfer: ShowcaseData['recentTransfers'][number]): string {
    return this.i18n.translate(recentKeys[transfer.stage], {
      to: transfer.to.name,
      from: transfer.from.name,
    });
  }

  protected date(iso: string): string {
    return this.i18n.formatDate(iso);
  }
}
