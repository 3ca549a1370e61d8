import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { NotificationBadgeStore } from '@sce/web-notifications-data-access';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  THREAD_ID,
  aNotification,
  createdEvent,
  lotte,
  signIn,
  tick,
} from '../testing.spec-helper';
import { NotificationMenu } from './notification-menu';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class Blank {}

const countUrl = '/api/notifications/unread-count';
const listUrl = '/api/notifications';

describe('NotificationMenu', () => {
  let fixture: ComponentFixture<NotificationMenu>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;
  const trigger = () => element().querySelector<HTMLButtonElement>('#notifications-trigger');
  const panel = () => element().querySelector<HTMLElement>('#notifications-panel');
  const stable = () => fixture.whenStable();

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'threads/:id', component: Blank },
          { path: 'notifications', component: Blank },
        ]),
        provideRealtimeTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(NotificationBadgeStore).stop();
    http.verify();
  });

  async function open(unreadCount: number): Promise<void> {
    signIn(http);
    fixture = TestBed.createComponent(NotificationMenu);
    document.body.appendChild(fixture.nativeElement);
    await stable();
    http.expectOne(countUrl).flush({ unreadCount });
    await tick();
    const socket = TestBed.inject(FakeRealtimeSocket);
    socket.serverConnect();
    socket.answer('follow', { room: `user:${lotte.id}`, lastEventId: 100 });
    await tick();
    await stable();
  }

  async function openPanel(items = [aNotification(1), aNotification(2, { read: true })]): Promise<void> {
    trigger()?.click();
    await stable();
    http
      .expectOne((r) => r.url === listUrl)
      .flush({ items, nextCursor: null, unreadCount: items.filter((n) => !n.read).length });
    await stable();
  }

  it('shows nothing to visitors', async () => {
    TestBed.inject(SessionStore).load();
    fixture = TestBed.createComponent(NotificationMenu);
    await stable();
    expect(element().hasAttribute('hidden')).toBe(true);
    expect(trigger()).toBeNull();
  });

  it('names the bell with the unread count, shown on a badge', async () => {
    await open(3);
    expect(trigger()?.getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(trigger()?.getAttribute('aria-expanded')).toBe('false');
    const badge = element().querySelector('.badge');
    expect(badge?.textContent?.trim()).toBe('3');
    expect(badge?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says a new notification politely and updates the badge without moving focus', async () => {
    await open(0);
    expect(trigger()?.getAttribute('aria-label')).toBe('Notifications');
    expect(element().querySelector('.badge')).toBeNull();
    trigger()?.focus();
    TestBed.inject(FakeRealtimeSocket).serverEmit('event', createdEvent(1));
    await stable();
    expect(trigger()?.getAttribute('aria-label')).toBe('Notifications, 1 unread');
    expect(element().querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'New notification. 1 unread.',
    );
    expect(document.activeElement).toBe(trigger());
  });

  it('opens a panel with the latest entries, each linking to what it is about', async () => {
    await open(1);
    await openPanel();
    expect(trigger()?.getAttribute('aria-expanded')).toBe('true');
    expect(trigger()?.getAttribute('aria-controls')).toBe('notifications-panel');
    expect(panel()?.querySelector('h2')?.textContent?.trim()).toBe('Notifications');
    const links = Array.from(panel()?.querySelectorAll<HTMLAnchorElement>('.entries a') ?? []);
    expect(links.map((a) => a.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringMatching(/^Unread: Anna Berg replied to you in “Which licence\?”/),
      expect.stringMatching(/^Anna Berg replied to you in “Which licence\?”/),
    ]);
    expect(links[0].getAttribute('href')).toBe(aNotification(1).link);
    const footer = Array.from(panel()?.querySelectorAll('.panel-foot a') ?? []);
    expect(footer.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['See all notifications', '/notifications'],
      ['Notification settings', '/settings/notifications'],
    ]);
  });

  it('marks an opened entry read and goes to it', async () => {
    await open(1);
    await openPanel();
    panel()?.querySelector<HTMLAnchorElement>('.entries a')?.click();
    const read = http.expectOne('/api/notifications/read');
    expect(read.request.body).toEqual({ ids: [aNotification(1).id] });
    read.flush({ unreadCount: 0 });
    await tick();
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/threads/${THREAD_ID}?post=${aNotification(1).postId}`);
    expect(panel()).toBeNull();
    expect(trigger()?.getAttribute('aria-label')).toBe('Notifications');
  });

  it('marks all read, then focuses the panel’s heading', async () => {
    await open(1);
    await openPanel();
    const markAll = Array.from(panel()?.querySelectorAll('button') ?? []).find(
      (b) => b.textContent?.trim() === 'Mark all as read',
    );
    markAll?.click();
    http.expectOne('/api/notifications/read').flush({ unreadCount: 0 });
    await stable();
    expect(trigger()?.getAttribute('aria-label')).toBe('Notifications');
    expect(panel()?.querySelector('.unread')).toBeNull();
    expect(document.activeElement?.id).toBe('notifications-panel-heading');
    expect(element().querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'All notifications are marked as read.',
    );
  });

  it('closes with Escape, giving focus back to the bell', async () => {
    await open(0);
    await openPanel([]);
    expect(panel()?.textContent).toContain('You have no notifications yet.');
    panel()?.querySelector('a')?.focus();
    panel()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await stable();
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(trigger());
  });

  it('closes when clicked outside', async () => {
    await open(0);
    await openPanel([]);
    document.body.click();
    await stable();
    expect(panel()).toBeNull();
  });
});
