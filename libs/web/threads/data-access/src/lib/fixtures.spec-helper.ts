import type { Post, ThreadDetail } from '@sce/shared-contracts';

/** Test data for the specs of this library. */
export const THREAD_ID = '11111111-1111-4111-8111-111111111111';

export const uuid = (n: number): string =>
  `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function aThread(overrides: Partial<ThreadDetail> = {}): ThreadDetail {
  return {
    id: THREAD_ID,
    community: { slug: 'open-data', name: 'Open Data & Interoperability' },
    kind: 'question',
    title: 'Which licence?',
    tags: ['licensing'],
    language: 'en',
    author: { id: uuid(900), displayName: 'Erik Nilsen' },
    pinned: false,
    locked: false,
    hidden: false,
    replyCount: 0,
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

export function aPost(
  n: number,
  overrides: Partial<Post> = {},
): Post {
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
