import type {
  CommunityDetail,
  SessionUser,
  ThreadSummary,
} from '@sce/shared-contracts';

export const uuid = (n: number): string =>
  `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const erik: SessionUser = {
  id: uuid(900),
  email: 'erik.nilsen@example.org',
  displayName: 'Erik Nilsen',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/Oslo',
  organisationId: uuid(901),
  permissions: ['content.create', 'content.edit-own'],
};

export const admin: SessionUser = {
  ...erik,
  id: uuid(902),
  displayName: 'Ingrid Sørensen',
  role: 'admin',
  permissions: ['content.create', 'admin.communities'],
};

export function aCommunity(
  overrides: Partial<CommunityDetail> = {},
): CommunityDetail {
  return {
    id: uuid(1),
    slug: 'open-data',
    name: 'Open Data & Interoperability',
    description: 'Publishing and reusing public data across borders.',
    visibility: 'public',
    joinPolicy: 'open',
    memberCount: 7,
    threadCount: 2,
    lastActivityAt: null,
    membership: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    slowModeSeconds: 0,
    moderators: [{ id: uuid(2), displayName: 'Pieter de Vries' }],
    viewer: {
      membership: null,
      canRead: true,
      canJoin: true,
      canPost: false,
      canModerate: false,
      canEdit: false,
    },
    ...overrides,
  };
}

export const memberViewer: CommunityDetail['viewer'] = {
  membership: { role: 'member', state: 'active' },
  canRead: true,
  canJoin: false,
  canPost: true,
  canModerate: false,
  canEdit: false,
};

export function aThreadSummary(
  n: number,
  overrides: Partial<ThreadSummary> = {},
): ThreadSummary {
  return {
    id: uuid(100 + n),
    community: { slug: 'open-data', name: 'Open Data & Interoperability' },
    kind: 'discussion',
    title: `Thread ${n}`,
    tags: [],
    language: 'en',
    author: { id: uuid(800), displayName: 'Lotte Janssens' },
    pinned: false,
    locked: false,
    hidden: false,
    replyCount: n,
    answered: false,
    lastActivityAt: '2026-11-01T10:00:00.000Z',
    createdAt: '2026-10-01T10:00:00.000Z',
    unread: null,
    ...overrides,
  };
}
