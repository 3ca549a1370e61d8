import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { NotificationView } from '@sce/shared-contracts';
import { NotificationListStore } from '@sce/web-notifications-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { NotificationEntry } from '../notification-entry/notification-entry';
import { notificationText, safeLink } from '../notification-text';

/** The id of an entry's link, to give it focus. */
export const notificationLinkId = (id: string): string => `notification-${id}-link`;

/**
 * `/notifications` (`?unread=true`: unread only): the signed-in person's notifications, newest
 * activity first, in keyset pages with "Show more". Each opens what it is about (and is marked
 * read); unread ones can be marked read on their own, or all at once. Notifications arriving
 * while the page is open are offered with a button instead of moving the list; marking read is
 * announced, and focus stays where the reader was (or goes to the entry's link).
 */
@Component({
  selector: 'sce-notifications-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    MatButton,
    PageHeader,
    EmptyState,
    NotificationEntry,
  ],
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
})
export class NotificationsPage {
  /** `?unread=true`. */
  readonly unread = input<string>();

  protected readonly store = inject(NotificationListStore);
  protected readonly list = this.store.list;
  private readonly router = inject(Router);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly unreadOnly = computed(() => this.unread() === 'true');
  protected readonly unreadCount = computed(() => this.store.unreadCount() ?? 0);
  /** The entry being marked read, or `all`. */
  protected readonly marking = signal<string | null>(null);
  protected readonly failed = signal<TranslationKey | null>(null);

  /** The entry to focus once loaded ("Show more", new ones shown). */
  private focusIndex: number | null = null;

  constructor() {
    effect(() => {
      const unread = this.unreadOnly();
      untracked(() => this.store.load({ unread }));
    });
    afterRenderEffect(() => {
      const items = this.store.items();
      const settled = this.list.status() !== 'loading' && !this.list.loadingMore();
      if (this.focusIndex === null || !settled) {
        return;
      }
      const item = items[this.focusIndex];
      this.focusIndex = null;
      if (item) {
        this.document.getElementById(notificationLinkId(item.id))?.focus();
      }
    });
  }

  protected text(item: NotificationView): string {
    return notificationText(this.i18n, item);
  }

  protected link(item: NotificationView): string {
    return safeLink(item.link);
  }

  protected linkId(item: NotificationView): string {
    return notificationLinkId(item.id);
  }

  protected setUnreadOnly(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    void this.router.navigate([], {
      queryParams: { unread: checked ? 'true' : null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** Follows an entry: marked read (without waiting), then its page. */
  protected openEntry(event: MouseEvent, item: NotificationView): void {
    if (!item.read) {
      this.store
        .markRead(item)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ error: () => undefined });
    }
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    void this.router.navigateByUrl(safeLink(item.link));
  }

  protected markRead(item: NotificationView): void {
    if (this.marking() !== null) {
      return;
    }
    this.marking.set(item.id);
    this.failed.set(null);
    this.store
      .markRead(item)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.marking.set(null);
          this.announcer.announce('notifications.markedRead');
          // The button goes: focus moves to the entry's link.
          this.focusLater(() => this.document.getElementById(notificationLinkId(item.id)));
        },
        error: () => {
          this.marking.set(null);
          this.failed.set('notifications.markFailed');
        },
      });
  }

  protected markAllRead(): void {
    if (this.marking() !== null || this.unreadCount() === 0) {
      return;
    }
    this.marking.set('all');
    this.failed.set(null);
    this.store
      .markAllRead()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.marking.set(null);
          this.announcer.announce('notifications.markedAllRead');
        },
        error: () => {
          this.marking.set(null);
          this.failed.set('notifications.markFailed');
        },
      });
  }

  protected loadMore(): void {
    this.focusIndex = this.list.items().length;
    this.list.loadMore();
  }

  /** Shows what arrived: the first page again, focus on its first entry. */
  protected showNew(): void {
    this.focusIndex = 0;
    this.store.reload();
  }

  private focusLater(target: () => HTMLElement | null): void {
    afterNextRender(() => target()?.focus(), { injector: this.injector });
  }
}
