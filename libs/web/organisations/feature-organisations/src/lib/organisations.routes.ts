import { inject } from '@angular/core';
import type { ResolveFn, Route } from '@angular/router';
import {
  OrganisationPageStore,
  OrganisationsStore,
} from '@sce/web-organisations-data-access';
import { map } from 'rxjs';
import { OrganisationDetail } from './organisation-detail/organisation-detail';
import { OrganisationList } from './organisation-list/organisation-list';

/**
 * The page title is the organisation's name. Resolving it starts loading the page's store, so
 * the page renders with the organisation already there.
 */
export const organisationTitle: ResolveFn<string> = (route) => {
  const store = inject(OrganisationPageStore);
  return store
    .load(route.paramMap.get('id') ?? '')
    .pipe(
      map(
        (organisation) =>
          organisation?.name ??
          (store.status() === 'not-found'
            ? 'organisations.title.notFound'
            : 'organisations.title.detail'),
      ),
    );
};

/** /organisations and /organisations/:id; each page's store lives with its route. */
export const organisationsRoutes: Route[] = [
  {
    path: '',
    title: 'organisations.title.list',
    component: OrganisationList,
    providers: [OrganisationsStore],
  },
  {
    path: ':id',
    title: organisationTitle,
    component: OrganisationDetail,
    providers: [OrganisationPageStore],
  },
];
