import { Injectable, computed, inject, signal } from '@angular/core';
import type { NotificationView, UnreadCount } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { tap, type Observable } from 'rxjs';
import { NotificationBadgeStore } from './notification-badge.store';
import { NotificationsApi } from './notifications.api';

/** How many entries a page of the notifications page loads. */
export const NOTIFICATION_PAGE_SIZE = 20;

export interface NotificationFilter {
  /** Unread entries only. */
  unread: boolean;
}

/**
 * The notifications page: the person's entries in keyset pages ("load more"), all or unread
 * only, marking one or all read (through the badge store, so the header follows), and how many
 * arrived live since the list was loaded (the page offers to show them rather than moving the
 * list under the reader). Provide it at the route.
 */
@Injectable()
export class NotificationListStore {
  private readonly api = inject(NotificationsApi);
  private readonly badge = inject(NotificationBadgeStore);
  private readonly arrivedAtLoad = signal(0);

  readonly list = new KeysetList<NotificationView, NotificationFilter>(
    (filter, cursor) =>
      this.badge.withCount(
        this.api.list({
          unread: filter.unread,
          cursor,
          limit: NOTIFICATION_PAGE_SIZE,
        }),
      ),
  );
  readonly unreadCount = this.badge.unreadCount;
  /** The entries loaded; all read once the badge says nothing is unread (read in another tab). */
  readonly items = computed(() =>
    this.badge.unreadCount() === 0
      ? this.list.items().map((item) => (item.read ? item : { ...item, read: true }))
      : this.list.items(),
  );
  readonly filter = computed(() => this.list.query());
  /** Notifications that arrived since the list was loaded. */
  readonly newArrivals = computed(() =>
    Math.max(0, this.badge.arrived() - this.arrivedAtLoad()),
  );

  /** Loads the first page (again) for `filter`. */
  load(filter: NotificationFilter): void {
    this.arrivedAtLoad.set(this.badge.arrived());
    this.list.load(filter);
  }

  /** The first page again, with what arrived since. */
  reload(): void {
    this.load(this.list.query() ?? { unread: false });
  }

  markRead(item: NotificationView): Observable<UnreadCount> {
    return this.badge
      .markRead([item])
      .pipe(tap(() => this.list.replace({ ...item, read: true })));
  }

  markAllRead(): Observable<UnreadCount> {
    return this.badge.markAllRead().pipe(
      tap(() => {
        for (const item of this.list.items()) {
          if (!item.read) {
            this.list.replace({ ...item, read: true });
          }
        }
      }),
    );
  }
}
