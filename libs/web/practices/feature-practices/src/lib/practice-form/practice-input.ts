import type {
  CostBand,
  CreatePracticeRequest,
  Evidence,
  Maturity,
  PersonRef,
  PracticeDetail,
  PracticeVisibility,
  Prerequisites,
  ServiceChannel,
  ServiceDomain,
  UpdatePracticeRequest,
} from '@sce/shared-contracts';
import { serviceChannelList } from '@sce/web-practices-data-access';
import type { TranslationKey } from '@sce/web-shared-data-access';
import {
  METRICS_MAX,
  checkMetrics,
  isBlankMetric,
  metricErrorKeys,
  metricFieldNames,
  metricParts,
  metricToForm,
  repeatedFieldOf,
  sentRows,
  toMetrics,
  type MetricFormValue,
} from '../metric-fields/metric-input';

/** An evidence item as the form holds it: a label and a link (or a document kept as it is). */
export interface EvidenceFormValue {
  label: string;
  url: string;
  /** A document the evidence points at (kept when editing; not chosen here). */
  documentId: string | null;
}

export const prerequisiteNames = [
  'legal',
  'organisational',
  'technical',
  'language',
] as const satisfies readonly (keyof Prerequisites)[];

/** Everything a practice's form holds, as typed. */
export interface PracticeFormValue {
  title: string;
  summary: string;
  domain: ServiceDomain | '';
  maturity: Maturity | '';
  channels: readonly ServiceChannel[];
  costBand: CostBand | '';
  targetUsers: string;
  problem: string;
  solution: string;
  technology: string;
  metrics: readonly MetricFormValue[];
  evidence: readonly EvidenceFormValue[];
  prerequisites: Prerequisites;
  /** The contact person (of the owning organisation), or null. */
  contact: PersonRef | null;
  visibility: PracticeVisibility;
  /** New practices: the community where its discussion starts ('' for none). */
  communitySlug: string;
}

export const EVIDENCE_MAX = 20;

const baseFields = [
  'title',
  'summary',
  'domain',
  'maturity',
  'channels',
  'costBand',
  'targetUsers',
  'problem',
  'solution',
  'technology',
  'metrics',
] as const;
const laterFields = [
  'evidence',
  ...prerequisiteNames.map((name) => `prerequisites-${name}` as const),
  'contactUserId',
  'visibility',
  'communitySlug',
] as const;

export const evidenceParts = ['label', 'url'] as const;
export type EvidencePart = (typeof evidenceParts)[number];

/**
 * The form's fields top to bottom, as `FormProblems` knows them: the control of `f` is
 * `#practice-<f>`; a metric's part is `metrics-<index>-<part>`, an evidence item's
 * `evidence-<index>-<part>`, a prerequisite `prerequisites-<name>`.
 */
export const practiceFields: readonly string[] = [
  ...baseFields,
  ...metricFieldNames('metrics'),
  ...laterFields,
  ...Array.from({ length: EVIDENCE_MAX }, (_, index) =>
    evidenceParts.map((part) => `evidence-${index}-${part}`),
  ).flat(),
];

const fixedKeys: Readonly<Record<string, TranslationKey>> = {
  title: 'practices.form.error.title',
  summary: 'practices.form.error.summary',
  domain: 'practices.form.error.domain',
  maturity: 'practices.form.error.maturity',
  channels: 'practices.form.error.channels',
  costBand: 'practices.form.error.costBand',
  targetUsers: 'practices.form.error.tooLong',
  problem: 'practices.form.error.tooLong',
  solution: 'practices.form.error.tooLong',
  technology: 'practices.form.error.tooLong',
  metrics: 'practices.form.error.metrics',
  evidence: 'practices.form.error.evidence',
  'prerequisites-legal': 'practices.form.error.tooLong',
  'prerequisites-organisational': 'practices.form.error.tooLong',
  'prerequisites-technical': 'practices.form.error.tooLong',
  'prerequisites-language': 'practices.form.error.tooLong',
  contactUserId: 'practices.form.error.contact',
  visibility: 'practices.form.error.visibility',
  communitySlug: 'practices.form.error.community',
};

