import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@sce/web-auth-data-access';
import { CommunityPageStore } from '@sce/web-communities-data-access';
import { EventsApi, ViewerTimeZone } from '@sce/web-events-data-access';
import { Announcer, TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { EventForm, emptyEventForm } from '../event-form/event-form';
import { toCreateRequest, type EventFormValue } from '../event-form/event-input';

/**
 * `/communities/:slug/new-event` (routed by the communities feature, which provides the
 * community's store): the event form for members of the community, who organise it (and may
 * add co-organisers); once published, the new event's page opens.
 */
@Component({
  selector: 'sce-new-event',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, PageHeader, EmptyState, EventForm],
  template: `
    @switch (store.status()) {
      @case ('loaded') {
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
              [pending]="pending()"
              [cancelLink]="['/communities', community.slug]"
              (saved)="publish(community.slug, $event)"
            />
          }
        }
      }
      @case ('not-found') {
        <sce-page-header [heading]="'communities.notFound.heading' | t" />
        <sce-empty-state [message]="'communities.notFound.body' | t">
          <a routerLink="/communities">{{ 'communities.notFound.link' | t }}</a>
        </sce-empty-state>
      }
      @case ('error') {
        <sce-page-header [heading]="'events.new.heading' | t" />
        <sce-empty-state tone="error" [message]="'communities.loadFailed' | t">
          <button matButton="outlined" type="button" (click)="store.retry()">
            {{ 'events.retry' | t }}
          </button>
        </sce-empty-state>
      }
      @default {
        <p class="loading" role="status">{{ 'communities.loading' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      --sce-form-width: 40rem;
    }
    .loading {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NewEvent {
  protected readonly store = inject(CommunityPageStore);
  private readonly api = inject(EventsApi);
  private readonly viewerZone = inject(ViewerTimeZone);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly form = viewChild(EventForm);

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
  protected readonly pending = signal(false);

  protected publish(slug: string, value: EventFormValue): void {
    this.pending.set(true);
    this.api
      .create(slug, toCreateRequest(value))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          this.announcer.announce('events.new.published', { title: event.title });
          void this.router.navigate(['/events', event.id]);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.form()?.showApiError(error, {
            NOT_A_MEMBER: 'events.new.notMember',
          });
        },
      });
  }
}
