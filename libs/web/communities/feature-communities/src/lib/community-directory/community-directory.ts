import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterRenderEffect,
  computed,
  inject,
  viewChildren,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { Permission } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  CommunitiesStore,
  joinPolicyKeys,
  membershipKey,
  visibilityKeys,
} from '@sce/web-communities-data-access';
import { I18nService, TranslatePipe } from '@sce/web-shared-data-access';
import {
  CommunityCard,
  EmptyState,
  PageHeader,
  type CommunityCardLabels,
} from '@sce/web-shared-ui';

/**
 * `/communities`: every community the visitor may see, with their own membership on each, a
 * link to each community and "show more" for the next keyset page. Administrators get a link
 * to create a community.
 */
@Component({
  selector: 'sce-community-directory',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    CommunityCard,
    MatButton,
  ],
  templateUrl: './community-directory.html',
  styleUrl: './community-directory.scss',
})
export class CommunityDirectory {
  protected readonly store = inject(CommunitiesStore);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly links = viewChildren<ElementRef<HTMLElement>>('link');
  private focusIndex: number | null = null;

  protected readonly canCreate = computed(() =>
    this.session.hasPermission(Permission.ManageCommunities),
  );

  protected readonly cards = computed(() =>
    this.store.items().map((community) => {
      const membership = membershipKey(community.membership);
      const labels: CommunityCardLabels = {
        visibility: this.i18n.translate(visibilityKeys[community.visibility]),
        members: this.i18n.translate('community.members', {
          count: community.memberCount,
        }),
        threads: this.i18n.translate('community.threads', {
          count: community.threadCount,
        }),
        lastActivity: community.lastActivityAt
          ? this.i18n.translate('community.lastActivity', {
              date: this.i18n.formatDate(community.lastActivityAt),
            })
          : this.i18n.translate('community.noActivity'),
        joinPolicy: this.i18n.translate(joinPolicyKeys[community.joinPolicy]),
        ...(membership ? { membership: this.i18n.translate(membership) } : {}),
      };
      return { community, labels };
    }),
  );

  constructor() {
    this.store.load();
    afterRenderEffect(() => {
      const links = this.links();
      if (this.focusIndex !== null && links.length > this.focusIndex) {
        links[this.focusIndex].nativeElement.focus();
        this.focusIndex = null;
      }
    });
  }

  protected loadMore(): void {
    this.focusIndex = this.store.items().length;
    this.store.loadMore();
  }
}
