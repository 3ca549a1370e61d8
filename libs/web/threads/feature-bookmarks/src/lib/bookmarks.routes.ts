import type { Route } from '@angular/router';
import { signedInGuard } from '@sce/web-auth-data-access';
import { BookmarksStore } from '@sce/web-threads-data-access';
import { Bookmarks } from './bookmarks/bookmarks';

/** `/bookmarks`, for signed-in people; the store lives with the route. */
export const bookmarksRoutes: Route[] = [
  {
    path: '',
    title: 'bookmarks.title',
    canActivate: [signedInGuard],
    component: Bookmarks,
    providers: [BookmarksStore],
  },
];
