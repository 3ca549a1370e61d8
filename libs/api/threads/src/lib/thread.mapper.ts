import type { ThreadDetail, ThreadSummary } from '@sce/shared-contracts';
import type { ThreadEntity } from './thread.entity';
import type { ThreadRow } from './thread.repository';

export function toThreadSummary(row: ThreadRow): ThreadSummary {
  return {
    id: row.id,
    community: { slug: row.communitySlug, name: row.communityName },
    kind: row.kind,
    title: row.title,
    tags: row.tags,
    language: row.language,
    author: { id: row.authorId, displayName: row.authorName },
    pinned: row.pinned,
    locked: row.locked,
    hidden: row.hidden,
    replyCount: row.replyCount,
    answered: row.acceptedPostId !== null,
    lastActivityAt: row.lastActivityAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    unread: row.unread,
  };
}

export function toThreadDetail(row: ThreadRow, thread: ThreadEntity, bookmarked: boolean, viewer: ThreadDetail['viewer']): ThreadDetail {
  return {
    ...toThreadSummary(row),
    body: thread.bodyMarkdown,
    bodyHtml: thread.bodyHtml,
    research: thread.research,
    acceptedPostId: thread.acceptedPostId,
    editedAt: thread.editedAt ? thread.editedAt.toISOString() : null,
    slowModeSeconds: thread.slowModeSeconds,
    bookmarked,
    viewer,
  };
}
