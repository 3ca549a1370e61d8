import { z } from 'zod';
import { type Page, pageQuerySchema } from '../common/page';
import type { PersonRef } from '../communities/community.schemas';
import { languageSchema } from '../identity/identity.enums';

export const serviceDomains = ['permits_licences', 'social_care', 'mobility', 'digital_identity', 'open_data', 'participation', 'tax_payments', 'health', 'education', 'other'] as const;
export type ServiceDomain = (typeof serviceDomains)[number];
export const serviceChannels = ['web', 'mobile', 'counter', 'phone', 'chatbot'] as const;
export type ServiceChannel = (typeof serviceChannels)[number];
export const costBands = ['under_10k', '10k_100k', '100k_1m', 'over_1m'] as const;
export type CostBand = (typeof costBands)[number];
export const maturities = ['idea', 'pilot', 'production', 'scaled'] as const;
export type Maturity = (typeof maturities)[number];
export const practiceVisibilities = ['public', 'members'] as const;
export type PracticeVisibility = (typeof practiceVisibilities)[number];
export const transferStages = ['exploring', 'piloting', 'adopted', 'abandoned'] as const;
export type TransferStage = (typeof transferStages)[number];
export const evidenceLevels = ['anecdote', 'internal_evaluation', 'external_evaluation', 'peer_reviewed'] as const;
export type EvidenceLevel = (typeof evidenceLevels)[number];

const text = (max: number) => z.string().trim().max(max, { message: `must be at most ${max} characters long` });
const requiredText = (max: number) => text(max).min(1, { message: 'must not be empty' });

/** An outcome: a measured value before and after, in a unit, over a period, from a source. */
export const metricSchema = z.object({
  name: requiredText(120),
  before: z.number({ message: 'must be a number' }).finite({ message: 'must be a number' }).nullable().default(null),
  after: z.number({ message: 'must be a number' }).finite({ message: 'must be a number' }),
  unit: requiredText(40),
  period: text(60).default(''),
  source: text(300).default(''),
});
export type Metric = z.infer<typeof metricSchema>;

export const evidenceSchema = z.object({
  label: requiredText(200),
  url: z.url({ protocol: /^https?$/, message: 'must be an http or https link' }).max(2000).nullable().default(null),
  documentId: z.uuid({ message: 'must be a document id' }).nullable().default(null),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const prerequisitesSchema = z.object({ legal: text(2000).default(''), organisational: text(2000).default(''), technical: text(2000).default(''), language: text(2000).default('') });
export type Prerequisites = z.infer<typeof prerequisitesSchema>;

const practiceFields = {
  title: z.string().trim().min(3, { message: 'must be at least 3 characters long' }).max(200, { message: 'must be at most 200 characters long' }),
  summary: requiredText(1000),
  domain: z.enum(serviceDomains, { message: `must be one of ${serviceDomains.join(', ')}` }),
  problem: text(10_000),
  solution: text(10_000),
  targetUsers: text(1000),
  channels: z.array(z.enum(serviceChannels, { message: `must be among ${serviceChannels.join(', ')}` })).max(5).transform((c) => [...new Set(c)]),
  technology: text(2000),
  costBand: z.enum(costBands, { message: `must be one of ${costBands.join(', ')}` }).nullable(),
  maturity: z.enum(maturities, { message: `must be one of ${maturities.join(', ')}` }),
  metrics: z.array(metricSchema).max(20, { message: 'must have at most 20 metrics' }),
  evidence: z.array(evidenceSchema).max(20, { message: 'must have at most 20 items' }),
  prerequisites: prerequisitesSchema,
  contactUserId: z.uuid({ message: 'must be a person id' }).nullable(),
  visibility: z.enum(practiceVisibilities, { message: 'must be public or members' }),
  /** The language it is written in (search stems it so); defaults to the author's profile language. */
  language: languageSchema,
};

/** POST /api/practices. `communitySlug` starts the practice's discussion thread there. */
export const createPracticeSchema = z.object({
  ...practiceFields,
  problem: practiceFields.problem.default(''),
  solution: practiceFields.solution.default(''),
  targetUsers: practiceFields.targetUsers.default(''),
  channels: practiceFields.channels.default([]),
  technology: practiceFields.technology.default(''),
  costBand: practiceFields.costBand.default(null),
  metrics: practiceFields.metrics.default([]),
  evidence: practiceFields.evidence.default([]),
  prerequisites: prerequisitesSchema.default({ legal: '', organisational: '', technical: '', language: '' }),
  contactUserId: practiceFields.contactUserId.default(null),
  visibility: practiceFields.visibility.default('public'),
  language: practiceFields.language.optional(),
  /** Administrators may record a practice for another organisation. */
  organisationId: z.uuid({ message: 'must be an organisation id' }).optional(),
  communitySlug: z.string().max(60).optional(),
});
export type CreatePracticeRequest = z.infer<typeof createPracticeSchema>;

export const updatePracticeSchema = z
  .object(practiceFields)
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'must change at least one field' });
export type UpdatePracticeRequest = z.infer<typeof updatePracticeSchema>;

const countryFilter = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be a two-letter country code such as NL' })
  .optional();

/** GET /api/practices. */
export const practiceListQuerySchema = pageQuerySchema.extend({
  domain: z.enum(serviceDomains, { message: `must be one of ${serviceDomains.join(', ')}` }).optional(),
  country: countryFilter,
  maturity: z.enum(maturities, { message: `must be one of ${maturities.join(', ')}` }).optional(),
  q: z.string().trim().min(2, { message: 'must be at least 2 characters long' }).max(100).optional(),
  organisationId: z.uuid({ message: 'must be an organisation id' }).optional(),
});
export type PracticeListQuery = z.infer<typeof practiceListQuerySchema>;

