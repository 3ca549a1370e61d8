import type { NotificationView } from '@sce/shared-contracts';
import type { NotificationRow } from './notification.repository';

/** Where opening an entry leads in the web app. */
export function linkOf(row: Pick<NotificationRow, 'type' | 'thread_id' | 'post_id' | 'event_id' | 'practice_id' | 'community_slug'>): string {
  if (row.event_id) return `/events/${row.event_id}`;
  if (row.practice_id) return `/practices/${row.practice_id}`;
  if (row.thread_id) return row.post_id ? `/threads/${row.thread_id}?post=${row.post_id}` : `/threads/${row.thread_id}`;
  if (row.type === 'moderation') return '/settings/notifications';
  return row.community_slug ? `/communities/${row.community_slug}` : '/';
}

export function toNotificationView(row: NotificationRow, names: Map<string, string>): NotificationView {
  const details = { ...row.data };
  delete details['latestPostId'];
  return {
    id: row.id,
    type: row.type,
    count: row.count,
    actors: row.actor_ids.flatMap((id) => (names.has(id) ? [{ id, displayName: names.get(id) as string }] : [])),
    thread: row.thread_id ? { id: row.thread_id, title: row.thread_title ?? '' } : null,
    postId: row.post_id,
    community: row.community_id ? { id: row.community_id, slug: row.community_slug ?? '', name: row.community_name ?? '' } : null,
    event: row.event_id ? { id: row.event_id, title: row.event_title ?? '', startsAt: (row.event_starts_at as Date).toISOString() } : null,
    practice: row.practice_id ? { id: row.practice_id, title: row.practice_title ?? '' } : null,
    details,
    link: linkOf(row),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    read: row.read_at !== null,
  };
}
