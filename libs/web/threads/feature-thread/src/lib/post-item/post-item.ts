import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import {
  BODY_MAX,
  type Post,
  type ReactionKind,
  type ThreadDetail,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  ModerationAccess,
  ModerationApi,
} from '@sce/web-moderation-data-access';
import {
  flagDialog,
  reasonDialog,
  suspendDialog,
  warnDialog,
} from '@sce/web-moderation-feature-moderation';
import {
  ThreadPageStore,
  countLoadedReplies,
  replyDraftKey,
  type PostNode,
} from '@sce/web-threads-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { confirmDialog } from '@sce/web-shared-ui';
import { filter, switchMap, type Observable } from 'rxjs';
import { Composer } from '../composer/composer';
import { formatDateTime } from '../date-time';
import { composerFailure, failureKey } from '../failure';
import {
  HistoryDialog,
  type HistoryDialogData,
} from '../history-dialog/history-dialog';
import { Reactions } from '../reactions/reactions';

type Mode = 'read' | 'reply' | 'edit';

/** What the moderators decided about a post, as its author or a moderator sees it on the post. */
export interface PostNotice {
  key: TranslationKey;
  reason: string | null;
  /** Hidden or rejected, rather than waiting. */
  bad: boolean;
}

/**
 * The notice on a post that waits for approval, was rejected, or was hidden (shown only to those
 * who still see its text: its author and the moderators); null for any other post.
 */
export function postNotice(post: Post, own: boolean): PostNotice | null {
  if (post.deleted) {
    return null;
  }
  if (post.approval === 'pending') {
    return {
      key: own ? 'threads.post.notice.pendingOwn' : 'threads.post.notice.pending',
      reason: null,
      bad: false,
    };
  }
  if (post.approval === 'rejected') {
    return {
      key: own ? 'threads.post.notice.rejectedOwn' : 'threads.post.notice.rejected',
      reason: post.hiddenReason,
      bad: true,
    };
  }
  if (post.hidden && post.bodyHtml !== null) {
    return {
      key: own ? 'threads.post.notice.hiddenOwn' : 'threads.post.notice.hidden',
      reason: post.hiddenReason,
      bad: true,
    };
  }
  return null;
}

/** The id of a post's element, and the start of its parts' ids. */
export const postElementId = (postId: string): string => `post-${postId}`;

/**
 * One post of the reply tree and the replies under it (this component again, one level deeper,
 * in a nested list). Shows the author, time (a permalink), edited and accepted marks, the
 * rendered text — or "deleted", keeping the replies — reactions and the actions the viewer
 * may take. Replies can be collapsed; replies below the depth the page shows are loaded with
 * "continue this thread". After each action the result is announced and focus goes to where
 * it can continue: the new reply, the post, or the button that opened the composer.
 */
@Component({
  selector: 'sce-post-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    RouterLink,
    MatButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    Reactions,
    Composer,
  ],
  templateUrl: './post-item.html',
  styleUrl: './post-item.scss',
})
export class PostItem {
  readonly node = input.required<PostNode>();
  readonly thread = input.required<ThreadDetail>();
  /** 1 for a reply to the thread. */
  readonly level = input(1);

  protected readonly store = inject(ThreadPageStore);
  private readonly session = inject(SessionStore);
  private readonly access = inject(ModerationAccess);
  private readonly moderationApi = inject(ModerationApi);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly dialog = inject(MatDialog);
  private readonly clipboard = inject(Clipboard);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  private readonly replyComposer = viewChild<Composer>('replyComposer');

  protected readonly post = computed(() => this.node().post);
  protected readonly elementId = computed(() => postElementId(this.post().id));
  protected readonly mode = signal<Mode>('read');
  protected readonly collapsed = signal(false);
  protected readonly replyText = signal('');
  protected readonly editText = signal('');
  /** The composer's send is running. */
  protected readonly sending = signal(false);
  protected readonly composerError = signal<string | null>(null);
  /** A reaction, bookmark or answer change is running. */
  protected readonly busy = signal(false);
  protected readonly actionError = signal<TranslationKey | null>(null);

