import type { Route } from '@angular/router';
import { loadNotFound } from '@sce/web-shell-feature';

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
  {
    path: 'register',
    title: 'title.register',
    loadChildren: () =>
      import('@sce/web-auth-feature-account').then((m) => m.registerRoutes),
  },
  {
    path: 'verify-email',
    title: 'title.verifyEmail',
    loadChildren: () =>
      import('@sce/web-auth-feature-account').then((m) => m.verifyEmailRoutes),
  },
  {
    path: 'forgot-password',
    title: 'title.forgotPassword',
    loadChildren: () =>
      import('@sce/web-auth-feature-account').then(
        (m) => m.forgotPasswordRoutes,
      ),
  },
  {
    path: 'reset-password',
    title: 'title.resetPassword',
    loadChildren: () =>
      import('@sce/web-auth-feature-account').then(
        (m) => m.resetPasswordRoutes,
      ),
  },
  {
    path: 'settings',
    loadChildren: () =>
      import('@sce/web-settings-feature-settings').then(
        (m) => m.settingsRoutes,
      ),
  },
  {
    path: 'confirm-email',
    title: 'settings.title.confirmEmail',
    loadChildren: () =>
      import('@sce/web-settings-feature-settings').then(
        (m) => m.confirmEmailRoutes,
      ),
  },
  {
    path: 'organisations',
    loadChildren: () =>
      import('@sce/web-organisations-feature-organisations').then(
        (m) => m.organisationsRoutes,
      ),
  },
  {
    path: 'showcase',
    loadChildren: () =>
      import('@sce/web-practices-feature-practices').then(
        (m) => m.showcaseRoutes,
      ),
  },
  {
    path: 'practices',
    loadChildren: () =>
      import('@sce/web-practices-feature-practices').then(
        (m) => m.practicesRoutes,
      ),
  },
  {
    path: 'insights',
    loadChildren: () =>
      import('@sce/web-practices-feature-practices').then(
        (m) => m.insightsRoutes,
      ),
  },
  {
    path: 'communities',
    loadChildren: () =>
      import('@sce/web-communities-feature-communities').then(
        (m) => m.communitiesRoutes,
      ),
  },
  {
    path: 'threads',
    loadChildren: () =>
      import('@sce/web-threads-feature-thread').then((m) => m.threadRoutes),
  },
  {
    path: 'documents',
    loadChildren: () =>
      import('@sce/web-documents-feature-documents').then(
        (m) => m.documentRoutes,
      ),
  },
  {
    path: 'events',
    loadChildren: () =>
      import('@sce/web-events-feature-events').then((m) => m.eventsRoutes),
  },
  {
    path: 'search',
    loadChildren: () =>
      import('@sce/web-search-feature-search').then((m) => m.searchRoutes),
  },
  {
    path: 'bookmarks',
    loadChildren: () =>
      import('@sce/web-threads-feature-bookmarks').then(
        (m) => m.bookmarksRoutes,
      ),
  },
  {
    path: 'moderation',
    loadChildren: () =>
      import('@sce/web-moderation-feature-moderation').then(
        (m) => m.moderationRoutes,
      ),
  },
  {
    path: 'admin',
    loadChildren: () =>
      import('@sce/web-admin-feature-admin').then((m) => m.adminRoutes),
  },
  {
    path: 'notifications',
    loadChildren: () =>
      import('@sce/web-notifications-feature-notifications').then(
        (m) => m.notificationsRoutes,
      ),
  },
  {
    path: 'unsubscribe',
    loadChildren: () =>
      import('@sce/web-notifications-feature-notifications').then(
        (m) => m.unsubscribeRoutes,
      ),
  },
  { path: '**', title: 'title.notFound', loadComponent: loadNotFound },
];
