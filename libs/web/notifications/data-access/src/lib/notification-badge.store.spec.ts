import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UnreadCount } from '@sce/shared-contracts';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { RealtimeStatus } from '@sce/web-shared-data-access';
import { USER_ID, aNotification, badgeEvent } from './fixtures.spec-helper';
import {
  NOTIFICATION_MENU_SIZE,
  NotificationBadgeStore,
  RECONNECT_REFRESH_DELAY_MS,
} from './notification-badge.store';

const countUrl = '/api/notifications/unread-count';
const listUrl = '/api/notifications';

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
}

describe('NotificationBadgeStore', () => {
  let http: HttpTestingController;
  let socket: FakeRealtimeSocket;
  let store: NotificationBadgeStore;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRealtimeTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    socket = TestBed.inject(FakeRealtimeSocket);
    store = TestBed.inject(NotificationBadgeStore);
  });

  afterEach(() => {
    store.stop();
    http.verify();
    jest.useRealTimers();
  });

  /** Started for the user, the count answered, the user room followed. */
  async function started(unreadCount = 2): Promise<void> {
    store.start(USER_ID);
    http.expectOne(countUrl).flush({ unreadCount });
    await settle();
    socket.serverConnect();
    expect(socket.pending('follow').map((sent) => sent.payload)).toEqual([
      { type: 'user', id: USER_ID },
    ]);
    socket.answer('follow', { room: `user:${USER_ID}`, lastEventId: 100 });
    await settle();
    TestBed.tick();
  }

  it('asks for the count and follows the person’s own room; the same person again changes nothing', async () => {
    expect(store.unreadCount()).toBeNull();
    await started(2);
    expect(store.unreadCount()).toBe(2);
    store.start(USER_ID);
    http.expectNone(countUrl);
  });

  it('sets the badge from live events, without a reload, and tells each change once', async () => {
    await started(2);
    socket.serverEmit('event', badgeEvent('notification.created', 3));
    expect(store.unreadCount()).toBe(3);
    expect(store.change()).toEqual({ seq: 1, kind: 'created', unreadCount: 3 });
    expect(store.arrived()).toBe(1);

    // Read in another tab.
    socket.serverEmit('event', badgeEvent('notification.read', 1));
    expect(store.unreadCount()).toBe(1);
    expect(store.change()).toEqual({ seq: 2, kind: 'read', unreadCount: 1 });

    // The same count again (this tab marked it read already): no change to tell.
    socket.serverEmit('event', badgeEvent('notification.read', 1));
    expect(store.change()?.seq).toBe(2);
    http.expectNone(countUrl);
  });

  it('does not apply a count asked for before a live event told a newer one', async () => {
    await started(2);
    store.refreshCount();
    const request = http.expectOne(countUrl);
    socket.serverEmit('event', badgeEvent('notification.created', 5));
    request.flush({ unreadCount: 4 });
    expect(store.unreadCount()).toBe(5);
  });

  it('asks for the count again after a reconnect', async () => {
    jest.useFakeTimers();
    await started(2);
    socket.serverDrop();
    TestBed.tick();
    expect(TestBed.inject(RealtimeStatus).connection()).toBe('offline');
    socket.serverConnect();
    TestBed.tick();
    socket.answer('follow', { room: `user:${USER_ID}`, lastEventId: 100 });
    await settle();
    // The realtime client catches up with what it missed first …
    http
      .expectOne((r) => r.url === '/api/realtime/events')
      .flush({ events: [], tooFarBehind: false, lastEventId: 100, refusedRooms: [] });
    http.expectNone(countUrl);
    // … then the count is asked for again.
    jest.advanceTimersByTime(RECONNECT_REFRESH_DELAY_MS);
    http.expectOne(countUrl).flush({ unreadCount: 7 });
    expect(store.unreadCount()).toBe(7);
  });

  it('asks for the count again when more was missed than can be caught up', async () => {
    await started(2);
    socket.serverDrop();
    socket.serverConnect();
    socket.answer('follow', { room: `user:${USER_ID}`, lastEventId: 900 });
    await settle();
    http
      .expectOne((r) => r.url === '/api/realtime/events')
      .flush({ events: [], tooFarBehind: true, lastEventId: 900, refusedRooms: [] });
    http.expectOne(countUrl).flush({ unreadCount: 9 });
    expect(store.unreadCount()).toBe(9);
  });

  it('loads the menu’s latest entries, again as new ones arrive while it is open', async () => {
    await started(1);
    store.showRecent();
    expect(store.recentStatus()).toBe('loading');
    const first = http.expectOne((r) => r.url === listUrl);
    expect(first.request.params.get('limit')).toBe(String(NOTIFICATION_MENU_SIZE));
    first.flush({ items: [aNotification(1)], nextCursor: null, unreadCount: 1 });
    expect(store.recent().map((n) => n.id)).toEqual([aNotification(1).id]);
    expect(store.recentStatus()).toBe('loaded');

    socket.serverEmit('event', badgeEvent('notification.created', 2));
    // The entries shown stay while the new ones load.
    expect(store.recentStatus()).toBe('loaded');
    http
      .expectOne((r) => r.url === listUrl)
      .flush({ items: [aNotification(2), aNotification(1)], nextCursor: null, unreadCount: 2 });
    expect(store.recent()).toHaveLength(2);

    store.hideRecent();
    socket.serverEmit('event', badgeEvent('notification.created', 3));
    http.expectNone((r) => r.url === listUrl);
  });

  it('marks an entry read at once, then takes the count the API answers', async () => {
    await started(3);
    store.showRecent();
    http
      .expectOne((r) => r.url === listUrl)
      .flush({ items: [aNotification(1), aNotification(2)], nextCursor: null, unreadCount: 3 });

    let answer: UnreadCount | undefined;
    store.markRead([aNotification(1)]).subscribe((result) => (answer = result));
    expect(store.unreadCount()).toBe(2);
    expect(store.recent().map((n) => n.read)).toEqual([true, false]);
    const request = http.expectOne('/api/notifications/read');
    expect(request.request.body).toEqual({ ids: [aNotification(1).id] });
    request.flush({ unreadCount: 1 });
    expect(answer).toEqual({ unreadCount: 1 });
    expect(store.unreadCount()).toBe(1);
  });

  it('asks again when marking read fails', async () => {
    await started(3);
    let failed = false;
    store.markAllRead().subscribe({ error: () => (failed = true) });
    expect(store.unreadCount()).toBe(0);
    http
      .expectOne('/api/notifications/read')
      .flush({ code: 'INTERNAL', detail: 'x' }, { status: 500, statusText: 'Error' });
    expect(failed).toBe(true);
    http.expectOne(countUrl).flush({ unreadCount: 3 });
    expect(store.unreadCount()).toBe(3);
  });

  it('forgets everything and stops following when stopped', async () => {
    await started(2);
    store.stop();
    expect(store.unreadCount()).toBeNull();
    expect(store.userId()).toBeNull();
    expect(socket.sent.at(-1)?.event).toBe('unfollow');
    socket.serverEmit('event', badgeEvent('notification.created', 5));
    expect(store.unreadCount()).toBeNull();
  });
});
