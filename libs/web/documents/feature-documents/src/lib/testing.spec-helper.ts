import type {
  CommunityDetail,
  DocumentVersionView,
  DocumentView,
} from '@sce/shared-contracts';

export const DOCUMENT_ID = '11111111-1111-4111-8111-111111111111';
export const THREAD_ID = '22222222-2222-4222-8222-222222222222';

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
    description: 'What people think of wallets.',
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

export function aCommunity(
  overrides: Partial<CommunityDetail['viewer']> = {},
): CommunityDetail {
  const membership = { role: 'member', state: 'active' } as const;
  return {
    id: '44444444-4444-4444-8444-444444444444',
    slug: 'digital-identity',
    name: 'Digital Identity & Trust',
    description: '',
    visibility: 'public',
    joinPolicy: 'open',
    memberCount: 7,
    threadCount: 2,
    lastActivityAt: null,
    membership,
    createdAt: '2026-01-01T00:00:00.000Z',
    slowModeSeconds: 0,
    moderators: [],
    viewer: {
      membership,
      canRead: true,
      canJoin: false,
      canPost: true,
      canModerate: false,
      canEdit: false,
      ...overrides,
    },
  };
}

/** A file of `size` bytes (the content is not read), as a browser's file input gives it. */
export function aFile(name: string, size = 13, type = 'application/pdf'): File {
  const file = new File(['%PDF-1.4 test'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}
