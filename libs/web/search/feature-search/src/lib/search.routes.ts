import type { Route } from '@angular/router';
import { SearchPage } from './search-page/search-page';

/** `/search?q=…`: the results page (the store is provided by the page itself). */
export const searchRoutes: Route[] = [
  { path: '', title: 'search.title', component: SearchPage },
];
