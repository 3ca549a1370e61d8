import type { NotificationView, RealtimeEvent } from '@sce/shared-contracts';

export const USER_ID = '00000000-0000-4000-8000-000000000001';
export const THREAD_ID = '11111111-1111-4111-8111-111111111111';

/** A notification for specs: a reply by Anna Berg, unread. */
export function aNotification(
  n: number,
  overrides: Partial<NotificationView> = {},
): NotificationView {
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    type: 'reply',
    count: 1,
    actors: [{ id: '22222222-2222-4222-8222-222222222222', displayName: 'Anna Berg' }],
    thread: { id: THREAD_ID, title: 'Which licence?' },
    postId: `33333333-3333-4333-8333-${String(n).padStart(12, '0')}`,
    community: { id: '44444444-4444-4444-8444-444444444444', slug: 'open-data', name: 'Open Data' },
    event: null,
    practice: null,
    details: {},
    link: `/threads/${THREAD_ID}?post=33333333-3333-4333-8333-${String(n).padStart(12, '0')}`,
    createdAt: '2026-11-03T10:00:00.000Z',
    updatedAt: '2026-11-03T10:00:00.000Z',
    read: false,
    ...overrides,
  };
}

let eventId = 100;

/** `notification.created` / `notification.read` in the user's room. */
export function badgeEvent(
  type: 'notification.created' | 'notification.read',
  unreadCount: number,
  userId = USER_ID,
): RealtimeEvent {
  const id = ++eventId;
  const rooms = [`user:${userId}`];
  const at = '2026-11-03T10:00:00.000Z';
  return type === 'notification.created'
    ? { id, type, rooms, at, data: { notificationId: `n-${id}`, unreadCount } }
    : { id, type, rooms, at, data: { unreadCount } };
}
