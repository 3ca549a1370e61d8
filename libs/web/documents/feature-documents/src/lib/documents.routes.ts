import { inject } from '@angular/core';
import type { ResolveFn, Route } from '@angular/router';
import { DocumentPageStore } from '@sce/web-documents-data-access';
import { map } from 'rxjs';
import { DocumentPage } from './document-page/document-page';

/**
 * The page title is the document's title. Resolving it starts loading the page's store, so the
 * page renders with the document already there.
 */
export const documentTitle: ResolveFn<string> = (route) => {
  const store = inject(DocumentPageStore);
  return store
    .load(route.paramMap.get('id') ?? '')
    .pipe(
      map(
        (document) =>
          document?.title ??
          (store.status() === 'not-found'
            ? 'documents.title.notFound'
            : 'documents.title.document'),
      ),
    );
};

/** `/documents/:id`; the page's store lives with the route. */
export const documentRoutes: Route[] = [
  {
    path: ':id',
    title: documentTitle,
    component: DocumentPage,
    providers: [DocumentPageStore],
  },
];
