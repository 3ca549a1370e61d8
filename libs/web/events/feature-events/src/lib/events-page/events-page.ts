import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  EventsCalendarStore,
  ViewerTimeZone,
  addMonths,
  eventsByDay,
  formatDay,
  formatMonth,
  gridRange,
  groupByStartDay,
  monthGridOf,
  monthOf,
  parseMonth,
  todayIn,
  type MonthKey,
} from '@sce/web-events-data-access';
import { Announcer, TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { EventItem } from '../event-item/event-item';
import { MonthCalendar } from '../month-calendar/month-calendar';

type View = 'calendar' | 'list';

/**
 * `/events` (`?month=YYYY-MM`, `?view=list`, `?mine=true`): the events of every community the
 * viewer may read, as a month calendar (previous / next month, today) or a list of upcoming
 * events grouped by day, optionally only the signed-in person's own (answered or organised).
 * Times are in the viewer's zone (their profile's, or the browser's for visitors).
 */
@Component({
  selector: 'sce-events-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    MatButton,
    PageHeader,
    EmptyState,
    MonthCalendar,
    EventItem,
  ],
  templateUrl: './events-page.html',
  styleUrl: './events-page.scss',
})
export class EventsPage {
  /** `?month=2027-01`: the month shown; the current one by default. */
  readonly month = input<string>();
  /** `?view=list`: the list of upcoming events instead of the calendar. */
  readonly view = input<string>();
  /** `?mine=true`: only the signed-in person's events. */
  readonly mine = input<string>();

  protected readonly store = inject(EventsCalendarStore);
  protected readonly session = inject(SessionStore);
  private readonly viewer = inject(ViewerTimeZone);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);

  protected readonly zone = this.viewer.zone;
  protected readonly locale = this.viewer.locale;
  protected readonly today = computed(() => todayIn(this.zone()));
  protected readonly shownMonth = computed<MonthKey>(
    () => parseMonth(this.month()) ?? monthOf(this.today()),
  );
  protected readonly currentView = computed<View>(() =>
    this.view() === 'list' ? 'list' : 'calendar',
  );
  protected readonly onlyMine = computed(
    () => this.mine() === 'true' && this.session.signedIn(),
  );
  protected readonly grid = computed(() => monthGridOf(this.shownMonth()));
  protected readonly caption = computed(() =>
    formatMonth(this.shownMonth(), this.locale()),
  );
  /** The focused day: kept when the month changes to its own, else today or the 1st. */
  protected readonly activeDate = linkedSignal<MonthKey, string>({
    source: this.shownMonth,
    computation: (month, previous) => {
      if (previous && monthOf(previous.value) === month) {
        return previous.value;
      }
      const today = untracked(this.today);
      return monthOf(today) === month ? today : `${month}-01`;
    },
  });
  protected readonly days = computed(() =>
    eventsByDay(this.store.events(), this.zone()),
  );
  /** How many events the month shown has (not counting the days around it). */
  protected readonly monthCount = computed(() => {
    const month = this.shownMonth();
    const ids = new Set<string>();
    for (const [day, items] of this.days()) {
      if (monthOf(day) === month) {
        items.forEach((item) => ids.add(item.event.id));
      }
    }
    return ids.size;
  });
  protected readonly groups = computed(() =>
    groupByStartDay(this.store.upcoming.items(), this.zone()).map((group) => ({
      ...group,
      label: formatDay(group.day, this.locale()),
    })),
  );

  constructor() {
    effect(() => {
      // Wait for the session: it decides "your" zone and whether "mine" applies.
      if (this.session.status() === 'unknown') {
        return;
      }
      const mine = this.onlyMine();
      if (this.currentView() === 'calendar') {
        const range = { ...gridRange(this.grid(), this.zone()), mine };
        untracked(() => this.store.loadMonth(range));
      } else {
        untracked(() => {
          const list = this.store.upcoming;
          if (list.status() === 'idle' || list.query()?.mine !== mine) {
            list.load({ mine });
          }
        });
      }
    });
  }

  protected showView(view: View): void {
    this.setQuery({ view: view === 'list' ? 'list' : null });
  }

  protected toggleMine(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.setQuery({ mine: checked ? 'true' : null });
  }

  protected step(months: number): void {
    const month = addMonths(this.shownMonth(), months);
    this.showMonth(month);
    this.announcer.announce('events.calendar.shown', {
      month: formatMonth(month, this.locale()),
    });
  }

  protected goToday(): void {
    const today = this.today();
    this.activeDate.set(today);
    this.showMonth(monthOf(today));
    this.announcer.announce('events.calendar.shown', {
      month: formatMonth(monthOf(today), this.locale()),
    });
  }

  /** A day chosen in the calendar; its month is shown when it is another. */
  protected activate(date: string): void {
    this.activeDate.set(date);
    if (monthOf(date) !== this.shownMonth()) {
      this.showMonth(monthOf(date));
    }
  }

  private showMonth(month: MonthKey): void {
    this.setQuery({
      month: month === monthOf(this.today()) ? null : month,
    });
  }

  private setQuery(params: Record<string, string | null>): void {
    void this.router.navigate([], {
      queryParams: params,
      queryParamsHandling: 'merge',
    });
  }
}
