import { Injectable, inject } from '@angular/core';
import { PracticesApi, type PracticeFilters } from './practices.api';
import { Loadable } from './loadable';

/** The insights page: practice rankings and transfer flows, for the same filters. */
@Injectable()
export class InsightsStore {
  private readonly api = inject(PracticesApi);

  readonly practices = new Loadable((filters: PracticeFilters) =>
    this.api.practiceInsights(filters),
  );
  readonly transfers = new Loadable((filters: PracticeFilters) =>
    this.api.transferInsights(filters),
  );

  load(filters: PracticeFilters): void {
    const query: PracticeFilters = {
      domain: filters.domain || null,
      country: filters.country || null,
      maturity: filters.maturity || null,
    };
    this.practices.load(query);
    this.transfers.load(query);
  }

  reload(): void {
    this.practices.reload();
    this.transfers.reload();
  }
}
