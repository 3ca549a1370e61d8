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
  RsvpAnswer,
  RsvpResult,
  UpdateEventRequest,
} from '@sce/shared-contracts';
import { isApiError } from '@sce/web-shared-data-access';
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

interface EventPageState {
  id: string | null;
  event: EventDetail | null;
  status: EventPageStatus;
  /** The answer being saved. */
  answering: RsvpAnswer | null;
  attendees: AttendeesState;
}

const initialState: EventPageState = {
  id: null,
  event: null,
  status: 'idle',
  answering: null,
  attendees: { status: 'idle' },
};

/**
 * One event's page (and its edit form): the event, the viewer's answer, cancelling and the
 * attendee list of organisers. Actions return an Observable the page subscribes to; their
 * answers are patched into the state. Provide it at the `:id` route; the title resolver starts
 * `load(id)`.
 */
@Injectable()
export class EventPageStore {
  private readonly api = inject(EventsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<EventPageState>(initialState);
  private current: Observable<EventDetail | null> | null = null;
  private request: Subscription | undefined;

  readonly event = computed(() => this.state().event);
  readonly status = computed(() => this.state().status);
  readonly answering = computed(() => this.state().answering);
  readonly attendees = computed(() => this.state().attendees);

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
