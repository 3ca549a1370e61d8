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
  viewChildren,
  type ElementRef,
} from '@angular/core';
import { NgComponentOutlet } from '@angular/common';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import {
  threadKinds,
  type CommunityDetail,
  type ThreadKind,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  CommunityPageStore,
  joinPolicyKeys,
  membershipKey,
  visibilityKeys,
} from '@sce/web-communities-data-access';
import { slowModeDialog } from '@sce/web-moderation-feature-moderation';
import { WatchControl } from '@sce/web-notifications-feature-notifications';
import {
  threadKindKeys,
  type ThreadFilter,
} from '@sce/web-threads-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import {
  EmptyState,
  PageHeader,
  VisibilityBadge,
  confirmDialog,
} from '@sce/web-shared-ui';
import { filter, from, map, switchMap } from 'rxjs';

const isKind = (value: unknown): value is ThreadKind =>
  (threadKinds as readonly unknown[]).includes(value);

/** What the viewer can do about their membership, shown beside the community's details. */
type MembershipAction =
  | 'join'
  | 'ask'
  | 'accept'
  | 'signIn'
  | 'inviteOnly'
  | 'none';

const joinErrorKeys: Readonly<Record<string, TranslationKey>> = {
  ALREADY_MEMBER: 'communities.join.error.already',
  BANNED: 'communities.join.error.banned',
  INVITE_ONLY: 'communities.join.error.inviteOnly',
  NOT_A_MEMBER: 'communities.join.error.notMember',
};

/**
 * `/communities/:slug`: the community's description, visibility and join policy, moderators,
 * the viewer's membership with join / ask / accept / leave (leaving, withdrawing and declining
 * are confirmed), links to members, a new thread and (administrators) editing, then the thread
 * list — pinned first, unread marked — filtered by kind and tag (kept in `?kind=&tag=`) with
 * "show more".
 */
@Component({
  selector: 'sce-community-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButton,
    PageHeader,
    EmptyState,
    VisibilityBadge,
    NgComponentOutlet,
    WatchControl,
  ],
  templateUrl: './community-page.html',
  styleUrl: './community-page.scss',
})
export class CommunityPage {
  /** `?kind=`: threads of one kind. */
  readonly kind = input<string>();
  /** `?tag=`: threads with one tag. */
  readonly tag = input<string>();

  protected readonly store = inject(CommunityPageStore);
  protected readonly threads = this.store.threads;
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly threadLinks =
    viewChildren<ElementRef<HTMLElement>>('threadLink');
  private focusIndex: number | null = null;

  /** "Upcoming events" (web-events-feature-events), loaded after the page itself. */
  protected readonly eventsSection = toSignal(
    from(import('@sce/web-events-feature-events')).pipe(map((m) => m.CommunityEvents)),
  );
  protected readonly kinds = threadKinds;
  protected readonly kindKeys = threadKindKeys;
  protected readonly visibilityKeys = visibilityKeys;
  protected readonly joinPolicyKeys = joinPolicyKeys;
  protected readonly pending = signal(false);
  protected readonly actionError = signal<string | null>(null);

  protected readonly filter = computed<ThreadFilter>(() => {
    const kind = this.kind();
    const tag = (this.tag() ?? '').trim().toLowerCase();
    return { kind: isKind(kind) ? kind : null, tag: tag || null };
  });
  protected readonly filtered = computed(
    () => this.filter().kind !== null || this.filter().tag !== null,
  );
  protected readonly filters = new FormGroup({
    kind: new FormControl<ThreadKind | ''>('', { nonNullable: true }),
    tag: new FormControl('', { nonNullable: true }),
  });

  protected readonly membershipText = computed(() => {
    const key = membershipKey(this.store.community()?.viewer.membership ?? null);
    return key ? this.i18n.translate(key) : null;
  });
  protected readonly moderatorNames = computed(() =>
    (this.store.community()?.moderators ?? [])
      .map((moderator) => moderator.displayName)
      .join(', '),
  );
  /** Private communities show their threads to members only (an invitation is not enough). */
  protected readonly canRead = computed(() => {
    const community = this.store.community();
    return (
      community !== null &&
      (community.visibility !== 'private' ||
        community.viewer.membership?.state === 'active' ||
        community.viewer.canModerate)
    );
  });
  protected readonly action = computed<MembershipAction>(() =>
    this.membershipAction(this.store.community()),
  );