  protected readonly signedIn = this.session.signedIn;
  protected readonly when = computed(() =>
    formatDateTime(this.i18n, this.post().createdAt),
  );
  protected readonly highlighted = computed(
    () => this.store.highlightedPostId() === this.post().id,
  );
  /** Loaded with "show new replies". */
  protected readonly fresh = computed(() =>
    this.store.freshPostIds().has(this.post().id),
  );
  protected readonly branch = computed(
    () => this.store.branches()[this.post().id] ?? null,
  );
  protected readonly loadedReplies = computed(() =>
    countLoadedReplies(this.node()),
  );
  protected readonly canAccept = computed(() => {
    const thread = this.thread();
    const post = this.post();
    return (
      thread.kind === 'question' &&
      thread.viewer.canAcceptAnswer &&
      !post.deleted &&
      !post.hidden
    );
  });
  protected readonly canQuote = computed(() => {
    const post = this.post();
    return (
      this.thread().viewer.canReply &&
      !post.deleted &&
      !post.hidden &&
      post.body !== null
    );
  });
  private readonly own = computed(
    () => this.post().author.id === this.session.user()?.id,
  );
  /** What the moderators decided, for the author and the moderators. */
  protected readonly notice = computed(() => postNotice(this.post(), this.own()));
  /** Anyone signed in flags others' posts (not deleted, not waiting). */
  protected readonly canFlag = computed(() => {
    const post = this.post();
    return (
      this.signedIn() &&
      this.access.canFlag() &&
      !this.own() &&
      !post.deleted &&
      post.approval === 'approved'
    );
  });
  /** The community's moderators hide, restore, approve and reject. */
  protected readonly canModerate = computed(
    () => this.thread().viewer.canModerate && !this.post().deleted,
  );
  /** The thread's moderators (community or global) warn the author of a post. */
  protected readonly canWarn = computed(
    () => this.thread().viewer.canModerate && !this.own() && !this.post().deleted,
  );
  /** Global moderators and admins suspend the author. */
  protected readonly canSuspend = computed(
    () => this.access.canSuspend() && !this.own() && !this.post().deleted,
  );
  protected readonly draftKey = computed(() =>
    replyDraftKey(this.thread().id, this.post().id),
  );

  protected openReply(): void {
    this.composerError.set(null);
    this.mode.set('reply');
  }

  protected openEdit(): void {
    this.composerError.set(null);
    this.editText.set(this.post().body ?? '');
    this.mode.set('edit');
  }

  /** Closes the composer; focus goes back to the button that opened it. */
  protected close(): void {
    const mode = this.mode();
    this.mode.set('read');
    this.composerError.set(null);
    this.focusById(
      mode === 'reply'
        ? `${this.elementId()}-reply`
        : `${this.elementId()}-more`,
    );
  }

  protected sendReply(text: string): void {
    if (!this.checkText(text)) {
      return;
    }
    this.sending.set(true);
    this.run(this.store.reply({ body: text, parentId: this.post().id }), {
      next: (created) => {
        this.sending.set(false);
        this.replyComposer()?.reset();
        this.mode.set('read');
        this.collapsed.set(false);
        this.announcer.announce('threads.reply.posted');
        this.focusById(postElementId(created.id));
      },
      error: (error) => {
        this.sending.set(false);
        this.composerError.set(composerFailure(error, this.i18n));
      },
    });
  }

  protected saveEdit(text: string): void {
    if (!this.checkText(text)) {
      return;
    }
    this.sending.set(true);
    this.run(this.store.edit(this.post().id, text), {
      next: () => {
        this.sending.set(false);
        this.mode.set('read');
        this.announcer.announce('threads.post.saved');
        this.focusById(this.elementId());
      },
      error: (error) => {
        this.sending.set(false);
        this.composerError.set(composerFailure(error, this.i18n));
      },
    });
  }

