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
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  OrganisationsStore,
  countryKeys,
  organisationKindKeys,
} from '@sce/web-organisations-data-access';
import { TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';

/**
 * The organisations of the network: a name search (kept in `?q=`, so results can be linked and
 * the back button works), a table of the results and "show more" for the next keyset page.
 */
@Component({
  selector: 'sce-organisation-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    MatButton,
  ],
  templateUrl: './organisation-list.html',
  styleUrl: './organisation-list.scss',
})
export class OrganisationList {
  /** `?q=`: the name search. */
  readonly q = input<string>();

  protected readonly store = inject(OrganisationsStore);
  protected readonly list = this.store.list;
  private readonly router = inject(Router);
  private readonly links = viewChildren<ElementRef<HTMLElement>>('nameLink');
  private focusIndex: number | null = null;

  protected readonly kindKeys = organisationKindKeys;
  protected readonly countryKeys = countryKeys;
  protected readonly search = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
  });
  protected readonly query = computed(() => (this.q() ?? '').trim());

  constructor() {
    effect(() => {
      const q = this.query();
      untracked(() => {
        this.search.controls.q.setValue(q);
        this.store.search(q);
      });
    });
    afterRenderEffect(() => {
      const links = this.links();
      if (this.focusIndex !== null && links.length > this.focusIndex) {
        links[this.focusIndex].nativeElement.focus();
        this.focusIndex = null;
      }
    });
  }

  protected submit(): void {
    const q = this.search.controls.q.value.trim();
    void this.router.navigate([], {
      queryParams: { q: q || null },
      queryParamsHandling: 'merge',
    });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: { q: null } });
  }

  protected loadMore(): void {
    this.focusIndex = this.list.items().length;
    this.list.loadMore();
  }
}
