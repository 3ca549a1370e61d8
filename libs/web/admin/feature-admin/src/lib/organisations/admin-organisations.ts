import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChildren,
  type ElementRef,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import type { OrganisationAdmin } from '@sce/shared-contracts';
import { AdminOrganisationsStore } from '@sce/web-admin-data-access';
import {
  countryKeys,
  organisationKindKeys,
  safeWebsite,
} from '@sce/web-organisations-data-access';
import {
  Announcer,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import {
  OrganisationDialog,
  type OrganisationDialogData,
} from '../dialogs/organisation-dialog';

/**
 * Organisations in the admin area: search by name (`?q=`), a table with the trusted email
 * domains, and creating or changing one in a dialog. When saved, the row shows it, the result is
 * announced and focus goes to its "Edit" button.
 */
@Component({
  selector: 'sce-admin-organisations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    MatButton,
  ],
  templateUrl: './admin-organisations.html',
  styleUrls: ['../admin-page.scss', './admin-organisations.scss'],
})
export class AdminOrganisations {
  readonly q = input<string>();

  protected readonly store = inject(AdminOrganisationsStore);
  protected readonly list = this.store.list;
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(Announcer);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly editButtons =
    viewChildren<ElementRef<HTMLElement>>('editButton');
  private focusIndex: number | null = null;

  protected readonly kindKeys = organisationKindKeys;
  protected readonly countryKeys = countryKeys;
  protected readonly safeWebsite = safeWebsite;
  protected readonly query = computed(() => (this.q() ?? '').trim());
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
  });
  protected readonly notice = signal<{
    key: TranslationKey;
    params: Record<string, string>;
  } | null>(null);

  constructor() {
    effect(() => {
      const q = this.query();
      untracked(() => {
        this.form.setValue({ q });
        this.store.search(q);
      });
    });
    afterRenderEffect(() => {
      const buttons = this.editButtons();
      if (this.focusIndex !== null && buttons.length > this.focusIndex) {
        buttons[this.focusIndex].nativeElement.focus();
        this.focusIndex = null;
      }
    });
  }

  /** "groningen.example.org" for https://groningen.example.org/ */
  protected hostOf(href: string): string {
    return new URL(href).host;
  }

  protected search(): void {
    const q = this.form.controls.q.value.trim();
    void this.router.navigate([], { queryParams: { q: q || null } });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected loadMore(): void {
    this.focusIndex = this.list.items().length;
    this.list.loadMore();
  }

  protected create(): void {
    this.open(undefined, 'admin.organisations.created');
  }

  protected edit(organisation: OrganisationAdmin): void {
    this.open(organisation, 'admin.organisations.updated');
  }

  private open(
    organisation: OrganisationAdmin | undefined,
    done: TranslationKey,
  ): void {
    const data: OrganisationDialogData = {
      organisation,
      create: (input) => this.store.create(input),
      update: (id, patch) => this.store.update(id, patch),
    };
    this.dialog
      .open<OrganisationDialog, OrganisationDialogData, OrganisationAdmin>(
        OrganisationDialog,
        { data, width: '36rem', maxWidth: 'calc(100vw - 2rem)' },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) {
          return;
        }
        const params = { name: saved.name };
        this.notice.set({ key: done, params });
        this.announcer.announce(done, params);
        afterNextRender(
          () =>
            this.document
              .getElementById(`organisation-edit-${saved.id}`)
              ?.focus(),
          { injector: this.injector },
        );
      });
  }
}