  protected remove(): void {
    const postId = this.post().id;
    confirmDialog(this.dialog, {
      title: this.i18n.translate('threads.post.delete.title'),
      message: this.i18n.translate('threads.post.delete.message'),
      confirm: this.i18n.translate('threads.post.delete.confirm'),
      cancel: this.i18n.translate('threads.cancel'),
      danger: true,
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => this.store.remove(postId)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.actionError.set(null);
          this.announcer.announce('threads.post.deleted.done');
          this.focusById(this.elementId());
        },
        error: (error: unknown) => this.actionError.set(failureKey(error)),
      });
  }

  /** Flags the post for the moderators (a reason and a note); a second flag is refused. */
  protected flag(): void {
    const post = this.post();
    flagDialog(this.dialog, {
      targetType: 'post',
      targetId: post.id,
      name: this.i18n.translate('threads.post.flagName', {
        name: post.author.displayName,
      }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((flag) => {
        if (flag) {
          this.announcer.announce('threads.post.flagged');
        }
        this.focusById(`${this.elementId()}-more`);
      });
  }

  /** Warns the post's author: a private message they acknowledge. */
  protected warnAuthor(): void {
    const author = this.post().author;
    warnDialog(this.dialog, { userId: author.id, name: author.displayName })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((warning) => {
        if (warning) {
          this.announcer.announce('moderation.warn.done', { name: author.displayName });
        }
        this.focusById(`${this.elementId()}-more`);
      });
  }

  /** Suspends the post's author (global moderators and admins). */
  protected suspendAuthor(): void {
    const author = this.post().author;
    suspendDialog(this.dialog, {
      name: author.displayName,
      run: (request) => this.moderationApi.suspend(author.id, request),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((user) => {
        if (user) {
          this.announcer.announce('admin.users.suspend.done', { name: author.displayName });
        }
        this.focusById(`${this.elementId()}-more`);
      });
  }

  /** Hides the post (with a reason its author sees) or shows it again. */
  protected setHidden(hidden: boolean): void {
    const post = this.post();
    const name = post.author.displayName;
    reasonDialog(this.dialog, {
      title: this.i18n.translate(hidden ? 'threads.post.hide.title' : 'threads.post.restore.title', { name }),
      message: this.i18n.translate(hidden ? 'threads.post.hide.message' : 'threads.post.restore.message'),
      label: this.i18n.translate('threads.moderation.reason'),
      hint: this.i18n.translate(hidden ? 'threads.post.hide.hint' : 'threads.moderation.reasonHint'),
      confirm: this.i18n.translate(hidden ? 'threads.post.hide.confirm' : 'threads.post.restore.confirm'),
      danger: hidden,
      run: (reason) => (hidden ? this.store.hide(post.id, reason) : this.store.restore(post.id, reason)),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((done) => {
        if (done) {
          this.actionError.set(null);
          this.announcer.announce(hidden ? 'threads.post.hidden.done' : 'threads.post.restored.done');
          this.focusById(this.elementId());
        } else {
          this.focusById(`${this.elementId()}-more`);
        }
      });
  }

  /** Approves a new member's waiting post: everyone sees it now. */
  protected approve(): void {
    this.busy.set(true);
    this.run(this.store.approve(this.post().id), {
      next: () => {
        this.busy.set(false);
        this.actionError.set(null);
        this.announcer.announce('threads.post.approved.done');
        this.focusById(this.elementId());
      },
      error: (error) => {
        this.busy.set(false);
        this.actionError.set(failureKey(error));
      },
    });
  }

  /** Refuses a new member's waiting post, with a reason its author sees. */
  protected reject(): void {
    const post = this.post();
    reasonDialog(this.dialog, {
      title: this.i18n.translate('threads.post.reject.title', { name: post.author.displayName }),
      message: this.i18n.translate('threads.post.reject.message'),
      label: this.i18n.translate('threads.moderation.reason'),
      hint: this.i18n.translate('threads.post.hide.hint'),
      confirm: this.i18n.translate('threads.post.reject.confirm'),
      danger: true,
      run: (reason) => this.store.reject(post.id, reason),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((done) => {
        if (done) {
          this.actionError.set(null);
          this.announcer.announce('threads.post.rejected.done');
          this.focusById(this.elementId());
        } else {
          this.focusById(`${this.elementId()}-more`);
        }
      });
  }

  protected showHistory(): void {
    const post = this.post();
    const data: HistoryDialogData = {
      author: post.author.displayName,
      revisions: () => this.store.revisions(post.id),
    };
    this.dialog.open<HistoryDialog, HistoryDialogData>(HistoryDialog, {
      data,
      width: '44rem',
      maxWidth: 'calc(100vw - 2rem)',
      maxHeight: 'calc(100vh - 2rem)',
    });
  }

  protected copyLink(): void {
    const post = this.post();
    const path = this.router.serializeUrl(
      this.router.createUrlTree(['/threads', post.threadId], {
        queryParams: { post: post.id },
      }),
    );
    const origin = this.document.defaultView?.location.origin ?? '';
    const copied = this.clipboard.copy(`${origin}${path}`);
    this.announcer.announce(
      copied ? 'threads.post.linkCopied' : 'threads.post.linkNotCopied',
    );
  }

  protected quote(): void {
    this.store.quote(this.post());
  }

  protected react(kind: ReactionKind): void {
    this.busy.set(true);
    this.run(this.store.toggleReaction(this.post(), kind), {
      next: () => {
        this.busy.set(false);
        this.actionError.set(null);
      },
      error: (error) => {
        this.busy.set(false);
        this.actionError.set(failureKey(error));
      },
    });
  }

  protected toggleBookmark(): void {
    this.busy.set(true);
    this.run(this.store.toggleBookmark(this.post()), {
      next: (post) => {
        this.busy.set(false);
        this.actionError.set(null);
        this.announcer.announce(
          post.bookmarked
            ? 'threads.bookmark.added'
            : 'threads.bookmark.removed',
        );
      },
      error: (error) => {
        this.busy.set(false);
        this.actionError.set(failureKey(error));
      },
    });
  }

  protected toggleAccept(): void {
    const post = this.post();
    const accept = !post.accepted;
    this.busy.set(true);
    this.run(this.store.accept(accept ? post.id : null), {
      next: () => {
        this.busy.set(false);
        this.actionError.set(null);
        this.announcer.announce(
          accept ? 'threads.answer.accepted' : 'threads.answer.cleared',
          { name: post.author.displayName },
        );
        this.focusById(`${this.elementId()}-accept`);
      },
      error: (error) => {
        this.busy.set(false);
        this.actionError.set(failureKey(error));
      },
    });
  }

  protected toggleCollapsed(): void {
    this.collapsed.update((collapsed) => !collapsed);
  }

  /** Loads the replies below the page's depth (or the branch's next page); focus goes to the first. */
  protected continueThread(): void {
    this.run(this.store.continueBranch(this.post().id), {
      next: (added) => {
        const first = added.find((post) => post.id !== this.post().id);
        if (first) {
          this.announcer.announce('threads.branch.loaded', {
            count: added.length,
          });
          this.focusById(postElementId(first.id));
        }
      },
      error: () => undefined,
    });
  }

  /** Checks a text before sending: not empty, not too long. */
  private checkText(text: string): boolean {
    if (text.trim() === '') {
      this.composerError.set(this.i18n.translate('composer.error.empty'));
      return false;
    }
    if (text.length > BODY_MAX) {
      this.composerError.set(
        this.i18n.translate('composer.error.tooLong', { max: BODY_MAX }),
      );
      return false;
    }
    this.composerError.set(null);
    return true;
  }

  private run<T>(
    action: Observable<T>,
    handlers: { next: (value: T) => void; error: (error: unknown) => void },
  ): void {
    action.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(handlers);
  }

  private focusById(id: string): void {
    afterNextRender(
      () => {
        const target = this.document.getElementById(id);
        target?.focus({ preventScroll: true });
        target?.scrollIntoView?.({ block: 'nearest' });
      },
      { injector: this.injector },
    );
  }
}
