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
import type { CommunityVisibility } from '@sce/shared-contracts';
import { CommunitiesStore } from '@sce/web-communities-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import {
  CommunityCard,
  EmptyState,
  PageHeader,
  type CommunityCardLabels,
} from '@sce/web-shared-ui';

const visibilityKeys: Record<CommunityVisibility, TranslationKey> = {
  public: 'community.visibility.public',
  members: 'community.visibility.members',
  private: 'community.visibility.private',
};

/** The home page: what the platform is, then the communities the visitor may see. */
@Component({
  selector: 'sce-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    CommunityCard,
    MatButton,
  ],
  templateUrl: './home.html',
  styleUrl: './home.scss',
})
export class Home {
  protected readonly store = inject(CommunitiesStore);
  private readonly i18n = inject(I18nService);
  private readonly itemElements = viewChildren<ElementRef<HTMLElement>>('item');
  /** After "load more", the first new item takes focus so keyboard users continue from there. */
  private focusIndex: number | null = null;

  protected readonly cards = computed(() =>
    this.store.items().map((community) => {
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
      };
      return { community, labels };
    }),
  );

  constructor() {
    this.store.load();
    afterRenderEffect(() => {
      const items = this.itemElements();
      if (this.focusIndex !== null && items.length > this.focusIndex) {
        items[this.focusIndex].nativeElement.focus();
        this.focusIndex = null;
      }
    });
  }

  protected loadMore(): void {
    this.focusIndex = this.store.items().length;
    this.store.loadMore();
  }
}
