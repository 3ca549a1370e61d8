import { Injectable, inject } from '@angular/core';
import type {
  OrganisationAdmin,
  OrganisationInput,
  OrganisationPatch,
} from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { tap, type Observable } from 'rxjs';
import { AdminApi } from './admin.api';

/**
 * The organisations page of the admin area: the list with trusted email domains, searched by
 * name, and creating and changing organisations. Provide it at the route.
 */
@Injectable()
export class AdminOrganisationsStore {
  private readonly api = inject(AdminApi);

  readonly list = new KeysetList<OrganisationAdmin, string>((q, cursor) =>
    this.api.organisations(q, cursor),
  );

  search(q: string): void {
    this.list.load(q.trim());
  }

  /** Creates it and shows it in the list at its place in name order. */
  create(input: OrganisationInput): Observable<OrganisationAdmin> {
    return this.api.createOrganisation(input).pipe(
      tap((created) => {
        const items = this.list.items();
        const index = items.findIndex(
          (o) => o.name.localeCompare(created.name) > 0,
        );
        this.list.insert(created, index === -1 ? items.length : index);
      }),
    );
  }

  update(id: string, patch: OrganisationPatch): Observable<OrganisationAdmin> {
    return this.api
      .updateOrganisation(id, patch)
      .pipe(tap((updated) => this.list.replace(updated)));
  }
}
