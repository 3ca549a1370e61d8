import type {
  CostBand,
  EvidenceLevel,
  Maturity,
  ServiceChannel,
  ServiceDomain,
  TransferStage,
} from '@sce/shared-contracts';
import type { I18nService, TranslationKey } from '@sce/web-shared-data-access';

// Copies of the contract's lists: importing values from the contracts would pull zod into the
// bundle. The `satisfies` checks keep them in step with the contract's types.

export const serviceDomainList = [
  'permits_licences',
  'social_care',
  'mobility',
  'digital_identity',
  'open_data',
  'participation',
  'tax_payments',
  'health',
  'education',
  'other',
] as const satisfies readonly ServiceDomain[];

export const serviceChannelList = [
  'web',
  'mobile',
  'counter',
  'phone',
  'chatbot',
] as const satisfies readonly ServiceChannel[];

export const maturityList = [
  'idea',
  'pilot',
  'production',
  'scaled',
] as const satisfies readonly Maturity[];

export const costBandList = [
  'under_10k',
  '10k_100k',
  '100k_1m',
  'over_1m',
] as const satisfies readonly CostBand[];

/** The stages a transfer can start in (never abandoned). */
export const startStageList = [
  'exploring',
  'piloting',
  'adopted',
] as const satisfies readonly TransferStage[];

export const evidenceLevelList = [
  'anecdote',
  'internal_evaluation',
  'external_evaluation',
  'peer_reviewed',
] as const satisfies readonly EvidenceLevel[];

/** The countries of the network, in the order the filters list them. */
export const countryList = ['BE', 'DE', 'DK', 'GB', 'NL', 'NO', 'SE'] as const;
export type NetworkCountry = (typeof countryList)[number];

export const countryKeys: Readonly<Record<NetworkCountry, TranslationKey>> = {
  BE: 'organisations.country.BE',
  DE: 'organisations.country.DE',
  DK: 'organisations.country.DK',
  GB: 'organisations.country.GB',
  NL: 'organisations.country.NL',
  NO: 'organisations.country.NO',
  SE: 'organisations.country.SE',
};

/** A country's name in the current language; the code itself for a country outside the network. */
export function countryName(i18n: I18nService, code: string): string {
  return isCountry(code) ? i18n.translate(countryKeys[code]) : code;
}

export const domainKeys: Readonly<Record<ServiceDomain, TranslationKey>> = {
  permits_licences: 'practices.domain.permits_licences',
  social_care: 'practices.domain.social_care',
  mobility: 'practices.domain.mobility',
  digital_identity: 'practices.domain.digital_identity',
  open_data: 'practices.domain.open_data',
  participation: 'practices.domain.participation',
  tax_payments: 'practices.domain.tax_payments',
  health: 'practices.domain.health',
  education: 'practices.domain.education',
  other: 'practices.domain.other',
};

export const channelKeys: Readonly<Record<ServiceChannel, TranslationKey>> = {
  web: 'practices.channel.web',
  mobile: 'practices.channel.mobile',
  counter: 'practices.channel.counter',
  phone: 'practices.channel.phone',
  chatbot: 'practices.channel.chatbot',
};

export const maturityKeys: Readonly<Record<Maturity, TranslationKey>> = {
  idea: 'practices.maturity.idea',
  pilot: 'practices.maturity.pilot',
  production: 'practices.maturity.production',
  scaled: 'practices.maturity.scaled',
};

export const costBandKeys: Readonly<Record<CostBand, TranslationKey>> = {
  under_10k: 'practices.cost.under_10k',
  '10k_100k': 'practices.cost.10k_100k',
  '100k_1m': 'practices.cost.100k_1m',
  over_1m: 'practices.cost.over_1m',
};

export const stageKeys: Readonly<Record<TransferStage, TranslationKey>> = {
  exploring: 'practices.stage.exploring',
  piloting: 'practices.stage.piloting',
  adopted: 'practices.stage.adopted',
  abandoned: 'practices.stage.abandoned',
};

export const evidenceLevelKeys: Readonly<
  Record<EvidenceLevel, TranslationKey>
> = {
  anecdote: 'practices.evidenceLevel.anecdote',
  internal_evaluation: 'practices.evidenceLevel.internal_evaluation',
  external_evaluation: 'practices.evidenceLevel.external_evaluation',
  peer_reviewed: 'practices.evidenceLevel.peer_reviewed',
};

/** The four dimensions an evaluation scores, in the order they are shown. */
export const scoreDimensions = [
  'effectiveness',
  'userSatisfaction',
  'costEfficiency',
  'easeOfTransfer',
] as const;
export type ScoreDimension = (typeof scoreDimensions)[number];

export const scoreDimensionKeys: Readonly<
  Record<ScoreDimension, TranslationKey>
> = {
  effectiveness: 'practices.score.effectiveness',
  userSatisfaction: 'practices.score.userSatisfaction',
  costEfficiency: 'practices.score.costEfficiency',
  easeOfTransfer: 'practices.score.easeOfTransfer',
};

export function isServiceDomain(value: unknown): value is ServiceDomain {
  return (serviceDomainList as readonly unknown[]).includes(value);
}

export function isMaturity(value: unknown): value is Maturity {
  return (maturityList as readonly unknown[]).includes(value);
}

export function isCountry(value: unknown): value is NetworkCountry {
  return (countryList as readonly unknown[]).includes(value);
}
