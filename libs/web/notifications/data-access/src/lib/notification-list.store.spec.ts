import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { USER_ID, aNotification, badgeEvent } from './fixtures.spec-helper';
import { NotificationBadgeStore } from './notification-badge.store';
import {
  NOTIFICATION_PAGE_SIZE,
  NotificationListStore,
} from './notification-list.store';

const listUrl = '/api/notifications';

describe('NotificationListStore', () => {
  let http: HttpTestingController;
  let badge: NotificationBadgeStore;
  let store: NotificationListStore;

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        NotificationListStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    badge = TestBed.inject(NotificationBadgeStore);
    store = TestBed.inject(NotificationListStore);
    badge.start(USER_ID);
    http.expectOne('/api/notifications/unread-count').flush({ unreadCount: 2 });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    const socket = TestBed.inject(FakeRealtimeSocket);
    socket.serverConnect();
    socket.answer('follow', { room: `user:${USER_ID}`, lastEventId: 100 });
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });

  afterEach(() => {
    badge.stop();
    http.verify();
  });

  it('loads pages, unread only when asked, and keeps the badge in step', () => {
    store.load({ unread: true });
    const first = http.expectOne((r) => r.url === listUrl);
    expect(first.request.params.get('unread')).toBe('true');
    expect(first.request.params.get('limit')).toBe(String(NOTIFICATION_PAGE_SIZE));
    first.flush({ items: [aNotification(1)], nextCursor: 'c1', unreadCount: 4 });
    expect(store.items()).toHaveLength(1);
    expect(badge.unreadCount()).toBe(4);

    store.list.loadMore();
    const more = http.expectOne((r) => r.url === listUrl);
    expect(more.request.params.get('cursor')).toBe('c1');
    more.flush({ items: [aNotification(2)], nextCursor: null, unreadCount: 4 });
    expect(store.items().map((n) => n.id)).toEqual([aNotification(1).id, aNotification(2).id]);
  });

  it('marks one or all read, in the list and on the badge', () => {
    store.load({ unread: false });
    http
      .expectOne((r) => r.url === listUrl)
      .flush({
        items: [aNotification(1), aNotification(2), aNotification(3, { read: true })],
        nextCursor: null,
        unreadCount: 2,
      });
    store.markRead(store.items()[0]).subscribe();
    http.expectOne('/api/notifications/read').flush({ unreadCount: 1 });
    expect(store.items().map((n) => n.read)).toEqual([true, false, true]);
    expect(badge.unreadCount()).toBe(1);

    store.markAllRead().subscribe();
    http.expectOne('/api/notifications/read').flush({ unreadCount: 0 });
    expect(store.items().every((n) => n.read)).toBe(true);
    expect(badge.unreadCount()).toBe(0);
  });

  it('counts what arrived since loading, and shows all read once read elsewhere', () => {
    store.load({ unread: false });
    http
      .expectOne((r) => r.url === listUrl)
      .flush({ items: [aNotification(1)], nextCursor: null, unreadCount: 2 });
    const socket = TestBed.inject(FakeRealtimeSocket);
    socket.serverEmit('event', badgeEvent('notification.created', 3));
    socket.serverEmit('event', badgeEvent('notification.created', 4));
    expect(store.newArrivals()).toBe(2);

    store.reload();
    http
      .expectOne((r) => r.url === listUrl)
      .flush({ items: [aNotification(3), aNotification(2), aNotification(1)], nextCursor: null, unreadCount: 4 });
    expect(store.newArrivals()).toBe(0);

    socket.serverEmit('event', badgeEvent('notification.read', 0));
    expect(store.items().every((n) => n.read)).toBe(true);
  });
});
