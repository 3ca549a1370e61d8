import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { EventSummary } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import {
  EMPTY,
  expand,
  reduce,
  take,
  type Observable,
  type Subscription,
} from 'rxjs';
import { EventsApi } from './events.api';

/** A month of the calendar: the instants it covers and whether only "my" events are wanted. */
export interface CalendarRange {
  from: string;
  to: string;
  mine: boolean;
}

export type CalendarStatus = 'idle' | 'loading' | 'loaded' | 'error';

/** `GET /api/events` pages of 100; a month with more than this many pages shows the first ones. */
const MONTH_PAGE_SIZE = 100;
const MAX_MONTH_PAGES = 10;

interface MonthState {
  range: CalendarRange | null;
  events: readonly EventSummary[];
  status: CalendarStatus;
}

/**
 * The events page: every event of the month shown (all pages of `GET /api/events?from&to`),
 * and the list of upcoming events (keyset pages with "show more"). Provide it at the route.
 */
@Injectable()
export class EventsCalendarStore {
  private readonly api = inject(EventsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly month = signal<MonthState>({
    range: null,
    events: [],
    status: 'idle',
  });
  private request: Subscription | undefined;

  readonly range = computed(() => this.month().range);
  readonly events = computed(() => this.month().events);
  readonly status = computed(() => this.month().status);

  /** Upcoming events, soonest first; the query is whether only "my" events are wanted. */
  readonly upcoming = new KeysetList<EventSummary, { mine: boolean }>(
    (query, cursor) => this.api.list({ mine: query.mine, cursor }),
  );

  /** Loads the events of a month; does nothing when that range is loaded or loading. */
  loadMonth(range: CalendarRange, force = false): void {
    const current = this.month();
    if (
      !force &&
      current.range !== null &&
      current.status !== 'error' &&
      current.range.from === range.from &&
      current.range.to === range.to &&
      current.range.mine === range.mine
    ) {
      return;
    }
    this.request?.unsubscribe();
    this.month.set({ range, events: [], status: 'loading' });
    this.request = this.allPages(range)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (events) =>
          this.month.set({ range, events, status: 'loaded' }),
        error: () => this.month.set({ range, events: [], status: 'error' }),
      });
  }

  reloadMonth(): void {
    const range = this.month().range;
    if (range !== null) {
      this.loadMonth(range, true);
    }
  }

  private allPages(range: CalendarRange): Observable<EventSummary[]> {
    const page = (cursor: string | null) =>
      this.api.list({ ...range, cursor, limit: MONTH_PAGE_SIZE });
    return page(null).pipe(
      expand((answer) =>
        answer.nextCursor ? page(answer.nextCursor) : EMPTY,
      ),
      take(MAX_MONTH_PAGES),
      reduce(
        (events, answer) => [...events, ...answer.items],
        [] as EventSummary[],
      ),
    );
  }
}
