import { inject } from '@angular/core';
import type { ResolveFn, Route } from '@angular/router';
import {
  InsightsStore,
  PracticeListStore,
  PracticePageStore,
  ShowcaseStore,
} from '@sce/web-practices-data-access';
import { signedInGuard } from '@sce/web-auth-data-access';
import {
  I18nService,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { map } from 'rxjs';
import { EditPractice } from './edit-practice/edit-practice';
import { Insights } from './insights/insights';
import { NewPractice } from './new-practice/new-practice';
import { PracticeList } from './practice-list/practice-list';
import { PracticePage } from './practice-page/practice-page';
import { Showcase } from './showcase/showcase';

/**
 * A page title naming the practice (`key` with `{title}`; no key: the title itself). Resolving it
 * starts loading the page's store, so the page renders with the practice already there.
 */
export function practiceTitleOf(key?: TranslationKey): ResolveFn<string> {
  return (route) => {
    const store = inject(PracticePageStore);
    const i18n = inject(I18nService);
    const id = route.paramMap.get('id') ?? route.parent?.paramMap.get('id') ?? '';
    return store.load(id).pipe(
      map((practice) => {
        if (practice === null) {
          return store.status() === 'not-found'
            ? 'practices.title.notFound'
            : 'practices.title.detail';
        }
        return key ? i18n.translate(key, { title: practice.title }) : practice.title;
      }),
    );
  };
}

/** The practice page's title: the practice's own. */
export const practiceTitle: ResolveFn<string> = practiceTitleOf();

/**
 * /practices, /practices/new, /practices/:id and /practices/:id/edit; each page's store lives
 * with its route (the practice page and its edit form share one).
 */
export const practicesRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'practices.title.list',
    component: PracticeList,
    providers: [PracticeListStore],
  },
  {
    path: 'new',
    title: 'practices.title.new',
    canActivate: [signedInGuard],
    component: NewPractice,
  },
  {
    path: ':id',
    providers: [PracticePageStore],
    children: [
      { path: '', title: practiceTitle, component: PracticePage },
      {
        path: 'edit',
        title: practiceTitleOf('practices.title.edit'),
        canActivate: [signedInGuard],
        component: EditPractice,
      },
    ],
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
