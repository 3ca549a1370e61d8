import type { Route } from '@angular/router';
import { CommunitiesStore } from '@sce/web-communities-data-access';
import { Home } from './home/home';

/** The home page; its store lives with the route. */
export const homeRoutes: Route[] = [
  { path: '', component: Home, providers: [CommunitiesStore] },
];
