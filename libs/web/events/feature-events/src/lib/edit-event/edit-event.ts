import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { EventPageStore } from '@sce/web-events-data-access';
import { Announcer, TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { EventForm } from '../event-form/event-form';
import {
  toFormValue,
  toUpdateRequest,
  type EventFormValue,
} from '../event-form/event-input';
import {
  EventFormPage,
  type EventFormPageNotFound,
  eventFormSaver,
} from '../event-form-page/event-form-page';

const eventNotFound: EventFormPageNotFound = {
  heading: 'events.notFound.heading',
  body: 'events.notFound.body',
  link: '/events',
  linkText: 'events.notFound.link',
};

/**
 * `/events/:id/edit`: the event form filled with the event, for its organisers and the
 * community's moderators. Only what changed is sent, so that people who answered are told about
 * a new time or place and not about a corrected typo.
 */
@Component({
  selector: 'sce-edit-event',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeader, EmptyState, EventForm, EventFormPage],
  template: `
    <sce-event-form-page
      [status]="store.status()"
      heading="events.edit.heading"
      [notFound]="notFound"
      loadFailed="events.loadFailed"
      loading="events.loading"
      (retry)="store.retry()"
    >
      <ng-template>
        @if (store.event(); as event) {
          <sce-page-header
            [heading]="'events.edit.heading' | t"
            [lead]="'events.edit.lead' | t: { title: event.title }"
          />
          @if (!event.viewer.canEdit) {
            <sce-empty-state [message]="'events.edit.notAllowed' | t">
              <a [routerLink]="['/events', event.id]">{{ 'events.edit.back' | t }}</a>
            </sce-empty-state>
          } @else if (event.status === 'cancelled') {
            <sce-empty-state [message]="'events.edit.cancelled' | t">
              <a [routerLink]="['/events', event.id]">{{ 'events.edit.back' | t }}</a>
            </sce-empty-state>
          } @else if (initial(); as initial) {
            <sce-event-form
              [initial]="initial"
              submitKey="events.edit.submit"
              pendingKey="events.edit.saving"
              [pending]="saver.pending()"
              [cancelLink]="['/events', event.id]"
              (saved)="save($event)"
            />
          }
        }
      </ng-template>
    </sce-event-form-page>
  `,
})
export class EditEvent {
  protected readonly store = inject(EventPageStore);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);
  protected readonly notFound = eventNotFound;
  private readonly form = viewChild(EventForm);
  protected readonly saver = eventFormSaver(this.form, {
    savedKey: 'events.edit.saved',
    errorKeys: {
      EVENT_CANCELLED: 'events.edit.cancelled',
      FORBIDDEN: 'events.edit.notAllowed',
    },
  });

  /** The form starts from the event as loaded. */
  protected readonly initial = computed(() => {
    const event = this.store.event();
    return event ? toFormValue(event) : null;
  });

  protected save(value: EventFormValue): void {
    const event = this.store.event();
    if (event === null) {
      return;
    }
    const patch = toUpdateRequest(event, value);
    if (patch === null) {
      this.announcer.announce('events.edit.unchanged');
      void this.router.navigate(['/events', event.id]);
      return;
    }
    this.saver.save(this.store.update(patch));
  }
}
