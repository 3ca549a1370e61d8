import type {
  HttpTestingController,
  TestRequest,
} from '@angular/common/http/testing';
import type {
  AuditEntry,
  FlagView,
  QueuedPost,
  SessionUser,
} from '@sce/shared-contracts';

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

export const tom: SessionUser = {
  ...pieter,
  id: uuid(910),
  email: 'member@example.org',
  displayName: 'Tom Ashworth',
  role: 'member',
  permissions: ['content.flag', 'content.create'],
};

export function aFlag(n: number, overrides: Partial<FlagView> = {}): FlagView {
  return {
    id: uuid(n),
    target: {
      type: 'post',
      id: uuid(100 + n),
      title: `Thread ${n}`,
      excerpt: `Flagged reply ${n}`,
      threadId: uuid(200),
      communitySlug: 'open-data',
    },
    reason: 'spam',
    note: 'Looks like an advert',
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
    thread: { id: uuid(200), title: 'Draft agenda', communitySlug: 'open-data' },
    author: { id: uuid(400 + n), displayName: `Newcomer ${n}` },
    body: `My first post ${n}`,
    createdAt: '2026-11-02T10:00:00.000Z',
  };
}

export function anEntry(n: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: uuid(n),
    actorId: pieter.id,
    actorName: pieter.displayName,
    action: 'post.hidden',
    targetType: 'post',
    targetId: uuid(100 + n),
    reason: 'Advertising',
    details: { threadId: uuid(200) },
    createdAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
  };
}

/**
 * The one request matching `url` (or the predicate), waiting for it a little: lazily loaded
 * pages and deferred steps send theirs after a few turns of the event loop.
 */
export async function nextRequest(
  http: HttpTestingController,
  match: string | ((request: { url: string; urlWithParams: string; method: string }) => boolean),
): Promise<TestRequest> {
  const test =
    typeof match === 'string'
      ? (r: { urlWithParams: string }) => r.urlWithParams === match
      : match;
  // Generous: the first lazy import of a page compiles it, which takes a while on a busy machine.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = http.match((r) => test(r));
    if (found.length === 1) {
      return found[0];
    }
    if (found.length > 1) {
      throw new Error(`more than one request matches ${String(match)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return http.expectOne((r) => test(r));
}
