import { Injectable, inject } from '@angular/core';
import type { PracticeSummary } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { PracticesApi, type PracticeFilters } from './practices.api';

/** The practice list, filtered, page by page. Provide it at the route that shows the list. */
@Injectable()
export class PracticeListStore {
  private readonly api = inject(PracticesApi);

  readonly list = new KeysetList<PracticeSummary, PracticeFilters>(
    (filters, cursor) => this.api.list(filters, cursor),
  );

  /** Loads the first page of the practices matching `filters`. */
  search(filters: PracticeFilters): void {
    this.list.load({
      domain: filters.domain || null,
      country: filters.country || null,
      maturity: filters.maturity || null,
      q: filters.q?.trim() || null,
    });
  }
}
