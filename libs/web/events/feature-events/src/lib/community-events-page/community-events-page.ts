import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { EventSummary } from '@sce/shared-contracts';
import { CommunityPageStore } from '@sce/web-communities-data-access';
import { EventsApi, ViewerTimeZone } from '@sce/web-events-data-access';
import { KeysetList, TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { EventItem } from '../event-item/event-item';

/**
 * `/communities/:slug/events` (routed by the communities feature): the community's upcoming
 * events and, on request, its past ones (keyset pages with "show more"); a public community's
 * calendar feed to subscribe to; organising one for members.
 */
@Component({
  selector: 'sce-community-events-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, PageHeader, EmptyState, EventItem],
  templateUrl: './community-events-page.html',
  styleUrl: './community-events-page.scss',
})
export class CommunityEventsPage {
  protected readonly store = inject(CommunityPageStore);
  protected readonly viewer = inject(ViewerTimeZone);
  private readonly api = inject(EventsApi);
  private readonly document = inject(DOCUMENT);

  protected readonly upcoming = new KeysetList<EventSummary, string>(
    (slug, cursor) => this.api.inCommunity(slug, 'upcoming', cursor),
  );
  protected readonly past = new KeysetList<EventSummary, string>(
    (slug, cursor) => this.api.inCommunity(slug, 'past', cursor),
  );
  /** The subscription address of a public community's calendar. */
  protected readonly feedUrl = computed(() => {
    const community = this.store.community();
    if (community?.visibility !== 'public') {
      return null;
    }
    const origin = this.document.location?.origin ?? '';
    return `${origin}${this.api.communityCalendarUrl(community.slug)}`;
  });

  constructor() {
    effect(() => {
      const slug = this.store.slug();
      const loaded = this.store.status() === 'loaded';
      untracked(() => {
        if (slug !== null && loaded && this.upcoming.query() !== slug) {
          this.upcoming.load(slug);
        }
      });
    });
  }

  protected showPast(): void {
    const slug = this.store.slug();
    if (slug !== null) {
      this.past.load(slug);
    }
  }
}
