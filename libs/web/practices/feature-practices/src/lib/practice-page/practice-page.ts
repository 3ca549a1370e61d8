import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { Metric } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  PageMeta,
  PracticePageStore,
  channelKeys,
  costBandKeys,
  countryName,
  domainKeys,
  evidenceLevelKeys,
  formatChange,
  formatNumber,
  formatScore,
  maturityKeys,
  metricChange,
  scoreDimensionKeys,
  scoreDimensions,
} from '@sce/web-practices-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  languageLocales,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { EvaluationForm } from '../evaluation-form/evaluation-form';
import { TransferForm } from '../transfer-form/transfer-form';
import { TransferItem } from '../transfer-item/transfer-item';

const prerequisiteKeys: readonly {
  name: 'legal' | 'organisational' | 'technical' | 'language';
  key: TranslationKey;
}[] = [
  { name: 'legal', key: 'practices.prerequisite.legal' },
  { name: 'organisational', key: 'practices.prerequisite.organisational' },
  { name: 'technical', key: 'practices.prerequisite.technical' },
  { name: 'language', key: 'practices.prerequisite.language' },
];

/**
 * One practice: the problem it solves and how, measured outcomes, evidence, what a transfer
 * takes, the contact, evaluations and transfers (with their timelines). Signed-in people of
 * other organisations can record their transfer and evaluate it.
 */
@Component({
  selector: 'sce-practice-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    MatButton,
    EvaluationForm,
    TransferForm,
    TransferItem,
  ],
  providers: [PageMeta],
  templateUrl: './practice-page.html',
  styleUrl: './practice-page.scss',
})
export class PracticePage {
  /** The `:id` of the route. */
  readonly id = input.required<string>();

  protected readonly store = inject(PracticePageStore);
  protected readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly meta = inject(PageMeta);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);

  protected readonly domainKeys = domainKeys;
  protected readonly maturityKeys = maturityKeys;
  protected readonly channelKeys = channelKeys;
  protected readonly costBandKeys = costBandKeys;
  protected readonly levelKeys = evidenceLevelKeys;
  protected readonly dimensions = scoreDimensions;
  protected readonly dimensionKeys = scoreDimensionKeys;
  protected readonly prerequisiteKeys = prerequisiteKeys;
  /** The transfer form stays (showing its outcome) after the viewer recorded a transfer. */
  protected readonly transferRecorded = signal(false);

  protected readonly lead = computed(() => {
    const practice = this.store.practice();
    if (!practice) {
      return '';
    }
    const { organisation } = practice;
    const place = organisation.city
      ? `${organisation.city}, ${countryName(this.i18n, organisation.country)}`
      : countryName(this.i18n, organisation.country);
    return this.i18n.translate('practices.card.by', {
      organisation: organisation.name,
      country: place,
    });
  });
  protected readonly hasPrerequisites = computed(() => {
    const prerequisites = this.store.practice()?.prerequisites;
    return prerequisites
      ? Object.values(prerequisites).some((text) => text.trim() !== '')
      : false;
  });
  protected readonly signInLink = computed(() => ({
    returnUrl: this.router.url,
  }));

  constructor() {
    // The title resolver has usually started this already; loading again shares its request.
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.transferRecorded.set(false);
        this.store.load(id);
      });
    });
    effect(() => {
      const practice = this.store.practice();
      if (practice) {
        this.meta.setDescription(practice.summary);
      }
    });
  }

  protected score(value: number | null): string | null {
    return formatScore(value, languageLocales[this.i18n.language()]);
  }

  protected number(value: number | null): string {
    return formatNumber(value, languageLocales[this.i18n.language()]);
  }

  protected change(metric: Metric): string {
    const percent = metricChange(metric);
    return percent === null
      ? ''
      : formatChange(percent, languageLocales[this.i18n.language()]);
  }

  protected date(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected safeUrl(url: string | null): string | null {
    if (!url) {
      return null;
    }
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:'
        ? parsed.href
        : null;
    } catch {
      return null;
    }
  }

  protected onRecorded(): void {
    this.transferRecorded.set(true);
    this.announcer.announce('practices.transferForm.done');
  }
}
