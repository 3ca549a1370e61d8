import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NotificationsApi } from './notifications.api';

const ID = '11111111-1111-4111-8111-111111111111';

describe('NotificationsApi', () => {
  let http: HttpTestingController;
  let api: NotificationsApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(NotificationsApi);
    document.cookie = 'XSRF-TOKEN=t; path=/';
  });

  afterEach(() => {
    http.verify();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists notifications, unread only and from a cursor when asked', () => {
    api.list({ unread: true, cursor: 'c1', limit: 8 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/notifications');
    expect(request.request.params.get('unread')).toBe('true');
    expect(request.request.params.get('cursor')).toBe('c1');
    expect(request.request.params.get('limit')).toBe('8');
    request.flush({ items: [], nextCursor: null, unreadCount: 0 });

    api.list().subscribe();
    expect(http.expectOne('/api/notifications').request.params.keys()).toEqual([]);

    api.unreadCount().subscribe();
    http.expectOne('/api/notifications/unread-count').flush({ unreadCount: 3 });
  });

  it('marks some or all read', () => {
    api.markRead([ID]).subscribe();
    const some = http.expectOne('/api/notifications/read');
    expect(some.request.method).toBe('POST');
    expect(some.request.body).toEqual({ ids: [ID] });
    some.flush({ unreadCount: 1 });

    api.markAllRead().subscribe();
    expect(http.expectOne('/api/notifications/read').request.body).toEqual({ all: true });
  });

  it('reads and sets a level per thread or community', () => {
    api.subscription('thread', ID).subscribe();
    expect(http.expectOne(`/api/subscriptions/thread/${ID}`).request.method).toBe('GET');
    api.setSubscription('community', ID, 'watching').subscribe();
    const put = http.expectOne(`/api/subscriptions/community/${ID}`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ level: 'watching' });
  });

  it('reads and changes the settings', () => {
    api.settings().subscribe();
    expect(http.expectOne('/api/users/me/notification-settings').request.method).toBe('GET');
    api.updateSettings({ autoWatchReplied: false, mutedUserIds: [ID] }).subscribe();
    const put = http.expectOne('/api/users/me/notification-settings');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ autoWatchReplied: false, mutedUserIds: [ID] });
  });

  it('unsubscribes with the token of a mail', () => {
    api.unsubscribe('abc.def+1').subscribe();
    const request = http.expectOne((r) => r.url === '/api/unsubscribe');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('token')).toBe('abc.def+1');
  });

  it('fetches the XSRF cookie before the first change when there is none', () => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    api.markAllRead().subscribe();
    http.expectOne('/api/auth/csrf').flush(null);
    http.expectOne('/api/notifications/read').flush({ unreadCount: 0 });
  });
});
