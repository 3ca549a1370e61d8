import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { RealtimeEventPayloads, Warning } from '@sce/shared-contracts';
import {
  RealtimeClient,
  type RoomMessage,
} from '@sce/web-threads-data-access';
import { tap, type Observable, type Subscription } from 'rxjs';
import { ModerationApi } from './moderation.api';

type NoticePayload = RealtimeEventPayloads['moderation.notice'];

/** A moderator's decision about one of the person's posts, told live. */
export interface PostNotice {
  /** The event's id: each notice once. */
  id: number;
  kind: Exclude<NoticePayload['kind'], 'warning'>;
  threadId: string | null;
  postId: string | null;
  reason: string | null;
}

/**
 * What the moderators told the signed-in person: warnings still to acknowledge (asked for when
 * someone signs in, and again when a warning arrives live) and, while the app is open, their
 * decisions about the person's posts (hidden, restored, approved, rejected) until dismissed.
 * Provide it where the notices are shown; `start(userId)` follows the person's own room.
 */
@Injectable()
export class ModerationNoticesStore {
  private readonly api = inject(ModerationApi);
  private readonly realtime = inject(RealtimeClient);
  private readonly pending = signal<readonly Warning[]>([]);
  private readonly told = signal<readonly PostNotice[]>([]);
  private userId: string | null = null;
  private live: Subscription | null = null;
  private request: Subscription | null = null;

  /** Warnings not acknowledged yet, newest first. */
  readonly warnings = this.pending.asReadonly();
  readonly notices = this.told.asReadonly();
  readonly empty = computed(
    () => this.pending().length === 0 && this.told().length === 0,
  );

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** For this person: their open warnings, and live notices from now on. */
  start(userId: string): void {
    if (this.userId === userId) {
      return;
    }
    this.stop();
    this.userId = userId;
    this.loadWarnings();
    this.live = this.realtime
      .room({ type: 'user', id: userId })
      .subscribe((message) => this.onLive(message));
  }

  /** Signed out: nothing is shown or followed. */
  stop(): void {
    this.live?.unsubscribe();
    this.request?.unsubscribe();
    this.live = null;
    this.request = null;
    this.userId = null;
    this.pending.set([]);
    this.told.set([]);
  }

  /** Acknowledges a warning; it goes from the list. */
  acknowledge(warning: Warning): Observable<Warning> {
    return this.api.acknowledge(warning.id).pipe(
      tap(() =>
        this.pending.update((warnings) =>
          warnings.filter((w) => w.id !== warning.id),
        ),
      ),
    );
  }

  dismiss(noticeId: number): void {
    this.told.update((notices) => notices.filter((n) => n.id !== noticeId));
  }

  private loadWarnings(): void {
    this.request?.unsubscribe();
    this.request = this.api.warnings().subscribe({
      next: (warnings) =>
        this.pending.set(warnings.filter((w) => w.acknowledgedAt === null)),
      // Not shown now; asked again at the next sign-in or warning.
      error: () => undefined,
    });
  }

  private onLive(message: RoomMessage): void {
    if (message.kind === 'reload') {
      this.loadWarnings();
      return;
    }
    if (message.kind !== 'event' || message.event.type !== 'moderation.notice') {
      return;
    }
    const { id, data } = message.event;
    if (data.kind === 'warning') {
      this.loadWarnings();
      return;
    }
    const notice: PostNotice = {
      id,
      kind: data.kind,
      threadId: data.threadId,
      postId: data.postId,
      reason: data.reason,
    };
    this.told.update((notices) =>
      notices.some((n) => n.id === id) ? notices : [notice, ...notices].slice(0, 5),
    );
  }
}
