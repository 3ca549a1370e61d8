import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChildren,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  OrganisationPageStore,
  countryKeys,
  organisationKindKeys,
  roleKeys,
  safeWebsite,
} from '@sce/web-organisations-data-access';
import { I18nService, TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';

/**
 * One organisation's public page: what it is and where, its website, and the public profiles of
 * its active members (keyset "show more", focus on the first new one).
 */
@Component({
  selector: 'sce-organisation-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, PageHeader, EmptyState, MatButton],
  templateUrl: './organisation-detail.html',
  styleUrl: './organisation-detail.scss',
})
export class OrganisationDetail {
  /** The `:id` of the route. */
  readonly id = input.required<string>();

  protected readonly store = inject(OrganisationPageStore);
  protected readonly members = this.store.members;
  private readonly memberItems =
    viewChildren<ElementRef<HTMLElement>>('member');
  private focusIndex: number | null = null;

  protected readonly kindKeys = organisationKindKeys;
  protected readonly countryKeys = countryKeys;
  protected readonly roleKeys = roleKeys;
  private readonly i18n = inject(I18nService);
  /** "Municipality in Groningen, Netherlands" */
  protected readonly lead = computed(() => {
    const organisation = this.store.organisation();
    return organisation
      ? this.i18n.translate('organisations.detail.lead', {
          kind: this.i18n.translate(organisationKindKeys[organisation.kind]),
          city: organisation.city,
          country: this.i18n.translate(countryKeys[organisation.country]),
        })
      : '';
  });
  protected readonly website = computed(() =>
    safeWebsite(this.store.organisation()?.website ?? null),
  );

  constructor() {
    // The title resolver has usually started this already; loading again shares its request.
    effect(() => {
      const id = this.id();
      untracked(() => this.store.load(id));
    });
    afterRenderEffect(() => {
      const items = this.memberItems();
      if (this.focusIndex !== null && items.length > this.focusIndex) {
        items[this.focusIndex].nativeElement.focus();
        this.focusIndex = null;
      }
    });
  }

  protected loadMore(): void {
    this.focusIndex = this.members.items().length;
    this.members.loadMore();
  }
}
