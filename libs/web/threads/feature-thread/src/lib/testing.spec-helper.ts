import type { Post, SessionUser, ThreadDetail } from '@sce/shared-contracts';

export const THREAD_ID = '11111111-1111-4111-8111-111111111111';

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

export function aThread(overrides: Partial<ThreadDetail> = {}): ThreadDetail {
  return {
    id: THREAD_ID,
    community: { slug: 'open-data', name: 'Open Data & Interoperability' },
    kind: 'question',
    title: 'Which licence do you use?',
    tags: ['licensing'],
    language: 'en',
    author: { id: erik.id, displayName: erik.displayName },
    pinned: false,
    locked: false,
    hidden: false,
    replyCount: 2,
    answered: false,
    lastActivityAt: '2026-11-01T10:00:00.000Z',
    createdAt: '2026-11-01T10:00:00.000Z',
    unread: false,
    body: 'Which **licence**?',
    bodyHtml: '<p>Which <strong>licence</strong>?</p>',
    research: null,
    acceptedPostId: null,
    editedAt: null,
    slowModeSeconds: 0,
    bookmarked: false,
    viewer: {
      canReply: true,
      canEdit: true,
      canModerate: false,
      canAcceptAnswer: true,
    },
    ...overrides,
  };
}

export function aPost(n: number, overrides: Partial<Post> = {}): Post {
  return {
    id: uuid(n),
    threadId: THREAD_ID,
    parentId: null,
    depth: 1,
    author: { id: uuid(800 + n), displayName: `Person ${n}` },
    body: `Reply ${n}`,
    bodyHtml: `<p>Reply ${n}</p>`,
    deleted: false,
    hidden: false,
    hiddenReason: null,
    approval: 'approved',
    createdAt: '2026-11-02T10:00:00.000Z',
    editedAt: null,
    revisionCount: 0,
    replyCount: 0,
    moreReplies: false,
    reactions: {},
    myReactions: [],
    accepted: false,
    bookmarked: false,
    viewer: { canReply: true, canEdit: false, canDelete: false, canReact: true },
    ...overrides,
  };
}
