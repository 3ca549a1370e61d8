import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { CalendarTokenCreated } from '@sce/shared-contracts';
import { EventsApi } from '@sce/web-events-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
} from '@sce/web-shared-data-access';
import { PageHeader, confirmDialog } from '@sce/web-shared-ui';
import { filter, of, switchMap, type Observable } from 'rxjs';

type Status =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'loaded'; active: boolean; createdAt: string | null };

/**
 * `/settings/calendar`: the personal calendar feed — the events one answered, in any calendar
 * app that subscribes to its secret address. The address is shown once, when it is made (with a
 * copy button); making a new one stops the old, and the feed can be turned off. Both ask first.
 */
@Component({
  selector: 'sce-calendar-feed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, MatButton, PageHeader],
  templateUrl: './calendar-feed.html',
  styleUrl: './calendar-feed.scss',
})
export class CalendarFeed {
  private readonly api = inject(EventsApi);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly urlPanel = viewChild<ElementRef<HTMLElement>>('urlPanel');
  private readonly urlInput = viewChild<ElementRef<HTMLInputElement>>('urlInput');
  private readonly statusLine = viewChild<ElementRef<HTMLElement>>('statusLine');

  protected readonly status = signal<Status>({ kind: 'loading' });
  /** The address just made: shown until the page is left. */
  protected readonly created = signal<CalendarTokenCreated | null>(null);
  protected readonly copied = signal<'no' | 'yes' | 'failed'>('no');
  protected readonly pending = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set({ kind: 'loading' });
    this.api
      .calendarToken()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (token) =>
          this.status.set({ kind: 'loaded', ...token }),
        error: () => this.status.set({ kind: 'failed' }),
      });
  }

  protected formatDate(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  /** Makes the first address, or (after asking) a new one in place of the old. */
  protected create(replace: boolean): void {
    if (this.pending()) {
      return;
    }
    const ask: Observable<boolean> = replace
      ? confirmDialog(this.dialog, {
          title: this.i18n.translate('events.feed.replace.title'),
          message: this.i18n.translate('events.feed.replace.body'),
          confirm: this.i18n.translate('events.feed.replace.confirm'),
          cancel: this.i18n.translate('events.feed.keep'),
          danger: true,
        })
      : of(true);
    ask
      .pipe(
        filter((yes) => yes),
        switchMap(() => {
          this.pending.set(true);
          this.problem.set(null);
          return this.api.createCalendarToken();
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (token) => {
          this.pending.set(false);
          this.copied.set('no');
          this.created.set(token);
          this.status.set({
            kind: 'loaded',
            active: true,
            createdAt: token.createdAt,
          });
          afterNextRender(() => this.urlPanel()?.nativeElement.focus(), {
            injector: this.injector,
          });
        },
        error: () => {
          this.pending.set(false);
          this.problem.set(this.i18n.translate('events.feed.failed'));
        },
      });
  }

  protected revoke(): void {
    if (this.pending()) {
      return;
    }
    confirmDialog(this.dialog, {
      title: this.i18n.translate('events.feed.revoke.title'),
      message: this.i18n.translate('events.feed.revoke.body'),
      confirm: this.i18n.translate('events.feed.revoke.confirm'),
      cancel: this.i18n.translate('events.feed.keep'),
      danger: true,
    })
      .pipe(
        filter((yes) => yes),
        switchMap(() => {
          this.pending.set(true);
          this.problem.set(null);
          return this.api.revokeCalendarToken();
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.created.set(null);
          this.status.set({ kind: 'loaded', active: false, createdAt: null });
          this.announcer.announce('events.feed.revoked');
          afterNextRender(() => this.statusLine()?.nativeElement.focus(), {
            injector: this.injector,
          });
        },
        error: () => {
          this.pending.set(false);
          this.problem.set(this.i18n.translate('events.feed.failed'));
        },
      });
  }

  protected copy(url: string): void {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard) {
      this.copyFailed();
      return;
    }
    void clipboard.writeText(url).then(
      () => {
        this.copied.set('yes');
        this.announcer.announce('events.feed.copied');
      },
      () => this.copyFailed(),
    );
  }

  /** Selects the address, so that copying it by hand is one keystroke away. */
  private copyFailed(): void {
    this.copied.set('failed');
    this.urlInput()?.nativeElement.select();
    this.announcer.announce('events.feed.copyFailed');
  }
}
