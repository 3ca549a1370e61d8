import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  AdminUser,
  GlobalRole,
  SuspendUserRequest,
} from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { EMPTY, expand, reduce, tap, type Observable } from 'rxjs';
import { AdminApi, type AdminUserFilter } from './admin.api';

/** Organisations are few (one per partner); more pages than this are not followed. */
const MAX_ORGANISATION_PAGES = 10;

/**
 * The people page: the filtered list (keyset pages), the organisations' names to show beside
 * each person, and the actions on a person. An action's answer replaces the person in the list.
 * Provide it at the route.
 */
@Injectable()
export class AdminUsersStore {
  private readonly api = inject(AdminApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly names = signal<ReadonlyMap<string, string>>(new Map());

  readonly list = new KeysetList<AdminUser, AdminUserFilter>((filter, cursor) =>
    this.api.users(filter, cursor),
  );
  /** Organisation id → name; empty until loaded (the id is shown meanwhile). */
  readonly organisationNames = this.names.asReadonly();

  /** Loads every organisation's name, following the pages. */
  loadOrganisationNames(): void {
    let pages = 0;
    this.api
      .organisations('', null, 100)
      .pipe(
        expand((page) =>
          page.nextCursor && ++pages < MAX_ORGANISATION_PAGES
            ? this.api.organisations('', page.nextCursor, 100)
            : EMPTY,
        ),
        reduce((names, page) => {
          for (const organisation of page.items) {
            names.set(organisation.id, organisation.name);
          }
          return names;
        }, new Map<string, string>()),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (names) => this.names.set(names),
        // Without names the page still works: it shows the organisation's id.
        error: () => undefined,
      });
  }

  approve(user: AdminUser): Observable<AdminUser> {
    return this.api.approve(user.id).pipe(tap((u) => this.list.replace(u)));
  }

  changeRole(user: AdminUser, role: GlobalRole): Observable<AdminUser> {
    return this.api
      .changeRole(user.id, role)
      .pipe(tap((u) => this.list.replace(u)));
  }

  suspend(user: AdminUser, request: SuspendUserRequest): Observable<AdminUser> {
    return this.api
      .suspend(user.id, request)
      .pipe(tap((u) => this.list.replace(u)));
  }

  reactivate(user: AdminUser): Observable<AdminUser> {
    return this.api.reactivate(user.id).pipe(tap((u) => this.list.replace(u)));
  }
}
