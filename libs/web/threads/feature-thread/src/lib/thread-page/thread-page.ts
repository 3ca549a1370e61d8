import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { BODY_MAX, type ThreadDetail } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import { AttachedDocuments } from '@sce/web-documents-feature-documents';
import { ModerationAccess } from '@sce/web-moderation-data-access';
import { WatchControl } from '@sce/web-notifications-feature-notifications';
import {
  flagDialog,
  slowModeDialog,
} from '@sce/web-moderation-feature-moderation';
import {
  ThreadPageStore,
  contentLanguageNames,
  replyDraftKey,
  threadKindKeys,
} from '@sce/web-threads-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import { Composer } from '../composer/composer';
import { formatDateTime } from '../date-time';
import { composerFailure, failureKey } from '../failure';
import {
  MoveThreadDialog,
  type MoveThreadDialogData,
} from '../moderation-dialogs/move-thread-dialog';
import { PostItem, postElementId } from '../post-item/post-item';

/**
 * `/threads/:id` (`?post=<id>` scrolls to a reply and highlights it): the thread with its
 * state (pinned, locked, answered), research details, the moderators' pin and lock, a
 * bookmark, the reply tree with "load more", and the composer for a reply to the thread
 * (which can quote a post). Moderation and replies are announced; focus moves to a new reply.
 */
@Component({
  selector: 'sce-thread-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    RouterLink,
    MatButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    EmptyState,
    PostItem,
    Composer,
    AttachedDocuments,
    WatchControl,
  ],
  templateUrl: './thread-page.html',
  styleUrl: './thread-page.scss',
})
export class ThreadPage {
  /** `?post=`: the reply a permalink points at. */
  readonly post = input<string>();

  protected readonly store = inject(ThreadPageStore);
  private readonly session = inject(SessionStore);
  private readonly access = inject(ModerationAccess);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly composer = viewChild<Composer>('threadComposer');
  private revealed: string | null = null;

  protected readonly kindKeys = threadKindKeys;
  protected readonly languageNames = contentLanguageNames;
  protected readonly thread = this.store.thread;
  protected readonly signedIn = this.session.signedIn;
  protected readonly replyText = signal('');
  protected readonly sending = signal(false);
  protected readonly composerError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionError = signal<TranslationKey | null>(null);
  /** Set when a permalink's reply could not be found. */
  protected readonly missingPost = signal(false);
  /** "Show" of new replies is running. */
  protected readonly showingNew = signal(false);
  /** How many new replies "show" just loaded (a note where the button was). */
  protected readonly shownNote = signal<number | null>(null);
  private readonly newRepliesBar = viewChild<ElementRef<HTMLElement>>('newReplies');
  private shownNoteTimer: ReturnType<typeof setTimeout> | undefined;

  /** "3 people viewing · Jonas Weber is replying…": seen, not announced. */
  protected readonly liveLine = computed(() => {
    const parts: string[] = [];
    const viewers = this.store.viewers();
    if (viewers !== null && viewers > 1) {
      parts.push(this.i18n.translate('threads.live.viewers', { count: viewers }));
    }
    const typists = this.store.typists();
    if (typists.length === 1) {
      parts.push(
        this.i18n.translate('threads.live.typingOne', {
          name: typists[0].displayName,
        }),
      );
    } else if (typists.length === 2) {
      parts.push(
        this.i18n.translate('threads.live.typingTwo', {
          first: typists[0].displayName,
          second: typists[1].displayName,
        }),
      );
    } else if (typists.length > 2) {
      parts.push(
        this.i18n.translate('threads.live.typingMany', {
          count: typists.length,
        }),
      );
    }
    return parts.join(' · ');
  });

  /** Anyone signed in flags a thread someone else started. */
  protected readonly canFlag = computed(() => {
    const thread = this.thread();
    return (
      thread !== null &&
      this.signedIn() &&
      this.access.canFlag() &&
      thread.author.id !== this.session.user()?.id
    );
  });
  protected readonly draftKey = computed(() => {
    const thread = this.thread();
    return thread ? replyDraftKey(thread.id, null) : null;
  });
  protected readonly created = computed(() => {
    const thread = this.thread();
    return thread ? formatDateTime(this.i18n, thread.createdAt) : '';
  });
  protected readonly edited = computed(() => {
    const thread = this.thread();
    return thread?.editedAt ? formatDateTime(this.i18n, thread.editedAt) : null;
  });
  protected readonly published = computed(() => {
    const date = this.thread()?.research?.publishedOn;
    return date ? this.i18n.formatDate(`${date}T12:00:00Z`) : null;
  });
  protected readonly signInQuery = computed(() => ({
    returnUrl: this.thread() ? `/threads/${this.thread()?.id}` : '/',
  }));

