import { TestBed } from '@angular/core/testing';
import type { HttpTestingController } from '@angular/common/http/testing';
import type {
  NotificationView,
  RealtimeEvent,
  SessionUser,
} from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';

export const THREAD_ID = '11111111-1111-4111-8111-111111111111';

export const lotte: SessionUser = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'lotte.janssens@example.org',
  displayName: 'Lotte Janssens',
  role: 'member',
  language: 'nl',
  timeZone: 'Europe/Brussels',
  organisationId: '00000000-0000-4000-8000-000000000002',
  permissions: [],
};

export const tick = () => new Promise((resolve) => setTimeout(resolve));

/** Signs Lotte in (the session answered). */
export function signIn(http: HttpTestingController): void {
  localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
  TestBed.inject(SessionStore).load();
  http.expectOne('/api/auth/me').flush(lotte);
}

/** A notification for specs: a reply by Anna Berg, unread. */
export function aNotification(
  n: number,
  overrides: Partial<NotificationView> = {},
): NotificationView {
  const suffix = String(n).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${suffix}`,
    type: 'reply',
    count: 1,
    actors: [{ id: '22222222-2222-4222-8222-222222222222', displayName: 'Anna Berg' }],
    thread: { id: THREAD_ID, title: 'Which licence?' },
    postId: `33333333-3333-4333-8333-${suffix}`,
    community: { id: '44444444-4444-4444-8444-444444444444', slug: 'open-data', name: 'Open Data' },
    event: null,
    practice: null,
    details: {},
    link: `/threads/${THREAD_ID}?post=33333333-3333-4333-8333-${suffix}`,
    createdAt: '2026-11-03T10:00:00.000Z',
    updatedAt: '2026-11-03T10:00:00.000Z',
    read: false,
    ...overrides,
  };
}

let eventId = 100;

export function createdEvent(unreadCount: number): RealtimeEvent {
  const id = ++eventId;
  return {
    id,
    type: 'notification.created',
    rooms: [`user:${lotte.id}`],
    at: '2026-11-03T10:00:00.000Z',
    data: { notificationId: `n-${id}`, unreadCount },
  };
}