const evidenceKeys: Readonly<Record<EvidencePart, TranslationKey>> = {
  label: 'practices.form.error.evidenceLabel',
  url: 'practices.form.error.evidenceUrl',
};

/** Our text for a field the API refused (its own messages are English and terse). */
export function practiceFieldKey(field: string): TranslationKey {
  const fixed = fixedKeys[field];
  if (fixed) {
    return fixed;
  }
  const [list, , part] = field.split('-');
  if (list === 'metrics' && (metricParts as readonly string[]).includes(part)) {
    return metricErrorKeys[part as (typeof metricParts)[number]];
  }
  if (list === 'evidence' && (evidenceParts as readonly string[]).includes(part)) {
    return evidenceKeys[part as EvidencePart];
  }
  return 'practices.form.error.field';
}

export const practiceFieldKeys: Readonly<Record<string, TranslationKey>> =
  Object.fromEntries(practiceFields.map((field) => [field, practiceFieldKey(field)]));

/** Text limits of the contract. */
const limits = {
  title: [3, 200],
  summary: [1, 1000],
  targetUsers: [0, 1000],
  problem: [0, 10_000],
  solution: [0, 10_000],
  technology: [0, 2000],
  prerequisite: [0, 2000],
  evidenceLabel: [1, 200],
} as const;

const outside = (text: string, [min, max]: readonly [number, number]) =>
  text.trim().length < min || text.trim().length > max;

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

const isBlankEvidence = (item: EvidenceFormValue) =>
  item.label.trim() === '' && item.url.trim() === '' && item.documentId === null;

export const emptyEvidence = (): EvidenceFormValue => ({
  label: '',
  url: '',
  documentId: null,
});

/** An empty form: public, nothing chosen yet. */
export function emptyPracticeForm(): PracticeFormValue {
  return {
    title: '',
    summary: '',
    domain: '',
    maturity: '',
    channels: [],
    costBand: '',
    targetUsers: '',
    problem: '',
    solution: '',
    technology: '',
    metrics: [],
    evidence: [],
    prerequisites: { legal: '', organisational: '', technical: '', language: '' },
    contact: null,
    visibility: 'public',
    communitySlug: '',
  };
}

/** The form filled with a practice, to edit it. */
export function practiceToForm(practice: PracticeDetail): PracticeFormValue {
  return {
    title: practice.title,
    summary: practice.summary,
    domain: practice.domain,
    maturity: practice.maturity,
    channels: practice.channels,
    costBand: practice.costBand ?? '',
    targetUsers: practice.targetUsers,
    problem: practice.problem,
    solution: practice.solution,
    technology: practice.technology,
    metrics: practice.metrics.map(metricToForm),
    evidence: practice.evidence.map((item) => ({
      label: item.label,
      url: item.url ?? '',
      documentId: item.documentId,
    })),
    prerequisites: { ...practice.prerequisites },
    contact: practice.contact,
    visibility: practice.visibility,
    communitySlug: '',
  };
}

/**
 * What is wrong with the form before it is sent, per field (metrics and evidence per row and
 * part). Rows left entirely empty are not sent, so they are not checked either.
 */