  constructor() {
    this.destroyRef.onDestroy(() => {
      this.store.stopLive();
      clearTimeout(this.shownNoteTimer);
    });
    // Others' new replies are announced (politely, in the shell's live region) as they come.
    let announced = 0;
    effect(() => {
      const count = this.store.newReplies();
      untracked(() => {
        if (count > announced) {
          this.shownNote.set(null);
          this.announcer.announce('threads.live.announce', { count });
        }
        announced = count;
      });
    });
    effect(() => {
      if (this.store.liveRefused()) {
        untracked(() => this.announcer.announce('threads.live.refused'));
      }
    });
    // A permalink: load down to the reply, then scroll to it and give it focus.
    effect(() => {
      const postId = this.post() ?? null;
      const ready =
        this.store.status() === 'loaded' &&
        this.store.repliesStatus() === 'loaded';
      untracked(() => {
        if (!ready || postId === null || postId === this.revealed) {
          return;
        }
        this.revealed = postId;
        void this.store.reveal(postId).then((found) => {
          this.missingPost.set(!found);
          if (found) {
            this.focus(postElementId(postId), 'center');
          }
        });
      });
    });
    // "Quote" on a reply: the composer for the thread takes focus.
    effect(() => {
      if (this.store.quoting()) {
        untracked(() =>
          afterNextRender(() => this.composer()?.focus(), {
            injector: this.injector,
          }),
        );
      }
    });
  }

  protected sendReply(text: string): void {
    if (text.trim() === '') {
      this.composerError.set(this.i18n.translate('composer.error.empty'));
      return;
    }
    if (text.length > BODY_MAX) {
      this.composerError.set(
        this.i18n.translate('composer.error.tooLong', { max: BODY_MAX }),
      );
      return;
    }
    this.composerError.set(null);
    this.sending.set(true);
    this.run(
      this.store.reply({ body: text, quotePostId: this.store.quoting()?.id }),
      {
        next: (created) => {
          this.sending.set(false);
          this.composer()?.reset();
          this.store.quote(null);
          this.announcer.announce('threads.reply.posted');
          this.focus(postElementId(created.id), 'nearest');
        },
        error: (error) => {
          this.sending.set(false);
          this.composerError.set(composerFailure(error, this.i18n));
        },
      },
    );
  }

  /**
   * Loads the new replies into the tree where they belong, marked "New". The reader stays where
   * they are: the content they are reading keeps its place on the screen, and when the button
   * had focus, focus stays at its place (the note that replaces it).
   */
  protected showNewReplies(): void {
    if (this.showingNew()) {
      return;
    }
    const bar = this.newRepliesBar()?.nativeElement;
    const hadFocus = bar?.contains(this.document.activeElement) ?? false;
    this.showingNew.set(true);
    this.run(this.store.showNew(), {
      next: (added) => {
        this.showingNew.set(false);
        const anchor = this.readingAnchor();
        const top = anchor?.getBoundingClientRect().top ?? 0;
        this.shownNote.set(added.length);
        afterNextRender(
          () => {
            // Browsers with scroll anchoring have kept the place already; the others have not.
            const moved = (anchor?.getBoundingClientRect().top ?? top) - top;
            if (anchor?.isConnected && Math.abs(moved) >= 1) {
              this.document.defaultView?.scrollBy(0, moved);
            }
            if (hadFocus) {
              this.newRepliesBar()?.nativeElement.focus({ preventScroll: true });
            }
          },
          { injector: this.injector },
        );
        clearTimeout(this.shownNoteTimer);
        this.shownNoteTimer = setTimeout(() => this.hideShownNote(), 8_000);
      },
      error: () => this.showingNew.set(false),
    });
  }

  /** The note goes after a while, or when focus leaves it for another control. */
  protected hideShownNote(event?: FocusEvent): void {
    const bar = this.newRepliesBar()?.nativeElement;
    const next = event ? event.relatedTarget : this.document.activeElement;
    if (event && next === null) {
      return; // focus went nowhere (a click on text, the button leaving): the note stays
    }
    if (!(next instanceof Node && bar?.contains(next))) {
      this.shownNote.set(null);
    }
  }

