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
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import type {
  FlagReason,
  FlagState,
  FlagView,
  UpdateFlagRequest,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  FlagQueueStore,
  ModerationAccess,
  flagReasonKeys,
  flagReasonList,
  flagStateKeys,
  flagStateList,
  flagTargetKeys,
  isFlagReason,
  isFlagState,
  type BulkResult,
} from '@sce/web-moderation-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, confirmDialog } from '@sce/web-shared-ui';
import { filter, switchMap, type Observable } from 'rxjs';
import { formatDateTime } from '../date-time';
import { assignDialog } from '../dialogs/assign-dialog';
import { reasonDialog } from '../dialogs/reason-dialog';
import { moderationFailureKey } from '../failure';

type BulkChange = 'actioned' | 'dismissed' | 'open';

/** The assignee filter in the address: the viewer's flags, or nobody's. */
export type AssigneeChoice = 'me' | 'none';
const isAssigneeChoice = (value: unknown): value is AssigneeChoice =>
  value === 'me' || value === 'none';

const bulkKeys: Readonly<
  Record<BulkChange, { title: TranslationKey; message: TranslationKey; confirm: TranslationKey; done: TranslationKey }>
> = {
  actioned: {
    title: 'moderation.flags.bulk.actioned.title',
    message: 'moderation.flags.bulk.actioned.message',
    confirm: 'moderation.flags.bulk.actioned.confirm',
    done: 'moderation.flags.bulk.actioned.done',
  },
  dismissed: {
    title: 'moderation.flags.bulk.dismissed.title',
    message: 'moderation.flags.bulk.dismissed.message',
    confirm: 'moderation.flags.bulk.dismissed.confirm',
    done: 'moderation.flags.bulk.dismissed.done',
  },
  open: {
    title: 'moderation.flags.bulk.open.title',
    message: 'moderation.flags.bulk.open.message',
    confirm: 'moderation.flags.bulk.open.confirm',
    done: 'moderation.flags.bulk.open.done',
  },
};

/** The link to a flagged post or thread, when it has one. */
export function flagTargetLink(
  flag: FlagView,
): { path: string[]; query: Record<string, string> } | null {
  const { type, id, threadId } = flag.target;
  if (type === 'post' && threadId) {
    return { path: ['/threads', threadId], query: { post: id } };
  }
  if (type === 'thread') {
    return { path: ['/threads', id], query: {} };
  }
  if (type === 'event') {
    return { path: ['/events', id], query: {} };
  }
  if (type === 'document') {
    return { path: ['/documents', id], query: {} };
  }
  return null;
}

/**
 * The flag queue tab of the dashboard: filters (state, community, reason and assignee, kept in
 * the address and applied by the API), flags that arrived live behind "show", a selection with bulk actions (asked to
 * confirm), and per flag its target, reason, note and reporter, an assignee (the viewer, another
 * moderator picked in a dialog, or nobody), an internal note and
 * the actions: hide the post, mark actioned, dismiss or reopen. Results are announced; when a
 * flag leaves the list, focus goes to the next one.
 */
@Component({
  selector: 'sce-flag-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, MatButton, EmptyState],
  templateUrl: './flag-queue.html',
  styleUrls: ['../moderation-page.scss', './flag-queue.scss'],
})
export class FlagQueue {
  readonly state = input<string>();
  readonly community = input<string>();
  readonly reason = input<string>();
  readonly assignee = input<string>();

  protected readonly store = inject(FlagQueueStore);
  protected readonly list = this.store.list;
  protected readonly access = inject(ModerationAccess);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly states = flagStateList;
  protected readonly stateKeys = flagStateKeys;
  protected readonly reasons = flagReasonList;
  protected readonly reasonKeys = flagReasonKeys;
  protected readonly targetKeys = flagTargetKeys;
  protected readonly targetLink = flagTargetLink;
  protected readonly me = computed(() => this.session.user()?.id ?? null);