/** GET /api/insights/practices and /transfers. */
export const insightsQuerySchema = z.object({
  domain: z.enum(serviceDomains, { message: `must be one of ${serviceDomains.join(', ')}` }).optional(),
  country: countryFilter,
  maturity: z.enum(maturities, { message: `must be one of ${maturities.join(', ')}` }).optional(),
});
export type InsightsQuery = z.infer<typeof insightsQuerySchema>;

const factorsSchema = z.array(z.string().trim().toLowerCase().min(2).max(60)).max(10, { message: 'must name at most 10' }).transform((f) => [...new Set(f)]);

/** POST /api/practices/:id/transfers: the caller's organisation takes up the practice. */
export const createTransferSchema = z.object({
  stage: z.enum(transferStages, { message: `must be one of ${transferStages.join(', ')}` }).refine((s) => s !== 'abandoned', { message: 'must be exploring, piloting or adopted to start with' }),
  note: text(2000).default(''),
  adaptations: text(5000).default(''),
  lessons: text(5000).default(''),
  impact: z.array(metricSchema).max(20).default([]),
  successFactors: factorsSchema.default([]),
  failureFactors: factorsSchema.default([]),
});
export type CreateTransferRequest = z.infer<typeof createTransferSchema>;

/** PATCH /api/transfers/:id: stages only move forward, or to abandoned. */
export const updateTransferSchema = z
  .object({
    stage: z.enum(transferStages, { message: `must be one of ${transferStages.join(', ')}` }),
    note: text(2000),
    adaptations: text(5000),
    lessons: text(5000),
    impact: z.array(metricSchema).max(20),
    successFactors: factorsSchema,
    failureFactors: factorsSchema,
  })
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'must change at least one field' });
export type UpdateTransferRequest = z.infer<typeof updateTransferSchema>;

const score = z.number({ message: 'must be a whole number from 1 to 5' }).int({ message: 'must be a whole number from 1 to 5' }).min(1, { message: 'must be a whole number from 1 to 5' }).max(5, { message: 'must be a whole number from 1 to 5' });
/** PUT /api/practices/:id/evaluations: the caller's own evaluation. */
export const evaluationSchema = z.object({
  effectiveness: score,
  userSatisfaction: score,
  costEfficiency: score,
  easeOfTransfer: score,
  comment: text(5000).default(''),
  evidenceLevel: z.enum(evidenceLevels, { message: `must be one of ${evidenceLevels.join(', ')}` }),
});
export type EvaluationRequest = z.infer<typeof evaluationSchema>;

export interface OrganisationRef {
  id: string;
  name: string;
  country: string;
  city: string | null;
}

export interface Scores {
  effectiveness: number | null;
  userSatisfaction: number | null;
  costEfficiency: number | null;
  easeOfTransfer: number | null;
  /** Mean of the four means. */
  overall: number | null;
  count: number;
}

export interface PracticeSummary {
  id: string;
  title: string;
  summary: string;
  domain: ServiceDomain;
  maturity: Maturity;
  visibility: PracticeVisibility;
  organisation: OrganisationRef;
  scores: Scores;
  adoptions: number;
  transfers: number;
  updatedAt: string;
}
export type PracticePage = Page<PracticeSummary>;

export interface StageChange {
  stage: TransferStage;
  note: string;
  by: PersonRef;
  at: string;
}

export interface Transfer {
  id: string;
  practiceId: string;
  practiceTitle: string;
  from: OrganisationRef;
  to: OrganisationRef;
  stage: TransferStage;
  adaptations: string;
  lessons: string;
  impact: Metric[];
  successFactors: string[];
  failureFactors: string[];
  history: StageChange[];
  createdAt: string;
  updatedAt: string;
  viewer: { canEdit: boolean };
}

export interface PracticeDetail extends PracticeSummary {
  problem: string;
  solution: string;
  targetUsers: string;
  channels: ServiceChannel[];
  technology: string;
  costBand: CostBand | null;
  metrics: Metric[];
  evidence: Evidence[];
  prerequisites: Prerequisites;
  contact: PersonRef | null;
  threadId: string | null;
  createdAt: string;
  transfersList: Transfer[];
  viewer: { canEdit: boolean; canTransfer: boolean; canEvaluate: boolean; myEvaluation: EvaluationView | null };
}

export interface EvaluationView {
  evaluator: PersonRef & { organisation: string | null };
  effectiveness: number;
  userSatisfaction: number;
  costEfficiency: number;
  easeOfTransfer: number;
  comment: string;
  evidenceLevel: EvidenceLevel;
  updatedAt: string;
}

export interface EvaluationsResult {
  scores: Scores;
  evaluations: EvaluationView[];
}

export interface PracticeInsights {
  /** Best rated first (at least one evaluation), then most adopted. */
  byScore: PracticeSummary[];
  byAdoptions: PracticeSummary[];
  domains: { domain: ServiceDomain; practices: number; adoptions: number; scores: Scores }[];
  countries: { country: string; practices: number; adoptions: number; overall: number | null }[];
}

export interface TransferInsights {
  flows: { fromCountry: string; toCountry: string; transfers: number; adopted: number; abandoned: number }[];
  successFactors: { factor: string; count: number }[];
  failureFactors: { factor: string; count: number }[];
}

export interface Showcase {
  totals: { practices: number; organisations: number; countries: number; transfers: number; adoptions: number; evaluations: number };
  highlights: PracticeSummary[];
  recentTransfers: { practiceId: string; practiceTitle: string; from: OrganisationRef; to: OrganisationRef; stage: TransferStage; at: string }[];
  countries: { country: string; organisations: (OrganisationRef & { practices: number })[] }[];
}
