import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@sce/web-auth-data-access';
import { NotificationBadgeStore } from '@sce/web-notifications-data-access';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { notificationsRoutes } from '../notifications.routes';
import {
  THREAD_ID,
  aNotification,
  createdEvent,
  lotte,
  signIn,
  tick,
} from '../testing.spec-helper';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Blank {}

const listUrl = '/api/notifications';

describe('NotificationsPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  const button = (name: string | RegExp) =>
    Array.from(main().querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
    );

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'notifications', children: notificationsRoutes },
            { path: 'sign-in', component: Blank },
            { path: 'threads/:id', component: Blank },
          ],
          withComponentInputBinding(),
        ),
        provideRealtimeTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(NotificationBadgeStore).stop();
    http.verify();
  });

  /** Signed in with the badge started (as the shell's menu does), then the page opened. */
  async function open(
    items = [aNotification(1), aNotification(2, { read: true })],
    url = '/notifications',
    nextCursor: string | null = null,
  ): Promise<void> {
    signIn(http);
    const badge = TestBed.inject(NotificationBadgeStore);
    badge.start(lotte.id);
    http.expectOne('/api/notifications/unread-count').flush({ unreadCount: 1 });
    await tick();
    const socket = TestBed.inject(FakeRealtimeSocket);
    socket.serverConnect();
    socket.answer('follow', { room: `user:${lotte.id}`, lastEventId: 100 });
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await stable();
    http
      .expectOne((r) => r.url === listUrl)
      .flush({ items, nextCursor, unreadCount: items.filter((n) => !n.read).length });
    await stable();
  }

  it('sends visitors to sign in', async () => {
    TestBed.inject(SessionStore).load();
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/notifications');
    expect(TestBed.inject(Router).url).toBe('/sign-in?returnUrl=%2Fnotifications');
  });

  it('lists the notifications, unread ones marked, each linking to what it is about', async () => {
    await open();
    expect(main().querySelector('h1')?.textContent?.trim()).toBe('Notifications');
    const items = Array.from(main().querySelectorAll('.item'));
    expect(items.map((item) => item.classList.contains('unread'))).toEqual([true, false]);
    const link = items[0].querySelector('a');
    expect(link?.getAttribute('href')).toBe(aNotification(1).link);
    expect(link?.textContent).toContain('Unread:');
    expect(main().querySelector('.count')?.textContent?.trim()).toBe('1 unread');
    // Only the unread one can be marked read on its own, named after its text.
    const marks = Array.from(main().querySelectorAll('button.mark'));
    expect(marks.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Mark as read: Anna Berg replied to you in “Which licence?”',
    ]);
    expect(main().querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Showing 2 notifications',
    );
  });

  it('filters unread ones through the address', async () => {
    await open();
    const box = main().querySelector<HTMLInputElement>('#notifications-unread-only');
    expect(main().querySelector('label[for="notifications-unread-only"]')?.textContent?.trim()).toBe(
      'Show unread only',
    );
    box?.click();
    await tick();
    await stable();
    expect(TestBed.inject(Router).url).toBe('/notifications?unread=true');
    const request = http.expectOne((r) => r.url === listUrl);
    expect(request.request.params.get('unread')).toBe('true');
    request.flush({ items: [], nextCursor: null, unreadCount: 0 });
    await stable();
    expect(main().textContent).toContain('You have no unread notifications.');
  });

  it('marks one read: announced, focus on its link', async () => {
    await open();
    main().querySelector<HTMLButtonElement>('button.mark')?.click();
    http.expectOne('/api/notifications/read').flush({ unreadCount: 0 });
    await stable();
    expect(main().querySelector('.item.unread')).toBeNull();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('notifications.markedRead');
    expect(document.activeElement?.id).toBe(`notification-${aNotification(1).id}-link`);
    expect(button('Mark all as read')?.getAttribute('aria-disabled')).toBe('true');
  });

  it('marks all read', async () => {
    await open([aNotification(1), aNotification(2)]);
    button('Mark all as read')?.click();
    const request = http.expectOne('/api/notifications/read');
    expect(request.request.body).toEqual({ all: true });
    request.flush({ unreadCount: 0 });
    await stable();
    expect(main().querySelector('.item.unread')).toBeNull();
    expect(main().querySelector('.count')?.textContent?.trim()).toBe('Nothing unread');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('notifications.markedAllRead');
  });

  it('opens an entry: marked read, then its page', async () => {
    await open();
    main().querySelector<HTMLAnchorElement>('.item a')?.click();
    http.expectOne('/api/notifications/read').flush({ unreadCount: 0 });
    await tick();
    expect(TestBed.inject(Router).url).toBe(`/threads/${THREAD_ID}?post=${aNotification(1).postId}`);
  });

  it('shows more, focusing the first new entry', async () => {
    await open([aNotification(1)], '/notifications', 'c1');
    button('Show more notifications')?.click();
    const more = http.expectOne((r) => r.url === listUrl);
    expect(more.request.params.get('cursor')).toBe('c1');
    more.flush({ items: [aNotification(3, { read: true })], nextCursor: null, unreadCount: 1 });
    await stable();
    expect(main().querySelectorAll('.item')).toHaveLength(2);
    expect(document.activeElement?.id).toBe(`notification-${aNotification(3).id}-link`);
    expect(button('Show more notifications')).toBeUndefined();
  });

  it('offers notifications that arrived instead of moving the list', async () => {
    await open();
    TestBed.inject(FakeRealtimeSocket).serverEmit('event', createdEvent(2));
    await stable();
    expect(main().querySelectorAll('.item')).toHaveLength(2);
    button('1 new notification — show')?.click();
    http
      .expectOne((r) => r.url === listUrl)
      .flush({
        items: [aNotification(4), aNotification(1), aNotification(2, { read: true })],
        nextCursor: null,
        unreadCount: 2,
      });
    await stable();
    expect(main().querySelectorAll('.item')).toHaveLength(3);
    expect(button(/new notification/)).toBeUndefined();
    expect(document.activeElement?.id).toBe(`notification-${aNotification(4).id}-link`);
  });
});
