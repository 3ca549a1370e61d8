import type {
  CommunitySummary,
  FlagView,
  Post,
  QueuedPost,
  SessionUser,
  Warning,
} from '@sce/shared-contracts';

/** Test data for the specs of this library. */
export const uuid = (n: number): string =>
  `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const pieter: SessionUser = {
  id: uuid(900),
  email: 'moderator@example.org',
  displayName: 'Pieter de Vries',
  role: 'moderator',
  language: 'en',
  timeZone: 'Europe/Amsterdam',
  organisationId: uuid(901),
  permissions: ['content.flag', 'moderation.anywhere', 'user.suspend'],
};

export const sofia: SessionUser = {
  ...pieter,
  id: uuid(910),
  email: 'sofia.berg@example.org',
  displayName: 'Sofia Berg',
  role: 'member',
  permissions: ['content.flag', 'content.create'],
};

export function aFlag(n: number, overrides: Partial<FlagView> = {}): FlagView {
  return {
    id: uuid(n),
    target: {
      type: 'post',
      id: uuid(100 + n),
      title: 'Which licence?',
      excerpt: `Reply ${n}`,
      threadId: uuid(200),
      communitySlug: 'open-data',
    },
    reason: 'spam',
    note: '',
    state: 'open',
    reporter: { id: uuid(300), displayName: 'Lotte Janssens' },
    assignee: null,
    internalNote: '',
    openFlagsOnTarget: 1,
    createdAt: '2026-11-02T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}

export function aQueuedPost(n: number): QueuedPost {
  return {
    postId: uuid(n),
    thread: { id: uuid(200), title: 'Which licence?', communitySlug: 'open-data' },
    author: { id: uuid(400 + n), displayName: `Newcomer ${n}` },
    body: `My first post ${n}`,
    createdAt: '2026-11-02T10:00:00.000Z',
  };
}

export function aPost(n: number, overrides: Partial<Post> = {}): Post {
  return {
    id: uuid(n),
    threadId: uuid(200),
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

export function aWarning(n: number, overrides: Partial<Warning> = {}): Warning {
  return {
    id: uuid(n),
    message: 'Please keep the discussion about the topic.',
    from: { id: uuid(900), displayName: 'Pieter de Vries' },
    createdAt: '2026-11-02T10:00:00.000Z',
    acknowledgedAt: null,
    ...overrides,
  };
}

export function aCommunity(
  n: number,
  overrides: Partial<CommunitySummary> = {},
): CommunitySummary {
  return {
    id: uuid(500 + n),
    slug: `community-${n}`,
    name: `Community ${n}`,
    description: '',
    visibility: 'public',
    joinPolicy: 'open',
    memberCount: 3,
    threadCount: 1,
    lastActivityAt: null,
    membership: { role: 'member', state: 'active' },
    ...overrides,
  };
}
