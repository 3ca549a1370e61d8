import {
  DestroyRef,
  Injectable,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import type { NotificationView, UnreadCount } from '@sce/shared-contracts';
import {
  RealtimeClient,
  type RoomMessage,
} from '@sce/web-threads-data-access';
import {
  RealtimeStatus,
  type ConnectionState,
} from '@sce/web-shared-data-access';
import {
  catchError,
  defer,
  tap,
  throwError,
  type Observable,
  type Subscription,
} from 'rxjs';
import { NotificationsApi } from './notifications.api';

/** How many entries the header's menu lists. */
export const NOTIFICATION_MENU_SIZE = 8;
/**
 * After a reconnect the unread count is asked for again once this long has passed: by then the
 * realtime client has caught up with the events missed, so the answer is not overtaken by them.
 */
export const RECONNECT_REFRESH_DELAY_MS = 1_000;

export type RecentStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * The latest change of the unread count told live (for a polite announcement): a new
 * notification, or some read elsewhere (another tab). `seq` grows with every change.
 */
export interface BadgeChange {
  seq: number;
  kind: 'created' | 'read';
  unreadCount: number;
}

interface BadgeState {
  userId: string | null;
  /** Null until known. */
  unreadCount: number | null;
  recent: readonly NotificationView[];
  recentStatus: RecentStatus;
  change: BadgeChange | null;
  /** Notifications that arrived live since `start` (a page offers to show them). */
  arrived: number;
}

const initialState: BadgeState = {
  userId: null,
  unreadCount: null,
  recent: [],
  recentStatus: 'idle',
  change: null,
  arrived: 0,
};

const asRead = (item: NotificationView): NotificationView =>
  item.read ? item : { ...item, read: true };

/**
 * The signed-in person's notifications as the header shows them: the unread count (the badge)
 * and the latest entries for the menu. `start(userId)` follows the person's own room: a new
 * notification (`notification.created`) or some read in another tab (`notification.read`) sets
 * the count at once, without a reload; after a reconnect, or when more was missed than can be
 * caught up, the count is asked for again. `stop()` (signing out) forgets everything.
 *
 * Marking read goes through here, from the menu or the notifications page, so the badge follows
 * at once. The count of an answer asked for before a live event arrived is not applied: the
 * event's is newer.
 */
@Injectable({ providedIn: 'root' })
export class NotificationBadgeStore {
  private readonly api = inject(NotificationsApi);
  private readonly realtime = inject(RealtimeClient);
  private readonly connection = inject(RealtimeStatus).connection;
  private readonly state = signal<BadgeState>(initialState);
  private live: Subscription | null = null;
  private countRequest: Subscription | null = null;
  private recentRequest: Subscription | null = null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** Grows with every count told live. */
  private liveGeneration = 0;
  private changeSeq = 0;
  /** The menu is open: new entries are fetched as they arrive. */
  private recentShown = false;
  private lostConnection = false;

  readonly userId = computed(() => this.state().userId);
  readonly unreadCount = computed(() => this.state().unreadCount);
  readonly recent = computed(() => this.state().recent);
  readonly recentStatus = computed(() => this.state().recentStatus);
  readonly change = computed(() => this.state().change);
  readonly arrived = computed(() => this.state().arrived);

  constructor() {
    effect(() => {
      const connection = this.connection();
      untracked(() => this.connectionChanged(connection));
    });
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** For this person: the count now, and live from now on. Again for the same person: nothing. */
  start(userId: string): void {
    if (this.state().userId === userId) {
      return;
    }
    this.stop();
    this.state.set({ ...initialState, userId });
    this.refreshCount();
    this.live = this.realtime
      .room({ type: 'user', id: userId })
      .subscribe((message) => this.onLive(message));
  }

  /** Signed out: nothing is followed or kept. */
  stop(): void {
    this.live?.unsubscribe();
    this.countRequest?.unsubscribe();
    this.recentRequest?.unsubscribe();
    clearTimeout(this.refreshTimer);
    this.live = null;
    this.countRequest = null;
    this.recentRequest = null;
    this.refreshTimer = undefined;
    this.recentShown = false;
    this.lostConnection = false;
    this.state.set(initialState);
  }

  /** The menu opened: its entries are fetched now and whenever one arrives while it is open. */
  showRecent(): void {
    this.recentShown = true;
    this.loadRecent();
  }

  hideRecent(): void {
    this.recentShown = false;
  }

  /** Fetches the latest entries (the ones shown stay while they load). */
  loadRecent(): void {
    if (this.state().userId === null) {
      return;
    }
    this.recentRequest?.unsubscribe();
    this.state.update((state) => ({
      ...state,
      recentStatus: state.recent.length > 0 ? state.recentStatus : 'loading',
    }));
    this.recentRequest = this.withCount(
      this.api.list({ limit: NOTIFICATION_MENU_SIZE }),
    ).subscribe({
      next: (page) =>
        this.patch({ recent: page.items, recentStatus: 'loaded' }),
      error: () =>
        this.state.update((state) => ({
          ...state,
          recentStatus: state.recent.length > 0 ? state.recentStatus : 'error',
        })),
    });
  }

  /** Asks for the unread count again. */
  refreshCount(): void {
    if (this.state().userId === null) {
      return;
    }
    this.countRequest?.unsubscribe();
    this.countRequest = this.withCount(this.api.unreadCount()).subscribe({
      // Not known now: the badge keeps what it showed; the next event or reconnect tells.
      error: () => undefined,
    });
  }

  /**
   * Marks entries read. The menu's entries and the badge change at once; the answer's count is
   * applied then, and a failure asks for the count again (and fails the Observable).
   */
  markRead(items: readonly Pick<NotificationView, 'id' | 'read'>[]): Observable<UnreadCount> {
    const ids = items.map((item) => item.id);
    return defer(() => {
      const unread = new Set(items.filter((item) => !item.read).map((item) => item.id));
      this.state.update((state) => ({
        ...state,
        unreadCount:
          state.unreadCount === null
            ? null
            : Math.max(0, state.unreadCount - unread.size),
        recent: state.recent.map((item) =>
          ids.includes(item.id) ? asRead(item) : item,
        ),
      }));
      return this.withCount(this.api.markRead(ids)).pipe(
        catchError((error: unknown) => {
          this.refreshCount();
          this.loadRecentIfShown();
          return throwError(() => error);
        }),
      );
    });
  }

  /** Marks everything read: the badge goes at once. */
  markAllRead(): Observable<UnreadCount> {
    return defer(() => {
      this.state.update((state) => ({
        ...state,
        unreadCount: state.unreadCount === null ? null : 0,
        recent: state.recent.map(asRead),
      }));
      return this.withCount(this.api.markAllRead()).pipe(
        catchError((error: unknown) => {
          this.refreshCount();
          this.loadRecentIfShown();
          return throwError(() => error);
        }),
      );
    });
  }

  /**
   * Applies the unread count an answer carries — unless a live event told one since the request
   * was sent (it is newer), or the person changed meanwhile.
   */
  withCount<T extends UnreadCount>(request: Observable<T>): Observable<T> {
    return defer(() => {
      const generation = this.liveGeneration;
      const userId = this.state().userId;
      return request.pipe(
        tap((answer) => {
          if (
            userId !== null &&
            userId === this.state().userId &&
            generation === this.liveGeneration
          ) {
            this.patch({ unreadCount: answer.unreadCount });
          }
        }),
      );
    });
  }

  private onLive(message: RoomMessage): void {
    if (message.kind === 'reload') {
      // More was missed than can be caught up: ask again.
      this.refreshCount();
      this.loadRecentIfShown();
      return;
    }
    if (message.kind !== 'event') {
      return;
    }
    const event = message.event;
    if (event.type === 'notification.created') {
      this.told('created', event.data.unreadCount);
      this.state.update((state) => ({ ...state, arrived: state.arrived + 1 }));
      this.loadRecentIfShown();
    } else if (event.type === 'notification.read') {
      this.told('read', event.data.unreadCount);
      if (event.data.unreadCount === 0) {
        this.state.update((state) => ({ ...state, recent: state.recent.map(asRead) }));
      } else {
        this.loadRecentIfShown();
      }
    }
  }

  private told(kind: BadgeChange['kind'], unreadCount: number): void {
    this.liveGeneration++;
    const previous = this.state().unreadCount;
    this.patch({ unreadCount });
    if (previous !== unreadCount) {
      this.patch({ change: { seq: ++this.changeSeq, kind, unreadCount } });
    }
  }

  private loadRecentIfShown(): void {
    if (this.recentShown) {
      this.loadRecent();
    }
  }

  /** Back online after the connection was lost: the count is asked for again. */
  private connectionChanged(connection: ConnectionState): void {
    if (this.state().userId === null) {
      return;
    }
    if (connection === 'offline') {
      this.lostConnection = true;
      clearTimeout(this.refreshTimer);
      return;
    }
    if (connection === 'online' && this.lostConnection) {
      this.lostConnection = false;
      clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => {
        this.refreshCount();
        this.loadRecentIfShown();
      }, RECONNECT_REFRESH_DELAY_MS);
    }
  }

  private patch(changes: Partial<BadgeState>): void {
    this.state.update((state) => ({ ...state, ...changes }));
  }
}
