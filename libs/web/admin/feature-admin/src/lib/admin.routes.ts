import { inject } from '@angular/core';
import type { Route } from '@angular/router';
import { Permission } from '@sce/shared-contracts';
import {
  AdminOrganisationsStore,
  AdminUsersStore,
  AuditStore,
} from '@sce/web-admin-data-access';
import { SessionStore, permissionGuard } from '@sce/web-auth-data-access';
import { AdminLayout } from './layout/admin-layout';
import { NotAllowed } from './not-allowed/not-allowed';

/** Where the guards show people whose role does not open a page (the address bar keeps theirs). */
export const ADMIN_NOT_ALLOWED_URL = '/admin/not-allowed';

const allowed = (permission: Permission | Permission[]) =>
  permissionGuard(permission, ADMIN_NOT_ALLOWED_URL);

/**
 * /admin: people (`users`), organisations and the audit log. Visitors are sent to sign in;
 * signed-in people without the permission see the not-allowed page. Each page's store lives
 * with its route.
 */
export const adminRoutes: Route[] = [
  {
    path: 'not-allowed',
    title: 'admin.title.notAllowed',
    component: NotAllowed,
  },
  {
    path: '',
    component: AdminLayout,
    canActivate: [
      allowed([Permission.ManageUsers, Permission.ManageOrganisations]),
    ],
    children: [
      {
        path: '',
        pathMatch: 'full',
        redirectTo: () =>
          inject(SessionStore).hasPermission(Permission.ManageUsers)
            ? 'users'
            : 'organisations',
      },
      {
        path: 'users',
        title: 'admin.title.users',
        canActivate: [allowed(Permission.ManageUsers)],
        providers: [AdminUsersStore],
        loadComponent: () =>
          import('./users/admin-users').then((m) => m.AdminUsers),
      },
      {
        path: 'organisations',
        title: 'admin.title.organisations',
        canActivate: [allowed(Permission.ManageOrganisations)],
        providers: [AdminOrganisationsStore],
        loadComponent: () =>
          import('./organisations/admin-organisations').then(
            (m) => m.AdminOrganisations,
          ),
      },
      {
        path: 'audit',
        title: 'admin.title.audit',
        canActivate: [allowed(Permission.ManageUsers)],
        providers: [AuditStore],
        loadComponent: () =>
          import('./audit/audit-log').then((m) => m.AuditLog),
      },
    ],
  },
];
