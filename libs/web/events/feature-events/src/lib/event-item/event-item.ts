import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { EventSummary } from '@sce/shared-contracts';
import {
  eventKindKeys,
  eventTimeView,
  rsvpBadgeKeys,
} from '@sce/web-events-data-access';
import { TranslatePipe } from '@sce/web-shared-data-access';

/**
 * An event in a list: when (in the viewer's zone, and in the event's own when its clocks show
 * another time), the title as a link, kind, community and place, and whether it is cancelled or
 * answered.
 */
@Component({
  selector: 'sce-event-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <p class="when">
      <time [attr.datetime]="event().startsAt">{{ when() }}</time>
      @if (times().viewer !== null) {
        <span class="local">
          · {{ 'events.time.inPlace' | t: { time: times().local.start, place: times().local.place } }}</span
        >
      }
    </p>
    <p class="title" [class.cancelled]="event().status === 'cancelled'">
      <a [routerLink]="['/events', event().id]">{{ event().title }}</a>
    </p>
    <p class="meta">
      {{ kindKeys[event().kind] | t }}
      @if (showCommunity()) {
        · {{ event().community.name }}
      }
      @if (event().venue; as venue) {
        · {{ venue }}
      }
      @if (event().online) {
        · {{ 'events.place.online' | t }}
      }
    </p>
    @if (event().status === 'cancelled' || event().myRsvp) {
      <ul class="badges" role="list">
        @if (event().status === 'cancelled') {
          <li class="badge cancelled">{{ 'events.state.cancelled' | t }}</li>
        }
        @if (event().myRsvp; as rsvp) {
          <li class="badge mine">{{ rsvpKeys[rsvp] | t }}</li>
        }
      </ul>
    }
  `,
  styleUrl: './event-item.scss',
})
export class EventItem {
  readonly event = input.required<EventSummary>();
  /** The viewer's zone and the interface locale. */
  readonly zone = input.required<string>();
  readonly locale = input.required<string>();
  /** Show the day too (lists not grouped by day). */
  readonly withDate = input(false);
  readonly showCommunity = input(true);

  protected readonly kindKeys = eventKindKeys;
  protected readonly rsvpKeys = rsvpBadgeKeys;
  protected readonly times = computed(() =>
    eventTimeView(this.event(), this.zone(), this.locale()),
  );
  protected readonly when = computed(() => {
    const event = this.event();
    const start = new Date(event.startsAt);
    const end = new Date(event.endsAt);
    const format = new Intl.DateTimeFormat(this.locale(), {
      timeZone: this.zone(),
      ...(this.withDate()
        ? { weekday: 'short', day: 'numeric', month: 'short' }
        : {}),
      hour: '2-digit',
      minute: '2-digit',
    });
    return end > start ? format.formatRange(start, end) : format.format(start);
  });
}
