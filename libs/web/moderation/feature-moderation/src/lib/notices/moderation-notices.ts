import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { Warning } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  ModerationNoticesStore,
  type PostNotice,
} from '@sce/web-moderation-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { formatDateTime } from '../date-time';
import { moderationFailureKey } from '../failure';

const noticeKeys: Readonly<Record<PostNotice['kind'], TranslationKey>> = {
  'post-hidden': 'moderation.notice.post-hidden',
  'post-restored': 'moderation.notice.post-restored',
  'post-approved': 'moderation.notice.post-approved',
  'post-rejected': 'moderation.notice.post-rejected',
};

/**
 * Shown at the top of every page for the signed-in person: warnings from the moderators, each
 * to acknowledge with a button, and — while the app is open — what the moderators decided about
 * their posts (hidden, restored, approved, rejected), with the reason and a link to the post.
 * New ones are announced politely; focus never moves unless a warning the focus was on goes.
 */
@Component({
  selector: 'sce-moderation-notices',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton],
  providers: [ModerationNoticesStore],
  templateUrl: './moderation-notices.html',
  styleUrl: './moderation-notices.scss',
})
export class ModerationNotices {
  protected readonly store = inject(ModerationNoticesStore);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly noticeKeys = noticeKeys;
  protected readonly busyId = signal<string | null>(null);
  protected readonly failure = signal<{ id: string; key: TranslationKey } | null>(null);

  constructor() {
    effect(() => {
      const userId = this.session.user()?.id ?? null;
      untracked(() => (userId ? this.store.start(userId) : this.store.stop()));
    });
    let warnings = 0;
    effect(() => {
      const count = this.store.warnings().length;
      untracked(() => {
        if (count > warnings) {
          this.announcer.announce('moderation.warning.announce', { count });
        }
        warnings = count;
      });
    });
    let latest = 0;
    effect(() => {
      const notice = this.store.notices()[0];
      untracked(() => {
        if (notice && notice.id > latest) {
          this.announcer.announce(noticeKeys[notice.kind]);
        }
        latest = Math.max(latest, notice?.id ?? 0);
      });
    });
  }

  protected when(warning: Warning): string {
    return formatDateTime(this.i18n, warning.createdAt);
  }

  protected acknowledge(warning: Warning): void {
    const list = this.store.warnings();
    const index = list.findIndex((w) => w.id === warning.id);
    const hadFocus =
      this.document.getElementById(`warning-${warning.id}`)?.contains(this.document.activeElement) ??
      false;
    this.busyId.set(warning.id);
    this.store
      .acknowledge(warning)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busyId.set(null);
          this.failure.set(null);
          this.announcer.announce('moderation.warning.acknowledged');
          if (hadFocus) {
            this.focusAfter(index);
          }
        },
        error: (error: unknown) => {
          this.busyId.set(null);
          this.failure.set({ id: warning.id, key: moderationFailureKey(error) });
        },
      });
  }

  protected dismiss(notice: PostNotice): void {
    this.store.dismiss(notice.id);
    this.focusMain();
  }

  /** After a warning went: the next one's button, or the page. */
  private focusAfter(index: number): void {
    afterNextRender(
      () => {
        const next = this.store.warnings()[Math.min(index, this.store.warnings().length - 1)];
        if (next) {
          this.document.getElementById(`warning-${next.id}-ack`)?.focus();
        } else {
          this.focusMain();
        }
      },
      { injector: this.injector },
    );
  }

  private focusMain(): void {
    afterNextRender(
      () => this.document.getElementById('main')?.focus({ preventScroll: true }),
      { injector: this.injector },
    );
  }
}
