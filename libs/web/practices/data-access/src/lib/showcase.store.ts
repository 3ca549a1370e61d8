import { Injectable, inject } from '@angular/core';
import { PracticesApi } from './practices.api';
import { Loadable } from './loadable';

/** The public showcase. Provide it at its route. */
@Injectable()
export class ShowcaseStore {
  private readonly api = inject(PracticesApi);

  readonly showcase = new Loadable(() => this.api.showcase());

  load(): void {
    this.showcase.load();
  }
}
