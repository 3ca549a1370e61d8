import { inject } from '@angular/core';
import type { ResolveFn, Route } from '@angular/router';
import {
  InsightsStore,
  PracticeListStore,
  PracticePageStore,
  ShowcaseStore,
} from '@sce/web-practices-data-access';
import { map } from 'rxjs';
import { Insights } from './insights/insights';
import { PracticeList } from './practice-list/practice-list';
import { PracticePage } from './practice-page/practice-page';
import { Showcase } from './showcase/showcase';

/**
 * The page title is the practice's. Resolving it starts loading the page's store, so the page
 * renders with the practice already there.
 */
export const practiceTitle: ResolveFn<string> = (route) => {
  const store = inject(PracticePageStore);
  return store
    .load(route.paramMap.get('id') ?? '')
    .pipe(
      map(
        (practice) =>
          practice?.title ??
          (store.status() === 'not-found'
            ? 'practices.title.notFound'
            : 'practices.title.detail'),
      ),
    );
};

/** /practices and /practices/:id; each page's store lives with its route. */
export const practicesRoutes: Route[] = [
  {
    path: '',
    title: 'practices.title.list',
    component: PracticeList,
    providers: [PracticeListStore],
  },
  {
    path: ':id',
    title: practiceTitle,
    component: PracticePage,
    providers: [PracticePageStore],
  },
];

/** /showcase: the public exhibition. */
export const showcaseRoutes: Route[] = [
  {
    path: '',
    title: 'practices.title.showcase',
    component: Showcase,
    providers: [ShowcaseStore],
  },
];

/** /insights: what works and why. */
export const insightsRoutes: Route[] = [
  {
    path: '',
    title: 'practices.title.insights',
    component: Insights,
    providers: [InsightsStore],
  },
];
