import { Injectable, inject } from '@angular/core';
import type { Organisation } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { OrganisationsApi } from './organisations.api';

/**
 * The public list of organisations, searched by name, page by page. Provide it at the route that
 * shows the list.
 */
@Injectable()
export class OrganisationsStore {
  private readonly api = inject(OrganisationsApi);

  readonly list = new KeysetList<Organisation, string>((q, cursor) =>
    this.api.list(q, cursor),
  );

  /** Loads the first page of organisations whose name contains `q` (all when empty). */
  search(q: string): void {
    this.list.load(q.trim());
  }
}
