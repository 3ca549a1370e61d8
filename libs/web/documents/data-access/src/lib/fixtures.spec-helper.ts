import type { DocumentVersionView, DocumentView } from '@sce/shared-contracts';

export const DOCUMENT_ID = '11111111-1111-4111-8111-111111111111';
export const THREAD_ID = '22222222-2222-4222-8222-222222222222';
export const EVENT_ID = '33333333-3333-4333-8333-333333333333';

export function aVersion(
  overrides: Partial<DocumentVersionView> = {},
): DocumentVersionView {
  return {
    number: 1,
    originalName: 'survey-report.pdf',
    mime: 'application/pdf',
    sizeBytes: 2_516_582,
    sha256: 'a'.repeat(64),
    changeNote: '',
    uploadedBy: { id: 'u1', displayName: 'Sofia Berg' },
    createdAt: '2026-11-03T13:05:00.000Z',
    pageCount: 12,
    hasThumbnail: false,
    ...overrides,
  };
}

export function aDocument(overrides: Partial<DocumentView> = {}): DocumentView {
  return {
    id: DOCUMENT_ID,
    community: { slug: 'digital-identity', name: 'Digital Identity & Trust' },
    threadId: null,
    eventId: null,
    title: 'Survey report',
    description: '',
    tags: ['wallets'],
    licence: 'CC-BY-4.0',
    language: 'en',
    type: 'pdf',
    owner: { id: 'u1', displayName: 'Sofia Berg' },
    current: aVersion(),
    versionCount: 1,
    createdAt: '2026-11-03T13:05:00.000Z',
    updatedAt: '2026-11-03T13:05:00.000Z',
    viewer: { canEdit: true, canDelete: true },
    ...overrides,
  };
}