  /** The viewer types a reply: the others see "… is replying" (at most every few seconds). */
  protected typed(): void {
    this.store.typing();
  }

  protected removeQuote(): void {
    this.store.quote(null);
    this.composer()?.focus();
  }

  protected toggleBookmark(): void {
    this.busy.set(true);
    this.run(this.store.toggleThreadBookmark(), {
      next: (on) => {
        this.busy.set(false);
        this.actionError.set(null);
        this.announcer.announce(
          on ? 'threads.bookmark.threadAdded' : 'threads.bookmark.removed',
        );
      },
      error: (error) => this.failed(error),
    });
  }

  protected togglePinned(): void {
    const pinned = !this.thread()?.pinned;
    this.busy.set(true);
    this.run(this.store.moderate({ pinned }), {
      next: () => {
        this.busy.set(false);
        this.actionError.set(null);
        this.announcer.announce(
          pinned ? 'threads.moderation.pinned' : 'threads.moderation.unpinned',
        );
      },
      error: (error) => this.failed(error),
    });
  }

  protected toggleLocked(): void {
    const locked = !this.thread()?.locked;
    this.busy.set(true);
    this.run(this.store.moderate({ locked }), {
      next: () => {
        this.busy.set(false);
        this.actionError.set(null);
        this.announcer.announce(
          locked ? 'threads.moderation.locked' : 'threads.moderation.unlocked',
        );
      },
      error: (error) => this.failed(error),
    });
  }

  protected flagThread(): void {
    const thread = this.thread();
    if (!thread) {
      return;
    }
    flagDialog(this.dialog, {
      targetType: 'thread',
      targetId: thread.id,
      name: this.i18n.translate('threads.flag.threadName', { title: thread.title }),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((flag) => {
        if (flag) {
          this.announcer.announce('threads.flag.done');
        }
      });
  }

  /** Moves the thread to another community the moderator moderates. */
  protected move(): void {
    const thread = this.thread();
    if (!thread) {
      return;
    }
    this.dialog
      .open<MoveThreadDialog, MoveThreadDialogData, ThreadDetail>(MoveThreadDialog, {
        data: { thread, run: (community, reason) => this.store.move(community, reason) },
        width: '34rem',
        maxWidth: 'calc(100vw - 2rem)',
        ariaDescribedBy: 'move-thread-message',
      })
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((moved) => {
        if (moved) {
          this.actionError.set(null);
          this.announcer.announce('threads.move.done', { community: moved.community.name });
        }
        this.focus('thread-moderate', 'nearest');
      });
  }

  /** Slow mode on the thread: the least time between one person's posts. */
  protected slowMode(): void {
    const thread = this.thread();
    if (!thread) {
      return;
    }
    slowModeDialog(this.dialog, {
      message: this.i18n.translate('threads.slowMode.message', { title: thread.title }),
      current: thread.slowModeSeconds,
      run: (seconds) => this.store.setSlowMode(seconds),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((seconds) => {
        if (seconds !== undefined) {
          this.announcer.announce(seconds === 0 ? 'threads.slowMode.turnedOff' : 'threads.slowMode.set');
        }
        this.focus('thread-moderate', 'nearest');
      });
  }

  /** Appends the next page of replies; focus goes to the first new one. */
  protected loadMore(): void {
    this.run(this.store.loadMore(), {
      next: (added) => {
        if (added.length > 0) {
          this.focus(postElementId(added[0].id), 'nearest');
        }
      },
      error: () => undefined,
    });
  }

  /** The first post whose top is on the screen: what the reader is looking at. */
  private readingAnchor(): HTMLElement | null {
    const posts = this.document.querySelectorAll<HTMLElement>('sce-thread-page article.post');
    for (const post of Array.from(posts)) {
      if (post.getBoundingClientRect().top >= 0) {
        return post;
      }
    }
    return null;
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    this.actionError.set(failureKey(error));
  }

  private run<T>(
    action: Observable<T>,
    handlers: { next: (value: T) => void; error: (error: unknown) => void },
  ): void {
    action.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(handlers);
  }

  private focus(id: string, block: ScrollLogicalPosition): void {
    afterNextRender(
      () => {
        const target = this.document.getElementById(id);
        target?.focus({ preventScroll: true });
        target?.scrollIntoView?.({ block });
      },
      { injector: this.injector },
    );
  }
}