  protected readonly filterState = computed<FlagState>(() => {
    const state = this.state();
    return isFlagState(state) ? state : 'open';
  });
  protected readonly filterCommunity = computed(() => this.community()?.trim() || null);
  protected readonly filterReason = computed<FlagReason | null>(() => {
    const reason = this.reason();
    return isFlagReason(reason) ? reason : null;
  });
  protected readonly filterAssignee = computed<AssigneeChoice | null>(() => {
    const assignee = this.assignee();
    return isAssigneeChoice(assignee) ? assignee : null;
  });
  protected readonly filtered = computed(
    () =>
      this.filterState() !== 'open' ||
      this.filterCommunity() !== null ||
      this.filterReason() !== null ||
      this.filterAssignee() !== null,
  );
  protected readonly form = new FormGroup({
    state: new FormControl<string>('open', { nonNullable: true }),
    community: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', { nonNullable: true }),
    assignee: new FormControl('', { nonNullable: true }),
  });

  /** Flags with their texts, ready for the template. */
  protected readonly rows = computed(() =>
    this.store.flags().map((flag) => ({
      flag,
      when: formatDateTime(this.i18n, flag.createdAt),
      link: flagTargetLink(flag),
      selected: this.store.isSelected(flag.id),
      mine: flag.assignee?.id === this.me(),
    })),
  );
  /** A flag's action is running (its buttons wait). */
  protected readonly busyId = signal<string | null>(null);
  protected readonly bulkBusy = signal(false);
  /** The last failure, at the flag it concerns (or the toolbar: 'bulk'). */
  protected readonly failure = signal<{ id: string; key: TranslationKey } | null>(null);
  /** Internal notes being edited, by flag id. */
  protected readonly notes = signal<Readonly<Record<string, string>>>({});
  /** "Show more" gives focus to the first flag it added. */
  private focusIndex: number | null = null;

  constructor() {
    this.access.load();
    effect(() => {
      const state = this.filterState();
      const community = this.filterCommunity();
      const reason = this.filterReason();
      const assignee = this.filterAssignee();
      const me = this.me();
      untracked(() => {
        this.form.setValue({
          state,
          community: community ?? '',
          reason: reason ?? '',
          assignee: assignee ?? '',
        });
        this.failure.set(null);
        this.notes.set({});
        this.store.load({
          state,
          community,
          reason,
          assignee: assignee === 'me' ? me : assignee,
        });
      });
    });
    afterRenderEffect(() => {
      const count = this.store.flags().length;
      if (this.focusIndex !== null && count > this.focusIndex) {
        this.focusCard(this.focusIndex);
        this.focusIndex = null;
      }
    });
  }