  constructor() {
    // Live updates while the page is open, for those who may read the threads.
    effect(() => {
      const id = this.store.community()?.id;
      const canRead = this.canRead();
      untracked(() => {
        if (id !== undefined && canRead) {
          this.store.startLive();
        } else {
          this.store.stopLive();
        }
      });
    });
    this.destroyRef.onDestroy(() => this.store.stopLive());
    effect(() => {
      if (this.store.newActivity()) {
        untracked(() => this.announcer.announce('communities.live.announce'));
      }
    });
    effect(() => {
      const slug = this.store.slug();
      const loaded = this.store.status() === 'loaded';
      const filter = this.filter();
      const canRead = this.canRead();
      untracked(() => {
        this.filters.setValue({
          kind: filter.kind ?? '',
          tag: filter.tag ?? '',
        });
        if (slug !== null && loaded && canRead) {
          this.store.loadThreads(filter);
        }
      });
    });
    afterRenderEffect(() => {
      const links = this.threadLinks();
      if (this.focusIndex !== null && links.length > this.focusIndex) {
        links[this.focusIndex].nativeElement.focus();
        this.focusIndex = null;
      }
    });
  }

  protected formatDate(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected applyFilters(): void {
    const { kind, tag } = this.filters.getRawValue();
    void this.router.navigate([], {
      queryParams: { kind: kind || null, tag: tag.trim().toLowerCase() || null },
    });
  }

  protected clearFilters(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  /** Loads the list again; focus, when it was on the button, goes to the list's heading. */
  protected refreshThreads(event: Event): void {
    const hadFocus = event.currentTarget === this.document.activeElement;
    this.store.refreshThreads();
    if (hadFocus) {
      afterNextRender(
        () => this.document.getElementById('threads-heading')?.focus(),
        { injector: this.injector },
      );
    }
  }

  protected loadMore(): void {
    this.focusIndex = this.threads.items().length;
    this.threads.loadMore();
  }

  /** Joins, asks to join or accepts the invitation. */
  protected join(): void {
    const before = this.store.community()?.viewer.membership?.state;
    this.pending.set(true);
    this.actionError.set(null);
    this.store
      .join()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (community) => {
          this.pending.set(false);
          const state = community.viewer.membership?.state;
          this.announcer.announce(
            before === 'invited'
              ? 'communities.join.accepted'
              : state === 'requested'
                ? 'communities.join.requested'
                : 'communities.join.joined',
            { name: community.name },
          );
          this.focusMembership();
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  /** Slow mode in the community (its moderators): the least time between one person's posts. */
  protected slowMode(): void {
    const community = this.store.community();
    if (community === null) {
      return;
    }
    slowModeDialog(this.dialog, {
      message: this.i18n.translate('communities.slowMode.message', { name: community.name }),
      current: community.slowModeSeconds,
      run: (seconds) => this.store.setSlowMode(seconds),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((seconds) => {
        if (seconds !== undefined) {
          this.announcer.announce(
            seconds === 0 ? 'communities.slowMode.turnedOff' : 'communities.slowMode.set',
          );
        }
        afterNextRender(
          () => this.document.getElementById('community-slow-mode')?.focus(),
          { injector: this.injector },
        );
      });
  }

  /** Leaves, withdraws the request or declines the invitation, after confirming. */
  protected leave(): void {
    const community = this.store.community();
    if (community === null) {
      return;
    }
    const state = community.viewer.membership?.state;
    const kind =
      state === 'invited'
        ? 'decline'
        : state === 'requested'
          ? 'withdraw'
          : 'leave';
    confirmDialog(this.dialog, {
      title: this.i18n.translate(`communities.${kind}.title`, {
        name: community.name,
      }),
      message: this.i18n.translate(`communities.${kind}.message`, {
        name: community.name,
      }),
      confirm: this.i18n.translate(`communities.${kind}.confirm`),
      cancel: this.i18n.translate('communities.cancel'),
      danger: kind === 'leave',
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => {
          this.pending.set(true);
          this.actionError.set(null);
          return this.store.leave();
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (after) => {
          this.pending.set(false);
          this.announcer.announce(`communities.${kind}.done`, {
            name: after.name,
          });
          this.focusMembership();
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  private membershipAction(
    community: CommunityDetail | null,
  ): MembershipAction {
    if (community === null) {
      return 'none';
    }
    if (!this.session.signedIn()) {
      return community.joinPolicy === 'invite' ? 'inviteOnly' : 'signIn';
    }
    const state = community.viewer.membership?.state;
    if (state === 'invited') {
      return 'accept';
    }
    if (community.viewer.canJoin) {
      return community.joinPolicy === 'request' ? 'ask' : 'join';
    }
    if (state !== undefined) {
      return 'none';
    }
    return community.joinPolicy === 'invite' ? 'inviteOnly' : 'none';
  }

  private failed(error: unknown): void {
    this.pending.set(false);
    const problem = problemOf(error);
    const key = problem ? joinErrorKeys[problem.code] : undefined;
    this.actionError.set(
      key
        ? this.i18n.translate(key)
        : problem
          ? problem.detail
          : this.i18n.translate('communities.error.network'),
    );
  }

  /** After joining or leaving, focus goes to the sentence that says where the viewer stands. */
  private focusMembership(): void {
    afterNextRender(
      () => this.document.getElementById('community-membership')?.focus(),
      { injector: this.injector },
    );
  }
}
