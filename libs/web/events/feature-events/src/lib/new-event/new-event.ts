import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@sce/web-auth-data-access';
import { CommunityPageStore } from '@sce/web-communities-data-access';
import { EventsApi, ViewerTimeZone } from '@sce/web-events-data-access';
import { TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { EventForm, emptyEventForm } from '../event-form/event-form';
import { toCreateRequest, type EventFormValue } from '../event-form/event-input';
import {
  EventFormPage,
  type EventFormPageNotFound,
  eventFormSaver,
} from '../event-form-page/event-form-page';

const communityNotFound: EventFormPageNotFound = {
  heading: 'communities.notFound.heading',
  body: 'communities.notFound.body',
  link: '/communities',
  linkText: 'communities.notFound.link',
};

/**
 * `/communities/:slug/new-event` (routed by the communities feature, which provides the
 * community's store): the event form for members of the community, who organise it (and may
 * add co-organisers); once published, the new event's page opens.
 */
@Component({
  selector: 'sce-new-event',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeader, EmptyState, EventForm, EventFormPage],
  template: `
    <sce-event-form-page
      [status]="store.status()"
      heading="events.new.heading"
      [notFound]="notFound"
      loadFailed="communities.loadFailed"
      loading="communities.loading"
      (retry)="store.retry()"
    >
      <ng-template>
        @if (store.community(); as community) {
          <sce-page-header
            [heading]="'events.new.heading' | t"
            [lead]="'events.new.lead' | t: { community: community.name }"
          />
          @if (!community.viewer.canPost) {
            <sce-empty-state [message]="'events.new.notMember' | t">
              <a [routerLink]="['/communities', community.slug]">{{
                'events.new.toCommunity' | t: { community: community.name }
              }}</a>
            </sce-empty-state>
          } @else {
            <sce-event-form
              [initial]="initial()"
              submitKey="events.new.submit"
              pendingKey="events.new.publishing"
              [pending]="saver.pending()"
              [cancelLink]="['/communities', community.slug]"
              (saved)="publish(community.slug, $event)"
            />
          }
        }
      </ng-template>
    </sce-event-form-page>
  `,
})
export class NewEvent {
  protected readonly store = inject(CommunityPageStore);
  private readonly api = inject(EventsApi);
  private readonly viewerZone = inject(ViewerTimeZone);
  private readonly session = inject(SessionStore);
  protected readonly notFound = communityNotFound;
  private readonly form = viewChild(EventForm);
  protected readonly saver = eventFormSaver(this.form, {
    savedKey: 'events.new.published',
    errorKeys: { NOT_A_MEMBER: 'events.new.notMember' },
  });

  /** An empty form in the viewer's zone, the viewer its first organiser (made again only when
   * someone else signs in, so the form is not emptied under the person filling it in). */
  protected readonly initial = computed(
    () => {
      const user = this.session.user();
      return emptyEventForm(
        untracked(() => this.viewerZone.zone()),
        user ? { id: user.id, displayName: user.displayName } : null,
      );
    },
    { equal: (a, b) => a.organisers[0]?.id === b.organisers[0]?.id },
  );

  protected publish(slug: string, value: EventFormValue): void {
    this.saver.save(this.api.create(slug, toCreateRequest(value)));
  }
}
