import type { PracticeDetail } from '@sce/shared-contracts';

/** A practice of Gothenburg's that the viewer may edit (override what a spec needs). */
export function aPracticeDetail(overrides: Partial<PracticeDetail> = {}): PracticeDetail {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Plain-language tax letters',
    summary: 'Letters residents understand the first time.',
    domain: 'tax_payments',
    maturity: 'production',
    visibility: 'public',
    organisation: { id: 'org-1', name: 'City of Gothenburg', country: 'SE', city: 'Gothenburg' },
    scores: {
      effectiveness: null,
      userSatisfaction: null,
      costEfficiency: null,
      easeOfTransfer: null,
      overall: null,
      count: 0,
    },
    adoptions: 0,
    transfers: 0,
    updatedAt: '2026-11-01T10:00:00.000Z',
    problem: 'Residents called about every letter.',
    solution: 'Rewritten letters, tested with residents.',
    targetUsers: 'Residents',
    channels: ['web', 'counter'],
    technology: 'Letter templates',
    costBand: 'under_10k',
    metrics: [
      { name: 'Calls per month', before: 1200, after: 700, unit: 'calls', period: '2024', source: '' },
    ],
    evidence: [{ label: 'Evaluation report', url: 'https://example.org/report', documentId: null }],
    prerequisites: { legal: '', organisational: 'A writing team', technical: '', language: 'Swedish' },
    contact: { id: 'person-1', displayName: 'Sofia Berg' },
    threadId: null,
    createdAt: '2026-10-01T10:00:00.000Z',
    transfersList: [],
    viewer: { canEdit: true, canTransfer: false, canEvaluate: false, myEvaluation: null },
    ...overrides,
  };
}
