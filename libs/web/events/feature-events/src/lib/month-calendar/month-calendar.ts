import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  addDays,
  addMonthsToDay,
  formatDay,
  wallClock,
  weekdayOf,
  type CalendarDay,
  type DayEvent,
  type MonthGrid,
} from '@sce/web-events-data-access';
import { TranslatePipe } from '@sce/web-shared-data-access';

/** The date a key moves to from `date`, or null for other keys. */
export function dateForKey(key: string, date: string): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, -weekdayOf(date));
    case 'End':
      return addDays(date, 6 - weekdayOf(date));
    case 'PageUp':
      return addMonthsToDay(date, -1);
    case 'PageDown':
      return addMonthsToDay(date, 1);
    default:
      return null;
  }
}

/**
 * A month as an ARIA grid on a real table: a caption (the month), a column header per weekday
 * (Monday first), a cell per day listing its events as links (times in the viewer's zone).
 * One day is in the tab order; the arrow keys move a day or a week, Home and End to the week's
 * ends, Page Up and Page Down a month (into the months around, which the parent then shows).
 * Enter opens the day's event, or moves into its list of events when it has several (arrow
 * keys move between them, Escape goes back to the day). On narrow screens the cells show dots
 * and the chosen day's events are listed under the table.
 */
@Component({
  selector: 'sce-month-calendar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  templateUrl: './month-calendar.html',
  styleUrl: './month-calendar.scss',
})
export class MonthCalendar {
  readonly grid = input.required<MonthGrid>();
  /** The events of each day shown. */
  readonly days = input.required<ReadonlyMap<string, readonly DayEvent[]>>();
  readonly today = input.required<string>();
  /** The day with focus (in the tab order). */
  readonly activeDate = input.required<string>();
  readonly caption = input.required<string>();
  readonly zone = input.required<string>();
  readonly locale = input.required<string>();
  /** Id of the text that explains the keys. */
  readonly describedBy = input<string | null>(null);
  /** A day was chosen (keys, click): the parent makes it the active date (and its month shown). */
  readonly activate = output<string>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** Focus follows the active date after the next render (a key moved it). */
  private focusPending = false;

  protected readonly weekdays = computed(() => {
    const long = new Intl.DateTimeFormat(this.locale(), {
      weekday: 'long',
      timeZone: 'UTC',
    });
    const short = new Intl.DateTimeFormat(this.locale(), {
      weekday: 'short',
      timeZone: 'UTC',
    });
    // 2024-01-01 was a Monday.
    return Array.from({ length: 7 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 0, 1 + i, 12));
      return { long: long.format(date), short: short.format(date) };
    });
  });
  protected readonly timeFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.locale(), {
        timeZone: this.zone(),
        hour: '2-digit',
        minute: '2-digit',
      }),
  );
  protected readonly activeEvents = computed(
    () => this.days().get(this.activeDate()) ?? [],
  );
  protected readonly activeDayLabel = computed(() =>
    formatDay(this.activeDate(), this.locale()),
  );

  constructor() {
    afterRenderEffect(() => {
      const date = this.activeDate();
      this.grid();
      if (this.focusPending) {
        const cell = this.cell(date);
        if (cell) {
          this.focusPending = false;
          cell.focus();
        }
      }
    });
  }

  protected eventsOf(day: CalendarDay): readonly DayEvent[] {
    return this.days().get(day.date) ?? [];
  }

  protected dayLabel(day: CalendarDay): string {
    return formatDay(day.date, this.locale());
  }

  protected startTime(item: DayEvent): string {
    return this.timeFormat().format(new Date(item.event.startsAt));
  }

  /** The wall-clock start in the viewer's zone, for `datetime`. */
  protected startIso(item: DayEvent): string {
    const { day, time } = wallClock(item.event.startsAt, this.zone());
    return `${day}T${time}`;
  }

  protected select(date: string, event: MouseEvent): void {
    // A click on an event's link follows it; elsewhere in the cell it chooses the day.
    if ((event.target as HTMLElement).closest('a')) {
      return;
    }
    this.activate.emit(date);
  }

  protected onCellKey(event: KeyboardEvent, day: CalendarDay): void {
    const target = event.target as HTMLElement;
    if (target.tagName === 'A') {
      this.onLinkKey(event, day, target as HTMLAnchorElement);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.openDay(day);
      return;
    }
    const next = dateForKey(event.key, day.date);
    if (next !== null && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      this.moveTo(next);
    }
  }

  /** From a link in a day: up and down through the day's links, Escape back to the day. */
  private onLinkKey(
    event: KeyboardEvent,
    day: CalendarDay,
    link: HTMLAnchorElement,
  ): void {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        this.stepLink(link, event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Escape':
        event.preventDefault();
        this.cell(day.date)?.focus();
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
        event.preventDefault();
        this.moveTo(dateForKey(event.key, day.date) ?? day.date);
        break;
      default:
        break;
    }
  }

  /** In the list under the table (narrow screens): the same keys as in a day. */
  protected onPanelKey(event: KeyboardEvent): void {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.cell(this.activeDate())?.focus();
    } else if (
      target.tagName === 'A' &&
      (event.key === 'ArrowDown' || event.key === 'ArrowUp')
    ) {
      event.preventDefault();
      this.stepLink(target as HTMLAnchorElement, event.key === 'ArrowDown' ? 1 : -1);
    }
  }

  private stepLink(link: HTMLAnchorElement, step: number): void {
    const links = Array.from(
      link.closest('ul')?.querySelectorAll<HTMLAnchorElement>('a') ?? [],
    );
    const index = links.indexOf(link);
    links[Math.min(Math.max(index + step, 0), links.length - 1)]?.focus();
  }

  /** Enter on a day: its only event opens; with several, focus moves to the first. */
  private openDay(day: CalendarDay): void {
    this.activate.emit(day.date);
    const links = this.dayLinks(day.date);
    if (links.length === 1) {
      links[0].click();
    } else {
      links[0]?.focus();
    }
  }

  /** The links of a day where they are shown: in its cell, or under the table on phones. */
  private dayLinks(date: string): HTMLAnchorElement[] {
    const panel = this.host.nativeElement.querySelector<HTMLElement>('.day-panel');
    const narrow =
      panel !== null &&
      this.host.nativeElement.ownerDocument.defaultView?.getComputedStyle(panel)
        .display !== 'none';
    // The panel lists the active day, which Enter has just made this one.
    const root = narrow && date === this.activeDate() ? panel : this.cell(date);
    return Array.from(root?.querySelectorAll<HTMLAnchorElement>('a') ?? []);
  }

  private moveTo(date: string): void {
    this.focusPending = true;
    this.activate.emit(date);
    // Within the month shown, the cell is there already.
    const cell = this.cell(date);
    if (cell && date === this.activeDate()) {
      this.focusPending = false;
      cell.focus();
    }
  }

  private cell(date: string): HTMLElement | null {
    return this.host.nativeElement.querySelector<HTMLElement>(
      `td[data-date="${date}"]`,
    );
  }
}
