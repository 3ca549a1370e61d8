import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  Attendee,
  EventDetail,
  RealtimeEvent,
  RsvpAnswer,
  RsvpCounts,
  RsvpResult,
  UpdateEventRequest,
} from '@sce/shared-contracts';
import { isApiError } from '@sce/web-shared-data-access';
import {
  RealtimeClient,
  type RoomMessage,
} from '@sce/web-threads-data-access';
import {
  catchError,
  defer,
  finalize,
  map,
  of,
  shareReplay,
  tap,
  type Observable,
  type Subscription,
} from 'rxjs';
import { EventsApi } from './events.api';

export type EventPageStatus =
  | 'idle'
  | 'loading'
  | 'loaded'
  | 'not-found'
  | 'error';

export type AttendeesState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; attendees: readonly Attendee[] }
  | { status: 'error' };

/**
 * What changed while the page was open, by someone else (for a polite announcement): the answers
 * (counts, places, the viewer's waitlist place), the viewer's move from the waitlist to a seat, or
 * the event itself (time, place, cancelled …).
 * `seq` grows with every change, so the same kind twice is announced twice.
 */
export interface EventLiveChange {
  seq: number;
  /** `promoted`: a place came free and the viewer, who waited, is going now. */
  kind: 'answers' | 'event' | 'promoted';
}

interface EventPageState {
  id: string | null;
  event: EventDetail | null;
  status: EventPageStatus;
  /** The answer being saved. */
  answering: RsvpAnswer | null;
  attendees: AttendeesState;
  liveChange: EventLiveChange | null;
  /** The server stopped live updates (the viewer may no longer read the community). */
  liveRefused: boolean;
}

const initialState: EventPageState = {
  id: null,
  event: null,
  status: 'idle',
  answering: null,
  attendees: { status: 'idle' },
  liveChange: null,
  liveRefused: false,
};

/** Several changes in a row (a burst of answers) are fetched once, after this pause. */
export const EVENT_REFRESH_DELAY_MS = 300;

const sameCounts = (a: RsvpCounts, b: RsvpCounts): boolean =>
  a.going === b.going && a.maybe === b.maybe && a.waitlisted === b.waitlisted;

/** Places left once `going` people come; null without a limit. */
export const seatsLeftOf = (
  capacity: number | null,
  going: number,
): number | null => (capacity === null ? null : Math.max(0, capacity - going));

/**
 * One event's page (and its edit form): the event, the viewer's answer, cancelling and the
 * attendee list of organisers. Actions return an Observable the page subscribes to; their
 * answers are patched into the state. Provide it at the `:id` route; the title resolver starts
 * `load(id)`.
 *
 * While the event page is open it follows the community's room (`startLive`, `stopLive`):
 * `event.changed` of this event puts its new counts (and so the places left) in place at once;
 * when the viewer waits on the waitlist, or the event itself changed (the counts did not), the
 * event is fetched again quietly, since events name what changed and REST says what it is now.
 */
@Injectable()
export class EventPageStore {
  private readonly api = inject(EventsApi);
  private readonly realtime = inject(RealtimeClient);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<EventPageState>(initialState);
  private current: Observable<EventDetail | null> | null = null;
  private request: Subscription | undefined;
  private live: { communityId: string; subscription: Subscription } | null =
    null;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private refreshRequest: Subscription | undefined;
  private liveSeq = 0;

  readonly event = computed(() => this.state().event);
  readonly status = computed(() => this.state().status);
  readonly answering = computed(() => this.state().answering);
  readonly attendees = computed(() => this.state().attendees);
  /** The latest change someone else made while the page was open. */
  readonly liveChange = computed(() => this.state().liveChange);
  readonly liveRefused = computed(() => this.state().liveRefused);

  constructor() {
    this.destroyRef.onDestroy(() => this.stopLive());
  }

  /**
   * Loads the event afresh (the store outlives a page). Asking again while that id loads shares
   * the request. Emits the event, or null when it is unknown or failed.
   */
  load(id: string): Observable<EventDetail | null> {
    const { id: loadedId, status } = this.state();
    if (this.current && loadedId === id && status === 'loading') {
      return this.current;
    }
    this.request?.unsubscribe();
    this.cancelRefresh();
    this.state.set({ ...initialState, id, status: 'loading' });
    const current = this.api.get(id).pipe(
      map((event): EventDetail | null => {
        this.patch({ event, status: 'loaded' });
        return event;
      }),
      catchError((error: unknown) => {
        // 400: not an event id at all.
        const unknown = isApiError(error, 404) || isApiError(error, 400);
        this.patch({ status: unknown ? 'not-found' : 'error' });
        return of(null);
      }),
      finalize(() => {
        if (this.current === current) {
          this.current = null;
        }
      }),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    this.current = current;
    this.request = current
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe();
    return current;
  }

  retry(): void {
    const id = this.state().id;
    if (id !== null) {
      this.load(id);
    }
  }

  /** Answers for the viewer; the result (waitlist, counts, seats) is patched into the event. */
  rsvp(answer: RsvpAnswer): Observable<RsvpResult> {
    const event = this.requireEvent();
    return defer(() => {
      this.patch({ answering: answer });
      return this.api.rsvp(event.id, answer);
    }).pipe(
      tap((result) => {
        const current = this.state().event;
        if (current?.id !== event.id) {
          return;
        }
        this.patch({
          event: {
            ...current,
            counts: result.counts,
            seatsLeft: result.seatsLeft,
            myRsvp: result.status,
            viewer: {
              ...current.viewer,
              rsvp: result.status,
              waitlistPosition: result.waitlistPosition,
            },
          },
          // Who comes has changed: the list is fetched again when next shown.
          attendees:
            this.state().attendees.status === 'loaded'
              ? { status: 'idle' }
              : this.state().attendees,
        });
      }),
      finalize(() => this.patch({ answering: null })),
    );
  }

  cancel(reason: string): Observable<EventDetail> {
    const event = this.requireEvent();
    return this.api
      .cancel(event.id, reason.trim() || undefined)
      .pipe(tap((changed) => this.patch({ event: changed })));
  }

  update(patch: UpdateEventRequest): Observable<EventDetail> {
    const event = this.requireEvent();
    return this.api
      .update(event.id, patch)
      .pipe(tap((changed) => this.patch({ event: changed })));
  }

  /** Fetches who answered (organisers and moderators), once per visit unless asked again. */
  loadAttendees(force = false): void {
    const event = this.state().event;
    const status = this.state().attendees.status;
    if (
      event === null ||
      !event.viewer.canSeeAttendees ||
      status === 'loading' ||
      (status === 'loaded' && !force)
    ) {
      return;
    }
    this.patch({ attendees: { status: 'loading' } });
    this.api
      .attendees(event.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (attendees) =>
          this.patch({ attendees: { status: 'loaded', attendees } }),
        error: () => this.patch({ attendees: { status: 'error' } }),
      });
  }

