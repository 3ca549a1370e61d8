import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Attendee } from '@sce/shared-contracts';
import {
  rsvpBadgeKeys,
  type AttendeesState,
} from '@sce/web-events-data-access';
import { I18nService, TranslatePipe } from '@sce/web-shared-data-access';

const order = { going: 0, waitlisted: 1, maybe: 2, declined: 3 } as const;

/**
 * Who answered, for the event's organisers and the community's moderators: a table (going
 * first, then the waitlist in line order, maybe, can't go) and the CSV download.
 */
@Component({
  selector: 'sce-event-attendees',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, MatButton],
  template: `
    <h2 id="attendees-heading" class="heading">
      {{ 'events.attendees.heading' | t }}
    </h2>
    @switch (state().status) {
      @case ('error') {
        <div class="sce-status-panel error" role="alert">
          <p class="sce-status-body">{{ 'events.attendees.failed' | t }}</p>
          <button matButton="outlined" type="button" (click)="retry.emit()">
            {{ 'events.retry' | t }}
          </button>
        </div>
      }
      @case ('loaded') {
        @if (attendees().length === 0) {
          <p class="muted">{{ 'events.attendees.empty' | t }}</p>
        } @else {
          <div
            class="sce-table-scroll"
            role="region"
            tabindex="0"
            aria-labelledby="attendees-caption"
          >
            <table class="sce-table">
              <caption id="attendees-caption">
                {{ 'events.attendees.caption' | t: { count: attendees().length } }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'events.attendees.name' | t }}</th>
                  <th scope="col">{{ 'events.attendees.organisation' | t }}</th>
                  <th scope="col">{{ 'events.attendees.email' | t }}</th>
                  <th scope="col">{{ 'events.attendees.answer' | t }}</th>
                  <th scope="col">{{ 'events.attendees.answeredAt' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (attendee of attendees(); track attendee.person.id) {
                  <tr>
                    <th scope="row">{{ attendee.person.displayName }}</th>
                    <td>{{ attendee.organisation ?? '' }}</td>
                    <td><span class="secondary">{{ attendee.email }}</span></td>
                    <td class="nowrap">
                      @if (attendee.status === 'waitlisted' && attendee.waitlistPosition !== null) {
                        {{ 'events.attendees.waitlistedAt' | t: { position: attendee.waitlistPosition } }}
                      } @else {
                        {{ answerKeys[attendee.status] | t }}
                      }
                    </td>
                    <td class="nowrap">{{ formatDate(attendee.answeredAt) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        <p class="download">
          <a [href]="csvUrl()" download>{{ 'events.attendees.csv' | t }}</a>
        </p>
      }
      @default {
        <p class="muted" role="status">{{ 'events.attendees.loading' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .heading {
      margin: 0 0 0.75rem;
      font: var(--mat-sys-headline-small);
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .download {
      margin: 0.75rem 0 0;
    }
  `,
})
export class EventAttendees {
  private readonly i18n = inject(I18nService);

  readonly state = input.required<AttendeesState>();
  readonly csvUrl = input.required<string>();
  readonly retry = output();

  protected readonly answerKeys = rsvpBadgeKeys;
  protected readonly attendees = computed<readonly Attendee[]>(() => {
    const state = this.state();
    if (state.status !== 'loaded') {
      return [];
    }
    return [...state.attendees].sort(
      (a, b) =>
        order[a.status] - order[b.status] ||
        (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
        a.person.displayName.localeCompare(b.person.displayName),
    );
  });

  protected formatDate(iso: string): string {
    return this.i18n.formatDate(iso);
  }
}
