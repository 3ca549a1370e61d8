import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  ApprovalQueueStore,
  FlagQueueStore,
  ModerationAccess,
} from '@sce/web-moderation-data-access';
import { Announcer, TranslatePipe } from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';
import { ApprovalQueue } from '../approval-queue/approval-queue';
import { FlagQueue } from '../flag-queue/flag-queue';

export type DashboardTab = 'flags' | 'queue';
const tabs: readonly DashboardTab[] = ['flags', 'queue'];

/**
 * `/moderation` (`?tab=queue`, the flag filters `?state=&community=&reason=&assignee=`): the moderators'
 * dashboard with two tabs — the flag queue and the posts waiting for approval — and, for global
 * moderators and admins, the way to the audit trail. It follows the moderator's own room while
 * open: new flags and waiting posts are counted on their tab and announced politely.
 */
@Component({
  selector: 'sce-moderation-dashboard',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeader, FlagQueue, ApprovalQueue],
  templateUrl: './moderation-dashboard.html',
  styleUrl: './moderation-dashboard.scss',
})
export class ModerationDashboard {
  readonly tab = input<string>();
  readonly state = input<string>();
  readonly community = input<string>();
  readonly reason = input<string>();
  readonly assignee = input<string>();

  protected readonly access = inject(ModerationAccess);
  protected readonly flags = inject(FlagQueueStore);
  protected readonly queue = inject(ApprovalQueueStore);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly current = computed<DashboardTab>(() =>
    this.tab() === 'queue' ? 'queue' : 'flags',
  );
  /** "3" or "20+" waiting posts, once loaded. */
  protected readonly waiting = computed(() => {
    const count = this.queue.posts().length;
    return this.queue.list.hasMore() ? `${count}+` : String(count);
  });

  constructor() {
    this.queue.load();
    const userId = this.session.user()?.id;
    if (userId) {
      this.flags.startLive(userId);
      this.queue.startLive(userId);
    }
    inject(DestroyRef).onDestroy(() => {
      this.flags.stopLive();
      this.queue.stopLive();
    });
    this.announceArrivals(this.flags.newFlags, 'moderation.live.flags');
    this.announceArrivals(this.queue.newPosts, 'moderation.live.queue');
  }

  protected select(tab: DashboardTab): void {
    void this.router.navigate([], {
      queryParams: { tab: tab === 'flags' ? null : tab },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** Arrow keys, Home and End move between the tabs (and select them), as in a tab list. */
  protected onTabKey(event: KeyboardEvent): void {
    const index = tabs.indexOf(this.current());
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : null;
    if (next === null) {
      return;
    }
    event.preventDefault();
    this.select(tabs[next]);
    this.document.getElementById(`moderation-tab-${tabs[next]}`)?.focus();
  }

  private announceArrivals(
    count: () => number,
    key: 'moderation.live.flags' | 'moderation.live.queue',
  ): void {
    let last = 0;
    effect(() => {
      const now = count();
      untracked(() => {
        if (now > last) {
          this.announcer.announce(key, { count: now });
        }
        last = now;
      });
    });
  }
}
