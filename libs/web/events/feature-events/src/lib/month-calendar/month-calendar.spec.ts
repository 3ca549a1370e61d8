import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { EventSummary } from '@sce/shared-contracts';
import {
  eventsByDay,
  monthGridOf,
  monthOf,
} from '@sce/web-events-data-access';
import { MonthCalendar, dateForKey } from './month-calendar';

function anEvent(id: string, startsAt: string, title: string): EventSummary {
  return {
    id,
    community: { id: 'c', slug: 'open-data', name: 'Open Data' },
    title,
    kind: 'workshop',
    status: 'scheduled',
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString(),
    timeZone: 'Europe/Oslo',
    startLocal: '',
    endLocal: '',
    venue: null,
    online: true,
    capacity: null,
    counts: { going: 0, maybe: 0, waitlisted: 0 },
    myRsvp: null,
  };
}

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MonthCalendar],
  template: `
    <sce-month-calendar
      [grid]="grid()"
      [days]="days()"
      today="2027-01-15"
      [activeDate]="active()"
      caption="January 2027"
      zone="Europe/London"
      locale="en-GB"
      describedBy="keys"
      (activate)="active.set($event)"
    />
  `,
})
class Host {
  readonly active = signal('2027-01-15');
  readonly grid = computed(() => monthGridOf(monthOf(this.active())));
  readonly days = signal(
    eventsByDay(
      [
        anEvent('one', '2027-01-15T09:00:00Z', 'Data workshop'),
        anEvent('two', '2027-01-20T09:00:00Z', 'Morning call'),
        anEvent('three', '2027-01-20T14:00:00Z', 'Afternoon webinar'),
      ],
      'Europe/London',
    ),
  );
}

describe('MonthCalendar', () => {
  async function create() {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(Host);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const cell = (date: string) =>
      element.querySelector<HTMLElement>(`td[data-date="${date}"]`) as HTMLElement;
    const press = async (target: HTMLElement, key: string) => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      await fixture.whenStable();
    };
    return { fixture, element, cell, press };
  }

  it('is a table with a caption, weekday headers and one day in the tab order', async () => {
    const { element, cell } = await create();
    const table = element.querySelector('table');
    expect(table?.getAttribute('role')).toBe('grid');
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('January 2027');
    expect(table?.getAttribute('aria-describedby')).toBe('keys');
    const headers = Array.from(element.querySelectorAll('th[scope="col"] .sce-visually-hidden'));
    expect(headers.map((h) => h.textContent)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(element.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(element.querySelectorAll('td[tabindex="0"]')).toHaveLength(1);
    expect(cell('2027-01-15').getAttribute('tabindex')).toBe('0');
    expect(cell('2027-01-15').getAttribute('aria-current')).toBe('date');
    expect(cell('2027-01-15').textContent?.replace(/\s+/g, ' ')).toContain(
      'Friday, 15 January 2027, today, 1 event',
    );
    const link = cell('2027-01-15').querySelector('a');
    expect(link?.getAttribute('href')).toBe('/events/one');
    expect(link?.getAttribute('tabindex')).toBe('-1');
    expect(link?.textContent?.replace(/\s+/g, ' ').trim()).toBe('09:00 Data workshop');
    expect(cell('2026-12-28').classList).toContain('outside');
  });

  it('moves between days with the arrow keys, into the next month too', async () => {
    const { fixture, cell, press } = await create();
    cell('2027-01-15').focus();
    await press(cell('2027-01-15'), 'ArrowRight');
    expect(document.activeElement).toBe(cell('2027-01-16'));
    await press(cell('2027-01-16'), 'ArrowDown');
    expect(document.activeElement).toBe(cell('2027-01-23'));
    await press(cell('2027-01-23'), 'Home');
    expect(document.activeElement).toBe(cell('2027-01-18'));
    await press(cell('2027-01-18'), 'End');
    expect(document.activeElement).toBe(cell('2027-01-24'));
    await press(cell('2027-01-24'), 'PageDown');
    expect(fixture.componentInstance.active()).toBe('2027-02-24');
    expect(document.activeElement).toBe(cell('2027-02-24'));
    expect(cell('2027-02-24').getAttribute('tabindex')).toBe('0');
  });

  it('opens a day’s only event with Enter, and moves into a day with several', async () => {
    const { cell, press } = await create();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    cell('2027-01-15').focus();
    await press(cell('2027-01-15'), 'Enter');
    expect(navigate).toHaveBeenCalled();
    expect(String(navigate.mock.calls[0][0])).toBe('/events/one');

    cell('2027-01-20').focus();
    await press(cell('2027-01-20'), 'Enter');
    const focused = document.activeElement as HTMLAnchorElement;
    expect(focused.tagName).toBe('A');
    expect(focused.textContent).toContain('Morning call');
    await press(focused, 'ArrowDown');
    expect(document.activeElement?.textContent).toContain('Afternoon webinar');
    await press(document.activeElement as HTMLElement, 'Escape');
    expect(document.activeElement).toBe(cell('2027-01-20'));
  });

  it('knows where each key goes', () => {
    expect(dateForKey('ArrowLeft', '2027-01-01')).toBe('2026-12-31');
    expect(dateForKey('ArrowUp', '2027-01-05')).toBe('2026-12-29');
    expect(dateForKey('PageUp', '2027-03-31')).toBe('2027-02-28');
    expect(dateForKey('a', '2027-03-31')).toBeNull();
  });
});
