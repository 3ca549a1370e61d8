import type { Route } from '@angular/router';
import { Permission } from '@sce/shared-contracts';
import { permissionGuard } from '@sce/web-auth-data-access';
import {
  ApprovalQueueStore,
  FlagQueueStore,
  ModerationAuditStore,
} from '@sce/web-moderation-data-access';
import { MODERATION_NOT_ALLOWED_URL, moderatorGuard } from './moderation.guard';
import { ModerationNotAllowed } from './not-allowed/moderation-not-allowed';

/**
 * `/moderation`: the dashboard (flag queue and approval queue) for anyone who moderates
 * something, and `/moderation/audit`, the audit trail, for global moderators and admins (as the
 * API allows). Each page's stores live with its route.
 */
export const moderationRoutes: Route[] = [
  {
    path: 'not-allowed',
    title: 'moderation.title.notAllowed',
    component: ModerationNotAllowed,
  },
  {
    path: '',
    pathMatch: 'full',
    title: 'moderation.title.dashboard',
    canActivate: [moderatorGuard],
    providers: [FlagQueueStore, ApprovalQueueStore],
    loadComponent: () =>
      import('./dashboard/moderation-dashboard').then((m) => m.ModerationDashboard),
  },
  {
    path: 'audit',
    title: 'moderation.title.audit',
    canActivate: [permissionGuard(Permission.SuspendUser, MODERATION_NOT_ALLOWED_URL)],
    providers: [ModerationAuditStore],
    loadComponent: () =>
      import('./audit-trail/audit-trail').then((m) => m.AuditTrail),
  },
];