  /**
   * Follows the loaded event's community room for live answers and changes (a no-op while it
   * does). Only the event page follows: a form must not change under the person filling it in.
   */
  startLive(): void {
    const communityId = this.state().event?.community.id;
    if (communityId === undefined || this.live?.communityId === communityId) {
      return;
    }
    this.stopLive();
    this.live = {
      communityId,
      subscription: this.realtime
        .room({ type: 'community', id: communityId })
        .subscribe((message) => this.onLive(message)),
    };
  }

  stopLive(): void {
    this.live?.subscription.unsubscribe();
    this.live = null;
    this.cancelRefresh();
  }

  private onLive(message: RoomMessage): void {
    switch (message.kind) {
      case 'event':
        this.onEvent(message.event);
        return;
      case 'reload':
        // Too much was missed to tell: the event is fetched again.
        this.refreshSoon();
        return;
      case 'refused':
        this.live = null;
        this.patch({ liveRefused: true });
        return;
      case 'typing':
      case 'viewers':
        return;
    }
  }

  private onEvent(event: RealtimeEvent): void {
    const current = this.state().event;
    if (
      event.type !== 'event.changed' ||
      current === null ||
      event.data.eventId !== current.id
    ) {
      return;
    }
    const { counts } = event.data;
    // Newer servers say what changed; without that, unchanged counts mean the event itself did
    // (or this is the echo of the viewer's own answer).
    const change = (event.data as Readonly<Record<string, unknown>>)['change'];
    const countsChanged = !sameCounts(counts, current.counts);
    const answersOnly =
      change === undefined ? countsChanged : change === 'answers';
    if (countsChanged) {
      // While the viewer's own answer is on its way, its result says what changed.
      const own = this.state().answering !== null;
      this.patch({
        event: {
          ...current,
          counts,
          seatsLeft: seatsLeftOf(current.capacity, counts.going),
        },
        ...(own || !answersOnly
          ? {}
          : { liveChange: { seq: ++this.liveSeq, kind: 'answers' } }),
        // Who comes has changed: the list is fetched again when next shown.
        attendees:
          this.state().attendees.status === 'loaded'
            ? { status: 'idle' }
            : this.state().attendees,
      });
    }
    if (!answersOnly || (countsChanged && current.viewer.rsvp === 'waitlisted')) {
      // The event itself changed (time, place, cancelled, organisers), or the viewer's place in
      // line (or their seat) moved: what it is now comes from REST.
      this.refreshSoon();
    }
  }

  /** Fetches the event again after a short pause, without hiding what is shown. */
  private refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), EVENT_REFRESH_DELAY_MS);
  }

  private refresh(): void {
    const before = this.state().event;
    if (before === null) {
      return;
    }
    this.refreshRequest?.unsubscribe();
    this.refreshRequest = this.api
      .get(before.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          const shown = this.state().event;
          if (shown?.id !== event.id || this.state().answering !== null) {
            return; // another event now, or the viewer's own answer is on its way
          }
          const changed =
            event.updatedAt !== shown.updatedAt ||
            event.status !== shown.status;
          const answers =
            !sameCounts(event.counts, shown.counts) ||
            event.viewer.rsvp !== shown.viewer.rsvp ||
            event.viewer.waitlistPosition !== shown.viewer.waitlistPosition;
          const promoted =
            shown.viewer.rsvp === 'waitlisted' && event.viewer.rsvp === 'going';
          const kind: EventLiveChange['kind'] | null = changed
            ? 'event'
            : promoted
              ? 'promoted'
              : answers
                ? 'answers'
                : null;
          this.patch({
            event,
            ...(kind === null
              ? {}
              : { liveChange: { seq: ++this.liveSeq, kind } }),
          });
        },
        // Not readable any more, or offline: what is shown stays until the next change.
        error: () => undefined,
      });
  }

  private cancelRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    this.refreshRequest?.unsubscribe();
  }

  private requireEvent(): EventDetail {
    const event = this.state().event;
    if (event === null) {
      throw new Error('no event loaded');
    }
    return event;
  }

  private patch(changes: Partial<EventPageState>): void {
    this.state.update((state) => ({ ...state, ...changes }));
  }
}
