import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { RealtimeStatus, TranslatePipe } from '@sce/web-shared-data-access';

/** A connection lost for less than this goes unmentioned (a server restart, a quick hand-over). */
export const OFFLINE_GRACE_MS = 1_500;
/** How long "Back online" stays. */
export const BACK_ONLINE_MS = 4_000;

type Notice = 'offline' | 'online';

/**
 * A small status at the bottom of the screen while the live connection is lost and the page
 * follows something live: "Offline — reconnecting…", then briefly "Back online". Nothing is
 * shown while all is well. The `role="status"` region is always there, so screen readers read
 * each change politely; it never takes focus.
 */
@Component({
  selector: 'sce-connection-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './connection-status.html',
  styleUrl: './connection-status.scss',
})
export class ConnectionStatus {
  private readonly status = inject(RealtimeStatus);
  protected readonly notice = signal<Notice | null>(null);
  private offlineTimer: ReturnType<typeof setTimeout> | undefined;
  private onlineTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    effect(() => {
      const following = this.status.following();
      const connection = this.status.connection();
      untracked(() => this.update(following, connection));
    });
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.offlineTimer);
      clearTimeout(this.onlineTimer);
    });
  }

  private update(following: boolean, connection: string): void {
    if (!following) {
      this.clearTimers();
      this.notice.set(null);
      return;
    }
    if (connection === 'offline') {
      clearTimeout(this.onlineTimer);
      if (this.notice() !== 'offline' && this.offlineTimer === undefined) {
        this.offlineTimer = setTimeout(() => {
          this.offlineTimer = undefined;
          this.notice.set('offline');
        }, OFFLINE_GRACE_MS);
      }
      return;
    }
    clearTimeout(this.offlineTimer);
    this.offlineTimer = undefined;
    if (connection === 'online' && this.notice() === 'offline') {
      this.notice.set('online');
      this.onlineTimer = setTimeout(() => this.notice.set(null), BACK_ONLINE_MS);
    }
  }

  private clearTimers(): void {
    clearTimeout(this.offlineTimer);
    clearTimeout(this.onlineTimer);
    this.offlineTimer = undefined;
  }
}
