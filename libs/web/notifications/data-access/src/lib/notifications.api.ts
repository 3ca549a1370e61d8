import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  NotificationPage,
  NotificationSettings,
  SubscriptionLevel,
  SubscriptionTargetType,
  SubscriptionView,
  UnreadCount,
  UnsubscribeResult,
  UpdateNotificationSettingsRequest,
} from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';
import { csrfWrapper } from './csrf';

/** What `GET /api/notifications` is asked for. */
export interface NotificationsQuery {
  /** Unread entries only. */
  unread?: boolean;
  cursor?: string | null;
  /** At most 100; the API's default is 20. */
  limit?: number;
}

/**
 * REST calls of notifications: the signed-in person's entries and unread count, marking them
 * read, their level per thread or community (`/api/subscriptions/:type/:id`), their settings
 * (`/api/users/me/notification-settings`) and the one-click unsubscribe of a mail's link.
 */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly withCsrf = csrfWrapper();

  /** Newest activity first, in keyset pages, with the unread count. */
  list(query: NotificationsQuery = {}): Observable<NotificationPage> {
    let params = new HttpParams();
    if (query.unread) params = params.set('unread', 'true');
    if (query.cursor) params = params.set('cursor', query.cursor);
    if (query.limit) params = params.set('limit', query.limit);
    return this.http.get<NotificationPage>(`${this.baseUrl}/notifications`, {
      params,
    });
  }

  unreadCount(): Observable<UnreadCount> {
    return this.http.get<UnreadCount>(
      `${this.baseUrl}/notifications/unread-count`,
    );
  }

  /** Marks entries read (at most 100); answers the unread count after. */
  markRead(ids: readonly string[]): Observable<UnreadCount> {
    return this.withCsrf(() =>
      this.http.post<UnreadCount>(`${this.baseUrl}/notifications/read`, {
        ids,
      }),
    );
  }

  markAllRead(): Observable<UnreadCount> {
    return this.withCsrf(() =>
      this.http.post<UnreadCount>(`${this.baseUrl}/notifications/read`, {
        all: true,
      }),
    );
  }

  /** The caller's level for a thread or community they can read (404 otherwise). */
  subscription(
    targetType: SubscriptionTargetType,
    targetId: string,
  ): Observable<SubscriptionView> {
    return this.http.get<SubscriptionView>(this.subscriptionUrl(targetType, targetId));
  }

  setSubscription(
    targetType: SubscriptionTargetType,
    targetId: string,
    level: SubscriptionLevel,
  ): Observable<SubscriptionView> {
    return this.withCsrf(() =>
      this.http.put<SubscriptionView>(this.subscriptionUrl(targetType, targetId), {
        level,
      }),
    );
  }

  settings(): Observable<NotificationSettings> {
    return this.http.get<NotificationSettings>(this.settingsUrl());
  }

  /** Changes any subset of the settings; answers all of them. */
  updateSettings(
    changes: UpdateNotificationSettingsRequest,
  ): Observable<NotificationSettings> {
    return this.withCsrf(() =>
      this.http.put<NotificationSettings>(this.settingsUrl(), changes),
    );
  }

  /** The link of a mail (no sign-in needed): that mail stops. 400 when the token is not valid. */
  unsubscribe(token: string): Observable<UnsubscribeResult> {
    return this.http.get<UnsubscribeResult>(`${this.baseUrl}/unsubscribe`, {
      params: new HttpParams().set('token', token),
    });
  }

  private subscriptionUrl(
    targetType: SubscriptionTargetType,
    targetId: string,
  ): string {
    return `${this.baseUrl}/subscriptions/${targetType}/${encodeURIComponent(targetId)}`;
  }

  private settingsUrl(): string {
    return `${this.baseUrl}/users/me/notification-settings`;
  }
}
