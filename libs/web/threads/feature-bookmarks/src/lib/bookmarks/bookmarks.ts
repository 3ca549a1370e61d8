import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  afterRenderEffect,
  inject,
  signal,
  viewChildren,
  type ElementRef,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  BookmarksStore,
  type BookmarkItem,
} from '@sce/web-threads-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';

/**
 * `/bookmarks`: the threads and replies the signed-in person saved, newest first, each linking
 * to the thread (or straight to the reply), with a remove button and "show more". After a
 * removal the result is announced and focus goes to the next bookmark (or the heading).
 */
@Component({
  selector: 'sce-bookmarks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, PageHeader, EmptyState],
  templateUrl: './bookmarks.html',
  styleUrl: './bookmarks.scss',
})
export class Bookmarks {
  protected readonly store = inject(BookmarksStore);
  protected readonly list = this.store.list;
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly links = viewChildren<ElementRef<HTMLElement>>('link');
  private focusIndex: number | null = null;

  protected readonly removing = signal<string | null>(null);
  protected readonly failed = signal<TranslationKey | null>(null);

  constructor() {
    this.store.load();
    afterRenderEffect(() => {
      const links = this.links();
      if (this.focusIndex !== null && links.length > this.focusIndex) {
        links[this.focusIndex].nativeElement.focus();
        this.focusIndex = null;
      }
    });
  }

  protected formatDate(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected loadMore(): void {
    this.focusIndex = this.list.items().length;
    this.list.loadMore();
  }

  protected remove(bookmark: BookmarkItem): void {
    const index = this.list.items().indexOf(bookmark);
    this.removing.set(bookmark.id);
    this.failed.set(null);
    this.store
      .remove(bookmark)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.removing.set(null);
          this.announcer.announce('bookmarks.removed', {
            title: bookmark.threadTitle,
          });
          const next = this.list.items()[Math.min(index, this.list.items().length - 1)];
          afterNextRender(
            () =>
              (next
                ? this.document.getElementById(`bookmark-${next.id}-link`)
                : this.document.querySelector<HTMLElement>('main h1')
              )?.focus(),
            { injector: this.injector },
          );
        },
        error: () => {
          this.removing.set(null);
          this.failed.set('bookmarks.removeFailed');
        },
      });
  }
}