export function checkPracticeForm(
  value: PracticeFormValue,
): Record<string, TranslationKey> {
  const problems: Record<string, TranslationKey> = {};
  if (outside(value.title, limits.title)) {
    problems['title'] = fixedKeys['title'];
  }
  if (outside(value.summary, limits.summary)) {
    problems['summary'] = fixedKeys['summary'];
  }
  if (value.domain === '') {
    problems['domain'] = fixedKeys['domain'];
  }
  if (value.maturity === '') {
    problems['maturity'] = fixedKeys['maturity'];
  }
  for (const name of ['targetUsers', 'problem', 'solution', 'technology'] as const) {
    if (outside(value[name], limits[name])) {
      problems[name] = fixedKeys[name];
    }
  }
  Object.assign(problems, checkMetrics('metrics', value.metrics));
  value.evidence.forEach((item, index) => {
    if (isBlankEvidence(item)) {
      return;
    }
    if (outside(item.label, limits.evidenceLabel)) {
      problems[`evidence-${index}-label`] = evidenceKeys.label;
    }
    const url = item.url.trim();
    if (url !== '' && (url.length > 2000 || !isHttpUrl(url))) {
      problems[`evidence-${index}-url`] = evidenceKeys.url;
    }
  });
  for (const name of prerequisiteNames) {
    if (outside(value.prerequisites[name], limits.prerequisite)) {
      problems[`prerequisites-${name}`] = 'practices.form.error.tooLong';
    }
  }
  return problems;
}

function toEvidence(items: readonly EvidenceFormValue[]): Evidence[] {
  return items
    .filter((item) => !isBlankEvidence(item))
    .map((item) => ({
      label: item.label.trim(),
      url: item.url.trim() === '' ? null : item.url.trim(),
      documentId: item.documentId,
    }));
}

function trimmed(prerequisites: Prerequisites): Prerequisites {
  return {
    legal: prerequisites.legal.trim(),
    organisational: prerequisites.organisational.trim(),
    technical: prerequisites.technical.trim(),
    language: prerequisites.language.trim(),
  };
}

/** Channels in the order of the list, each once. */
const inOrder = (channels: readonly ServiceChannel[]): ServiceChannel[] =>
  serviceChannelList.filter((channel) => channels.includes(channel));

/** The request that shares the practice the form describes (check it first). */
export function toCreatePracticeRequest(
  value: PracticeFormValue,
): CreatePracticeRequest {
  return {
    title: value.title.trim(),
    summary: value.summary.trim(),
    domain: value.domain as ServiceDomain,
    maturity: value.maturity as Maturity,
    channels: inOrder(value.channels),
    costBand: value.costBand === '' ? null : value.costBand,
    targetUsers: value.targetUsers.trim(),
    problem: value.problem.trim(),
    solution: value.solution.trim(),
    technology: value.technology.trim(),
    metrics: toMetrics(value.metrics),
    evidence: toEvidence(value.evidence),
    prerequisites: trimmed(value.prerequisites),
    contactUserId: value.contact?.id ?? null,
    visibility: value.visibility,
    ...(value.communitySlug === '' ? {} : { communitySlug: value.communitySlug }),
  };
}

/** Only what changed; null when nothing did. */
export function toUpdatePracticeRequest(
  practice: PracticeDetail,
  value: PracticeFormValue,
): UpdatePracticeRequest | null {
  const next = toCreatePracticeRequest(value);
  const before = toCreatePracticeRequest(practiceToForm(practice));
  const patch: Record<string, unknown> = {};
  const keys = [
    'title',
    'summary',
    'domain',
    'maturity',
    'channels',
    'costBand',
    'targetUsers',
    'problem',
    'solution',
    'technology',
    'metrics',
    'evidence',
    'prerequisites',
    'contactUserId',
    'visibility',
  ] as const;
  for (const key of keys) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) {
      patch[key] = next[key];
    }
  }
  return Object.keys(patch).length > 0 ? (patch as UpdatePracticeRequest) : null;
}

/**
 * The form field an API error path belongs to. Blank rows are not sent, so the API's index of
 * a metric or evidence item is turned back into the form's row.
 */
export function practiceFieldOf(value: PracticeFormValue): (path: string) => string {
  return repeatedFieldOf({
    metrics: sentRows(value.metrics.map(isBlankMetric)),
    evidence: sentRows(value.evidence.map(isBlankEvidence)),
  });
}

/** The most rows a repeated group may have. */
export const practiceLimits = { metrics: METRICS_MAX, evidence: EVIDENCE_MAX };