  protected apply(): void {
    const { state, community, reason, assignee } = this.form.getRawValue();
    void this.router.navigate([], {
      queryParams: {
        state: state === 'open' ? null : state,
        community: community || null,
        reason: reason || null,
        assignee: assignee || null,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected clear(): void {
    void this.router.navigate([], {
      queryParams: { state: null, community: null, reason: null, assignee: null },
      queryParamsHandling: 'merge',
    });
  }

  protected showNew(): void {
    this.store.showNew();
    this.focusList();
  }

  protected toggle(flag: FlagView, event: Event): void {
    this.store.select(flag.id, (event.target as HTMLInputElement).checked);
  }

  protected toggleAll(event: Event): void {
    this.store.selectAll((event.target as HTMLInputElement).checked);
  }

  protected noteOf(flag: FlagView): string {
    return this.notes()[flag.id] ?? flag.internalNote;
  }

  protected editNote(flag: FlagView, event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.notes.update((notes) => ({ ...notes, [flag.id]: value }));
  }

  protected saveNote(flag: FlagView): void {
    const internalNote = this.noteOf(flag).trim();
    this.change(flag, { internalNote }, 'moderation.flags.noteSaved');
  }

  protected assign(flag: FlagView, toMe: boolean): void {
    this.change(
      flag,
      { assigneeId: toMe ? this.me() : null },
      toMe ? 'moderation.flags.assigned' : 'moderation.flags.unassigned',
    );
  }

  /** Gives the flag to a moderator picked in a dialog (or to nobody). */
  protected assignTo(flag: FlagView): void {
    const community = flag.target.communitySlug;
    if (!community) {
      return;
    }
    const index = this.indexOf(flag.id);
    assignDialog(this.dialog, {
      name: flag.target.title || this.i18n.translate('moderation.flags.untitled'),
      assigneeId: flag.assignee?.id ?? null,
      moderators: () => this.store.moderators(community),
      run: (assigneeId) => this.store.update(flag, { assigneeId }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((updated) => {
        if (updated) {
          this.failure.set(null);
          this.announcer.announce(
            updated.assignee ? 'moderation.assign.done' : 'moderation.flags.unassigned',
            { name: updated.assignee?.displayName ?? '' },
          );
          this.focusAfter(flag.id, index);
        }
      });
  }

  protected setState(flag: FlagView, state: FlagState): void {
    const key: TranslationKey =
      state === 'actioned'
        ? 'moderation.flags.markedActioned'
        : state === 'dismissed'
          ? 'moderation.flags.markedDismissed'
          : 'moderation.flags.reopened';
    this.change(flag, { state }, key);
  }

  /** Hides the flagged post with a reason for its author; its open flags are closed. */
  protected hidePost(flag: FlagView): void {
    const index = this.indexOf(flag.id);
    reasonDialog(this.dialog, {
      title: this.i18n.translate('moderation.hide.title'),
      message: this.i18n.translate('moderation.hide.message', {
        name: flag.target.title,
      }),
      label: this.i18n.translate('moderation.hide.reason'),
      hint: this.i18n.translate('moderation.hide.reasonHint'),
      confirm: this.i18n.translate('moderation.hide.confirm'),
      danger: true,
      run: (reason) => this.store.hidePost(flag, reason),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((done) => {
        if (done) {
          this.failure.set(null);
          this.announcer.announce('moderation.flags.postHidden');
          this.focusAfter(flag.id, index);
        }
      });
  }

  /** A bulk change of state for the selected flags, after a confirmation. */
  protected bulk(change: BulkChange): void {
    const flags = this.store.selected();
    if (flags.length === 0 || this.bulkBusy()) {
      return;
    }
    const keys = bulkKeys[change];
    const count = flags.length;
    confirmDialog(this.dialog, {
      title: this.i18n.translate(keys.title, { count }),
      message: this.i18n.translate(keys.message, { count }),
      confirm: this.i18n.translate(keys.confirm),
      cancel: this.i18n.translate('moderation.dialog.cancel'),
      danger: change === 'dismissed',
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => {
          this.bulkBusy.set(true);
          return this.store.updateMany(flags, { state: change });
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((result: BulkResult) => {
        this.bulkBusy.set(false);
        this.reportBulk(result, keys.done);
      });
  }

  protected loadMore(): void {
    this.focusIndex = this.store.flags().length;
    this.list.loadMore();
  }

  private change(flag: FlagView, patch: UpdateFlagRequest, done: TranslationKey): void {
    const index = this.indexOf(flag.id);
    this.busyId.set(flag.id);
    this.run(this.store.update(flag, patch), {
      next: () => {
        this.busyId.set(null);
        this.failure.set(null);
        this.notes.update((notes) =>
          Object.fromEntries(Object.entries(notes).filter(([id]) => id !== flag.id)),
        );
        this.announcer.announce(done);
        this.focusAfter(flag.id, index); // when it left the list (state or assignee)
      },
      error: (error) => {
        this.busyId.set(null);
        this.failure.set({ id: flag.id, key: moderationFailureKey(error) });
      },
    });
  }

  private reportBulk(result: BulkResult, done: TranslationKey): void {
    if (result.failed.length > 0) {
      this.failure.set({ id: 'bulk', key: 'moderation.bulk.someFailed' });
      this.announcer.announce('moderation.bulk.partly', {
        done: result.done.length,
        failed: result.failed.length,
      });
    } else {
      this.failure.set(null);
      this.announcer.announce(done, { count: result.done.length });
    }
    this.focusList();
  }

  private indexOf(id: string): number {
    return this.store.flags().findIndex((flag) => flag.id === id);
  }

  /** After a flag left the list: the one now in its place, the one before, or the list. */
  private focusAfter(id: string, index: number): void {
    afterNextRender(
      () => {
        if (this.document.getElementById(`flag-${id}`)) {
          return; // still listed
        }
        const count = this.store.flags().length;
        if (count === 0) {
          this.focusList();
        } else {
          this.focusCard(Math.min(index, count - 1));
        }
      },
      { injector: this.injector },
    );
  }

  private focusCard(index: number): void {
    const flag = this.store.flags()[index];
    if (flag) {
      this.document.getElementById(`flag-${flag.id}`)?.focus();
    }
  }

  private focusList(): void {
    afterNextRender(
      () => this.document.getElementById('flag-queue-heading')?.focus(),
      { injector: this.injector },
    );
  }

  private run<T>(
    action: Observable<T>,
    handlers: { next: (value: T) => void; error: (error: unknown) => void },
  ): void {
    action.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(handlers);
  }
}
