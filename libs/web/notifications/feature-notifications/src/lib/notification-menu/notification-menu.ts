import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import type { NotificationView } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import { NotificationBadgeStore } from '@sce/web-notifications-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
  type TranslationParams,
} from '@sce/web-shared-data-access';
import { filter } from 'rxjs';
import { NotificationEntry } from '../notification-entry/notification-entry';
import { safeLink } from '../notification-text';

/** How long a spoken change of the badge stays in the live region. */
export const BADGE_ANNOUNCEMENT_MS = 10_000;
/** The panel keeps this far from the window's edges. */
const EDGE_PX = 8;
const PANEL_MAX_WIDTH_PX = 416;

/**
 * The header's notifications for the signed-in person: a bell button whose name says how many
 * are unread ("Notifications, 3 unread", the number on a badge), opening a panel (a disclosure:
 * focus stays on the button, Tab goes on into the panel) with the latest entries — grouped texts
 * such as "Anna Berg and 2 others replied to you in “…”" — "Mark all as read", "See all
 * notifications" and a link to the settings. Opening an entry marks it read and goes to what it
 * is about. Escape, a click elsewhere or focus leaving closes the panel.
 *
 * It follows the person's own room (through `NotificationBadgeStore`), so the badge changes
 * without a reload; a change told live is spoken in a polite status region, and focus never moves.
 * Nothing shows for visitors.
 */
@Component({
  selector: 'sce-notification-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, NotificationEntry],
  host: {
    '[hidden]': '!session.signedIn()',
    '(keydown.escape)': 'onEscape($event)',
    '(focusout)': 'onFocusOut($event)',
    '(document:click)': 'onDocumentClick($event)',
    '(window:resize)': 'place()',
  },
  templateUrl: './notification-menu.html',
  styleUrl: './notification-menu.scss',
})
export class NotificationMenu {
  protected readonly session = inject(SessionStore);
  protected readonly store = inject(NotificationBadgeStore);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly trigger = viewChild<ElementRef<HTMLButtonElement>>('trigger');
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private announcementTimer: ReturnType<typeof setTimeout> | undefined;

  protected readonly open = signal(false);
  /** Where the panel sits (fixed, under the button, inside the window). */
  protected readonly position = signal<{ top: number; right: number }>({
    top: 64,
    right: EDGE_PX,
  });
  /** What the status region says now. */
  protected readonly spoken = signal<{ key: TranslationKey; params: TranslationParams } | null>(
    null,
  );
  protected readonly unread = computed(() => this.store.unreadCount() ?? 0);
  protected readonly badge = computed(() => {
    const count = this.unread();
    return count === 0 ? null : count > 99 ? '99+' : String(count);
  });
  protected readonly label = computed(() => {
    const count = this.unread();
    return count === 0
      ? this.i18n.translate('notifications.menu.button')
      : this.i18n.translate('notifications.menu.buttonUnread', { count });
  });

  constructor() {
    effect(() => {
      const userId = this.session.user()?.id ?? null;
      untracked(() => {
        if (userId === null) {
          this.close();
          this.store.stop();
        } else {
          this.store.start(userId);
        }
      });
    });
    let seen = 0;
    effect(() => {
      const change = this.store.change();
      untracked(() => {
        if (change !== null && change.seq > seen) {
          this.speak(change.kind, change.unreadCount);
        }
        seen = Math.max(seen, change?.seq ?? 0);
      });
    });
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.close());
    this.destroyRef.onDestroy(() => {
      clearTimeout(this.announcementTimer);
      this.store.hideRecent();
    });
  }

  protected toggle(): void {
    if (this.open()) {
      this.close();
      return;
    }
    this.place();
    this.open.set(true);
    this.store.showRecent();
  }

  /** Follows an entry: marked read (without waiting), then its page. */
  protected openEntry(event: MouseEvent, item: NotificationView): void {
    if (!item.read) {
      this.store
        .markRead([item])
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({ error: () => undefined });
    }
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return; // a new tab or window: the browser follows the link
    }
    event.preventDefault();
    this.close();
    void this.router.navigateByUrl(safeLink(item.link));
  }

  protected link(item: NotificationView): string {
    return safeLink(item.link);
  }

  protected markAllRead(): void {
    this.store
      .markAllRead()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.say('notifications.markedAllRead', {}),
        error: () => this.say('notifications.markFailed', {}),
      });
    // The button goes: focus moves to the panel's heading rather than to the page.
    afterNextRender(() => this.heading()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected retry(): void {
    this.store.loadRecent();
  }

  protected close(): void {
    if (this.open()) {
      this.open.set(false);
      this.store.hideRecent();
    }
  }

  /** Under the button, its right edge lined up with the button's, inside the window. */
  protected place(): void {
    const button = this.trigger()?.nativeElement;
    const view = this.document.defaultView;
    if (!button || !view) {
      return;
    }
    const rect = button.getBoundingClientRect();
    const width = this.document.documentElement.clientWidth || view.innerWidth;
    const panelWidth = Math.min(PANEL_MAX_WIDTH_PX, width - 2 * EDGE_PX);
    const right = Math.min(
      Math.max(EDGE_PX, width - rect.right),
      Math.max(EDGE_PX, width - panelWidth - EDGE_PX),
    );
    this.position.set({ top: Math.round(rect.bottom + EDGE_PX), right: Math.round(right) });
  }

  protected onEscape(event: Event): void {
    if (!this.open()) {
      return;
    }
    event.stopPropagation();
    this.close();
    this.trigger()?.nativeElement.focus();
  }

  protected onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && !this.host.nativeElement.contains(next)) {
      this.close();
    }
  }

  protected onDocumentClick(event: MouseEvent): void {
    const target = event.target;
    if (this.open() && target instanceof Node && !this.host.nativeElement.contains(target)) {
      this.close();
    }
  }

  /** A change told live: "New notification. 3 unread." / "2 unread notifications." */
  private speak(kind: 'created' | 'read', count: number): void {
    if (kind === 'created') {
      this.say('notifications.announce.new', { count });
    } else if (count === 0) {
      this.say('notifications.announce.none', {});
    } else {
      this.say('notifications.announce.read', { count });
    }
  }

  private say(key: TranslationKey, params: TranslationParams): void {
    this.spoken.set({ key, params });
    clearTimeout(this.announcementTimer);
    this.announcementTimer = setTimeout(
      () => this.spoken.set(null),
      BADGE_ANNOUNCEMENT_MS,
    );
  }
}
