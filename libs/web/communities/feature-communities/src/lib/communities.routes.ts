import { inject } from '@angular/core';
import type {
  ActivatedRouteSnapshot,
  ResolveFn,
  Route,
} from '@angular/router';
import { signedInGuard } from '@sce/web-auth-data-access';
import {
  CommunitiesStore,
  CommunityMembersStore,
  CommunityPageStore,
} from '@sce/web-communities-data-access';
import {
  I18nService,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { map } from 'rxjs';
import { CommunityDirectory } from './community-directory/community-directory';
import { CommunityForm } from './community-form/community-form';
import { CommunityMembers } from './community-members/community-members';
import { CommunityPage } from './community-page/community-page';

/** The `:slug` of the community a (child) route belongs to. */
export function slugOf(route: ActivatedRouteSnapshot): string {
  for (const snapshot of [...route.pathFromRoot].reverse()) {
    const slug = snapshot.paramMap.get('slug');
    if (slug !== null) {
      return slug;
    }
  }
  return '';
}

/**
 * A page title naming the community (`key` with `{name}`; no key: the name itself). Resolving
 * it starts loading the community, so the page renders with it already there.
 */
function communityTitle(key?: TranslationKey): ResolveFn<string> {
  return (route) => {
    const store = inject(CommunityPageStore);
    const i18n = inject(I18nService);
    return store.load(slugOf(route)).pipe(
      map((community) => {
        if (community === null) {
          return store.status() === 'not-found'
            ? 'communities.title.notFound'
            : 'communities.title.community';
        }
        return key
          ? i18n.translate(key, { name: community.name })
          : community.name;
      }),
    );
  };
}

/**
 * /communities (the directory), /communities/new (administrators), and per community
 * /communities/:slug, …/members, …/edit (administrators), …/new-thread (from the threads
 * feature), …/events and …/new-event (from the events feature). The `:slug` pages share one `CommunityPageStore`.
 */
export const communitiesRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'communities.title.directory',
    component: CommunityDirectory,
    providers: [CommunitiesStore],
  },
  {
    path: 'new',
    title: 'communities.title.new',
    canActivate: [signedInGuard],
    component: CommunityForm,
  },
  {
    path: ':slug',
    providers: [CommunityPageStore],
    children: [
      { path: '', title: communityTitle(), component: CommunityPage },
      {
        path: 'members',
        title: communityTitle('communities.title.members'),
        component: CommunityMembers,
        providers: [CommunityMembersStore],
      },
      {
        path: 'edit',
        title: communityTitle('communities.title.edit'),
        canActivate: [signedInGuard],
        component: CommunityForm,
      },
      {
        path: 'new-thread',
        title: communityTitle('communities.title.newThread'),
        canActivate: [signedInGuard],
        loadComponent: () =>
          import('@sce/web-threads-feature-thread').then((m) => m.NewThread),
      },
      {
        path: 'documents',
        title: communityTitle('documents.title.library'),
        loadComponent: () =>
          import('@sce/web-documents-feature-documents').then(
            (m) => m.DocumentLibrary,
          ),
      },
      {
        path: 'events',
        title: communityTitle('events.title.community'),
        loadComponent: () =>
          import('@sce/web-events-feature-events').then(
            (m) => m.CommunityEventsPage,
          ),
      },
      {
        path: 'new-event',
        title: communityTitle('events.title.newEvent'),
        canActivate: [signedInGuard],
        loadComponent: () =>
          import('@sce/web-events-feature-events').then((m) => m.NewEvent),
      },
    ],
  },
];
