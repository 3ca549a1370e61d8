import type { Route } from '@angular/router';
import { NotFound } from '@sce/web-shell-feature';

/** Top-level routes: each feature library is loaded when first visited. Titles are i18n keys. */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.home',
    loadChildren: () =>
      import('@sce/web-communities-feature-home').then((m) => m.homeRoutes),
  },
  {
    path: 'about',
    title: 'title.about',
    loadComponent: () =>
      import('@sce/web-about-feature-about').then((m) => m.About),
  },
  {
    path: 'sign-in',
    title: 'title.signIn',
    loadChildren: () =>
      import('@sce/web-auth-feature-sign-in').then((m) => m.signInRoutes),
  },
  { path: '**', title: 'title.notFound', component: NotFound },
];
