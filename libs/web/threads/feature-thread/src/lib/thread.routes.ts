import { inject } from '@angular/core';
import type { ResolveFn, Route } from '@angular/router';
import { ThreadPageStore } from '@sce/web-threads-data-access';
import { map } from 'rxjs';
import { ThreadPage } from './thread-page/thread-page';

/**
 * The page title is the thread's title. Resolving it starts loading the page's store, so the
 * page renders with the thread already there.
 */
export const threadTitle: ResolveFn<string> = (route) => {
  const store = inject(ThreadPageStore);
  return store
    .load(route.paramMap.get('id') ?? '')
    .pipe(
      map(
        (thread) =>
          thread?.title ??
          (store.status() === 'not-found'
            ? 'threads.title.notFound'
            : 'threads.title.thread'),
      ),
    );
};

/** `/threads/:id`; the page's store lives with the route. */
export const threadRoutes: Route[] = [
  {
    path: ':id',
    title: threadTitle,
    component: ThreadPage,
    providers: [ThreadPageStore],
  },
];
