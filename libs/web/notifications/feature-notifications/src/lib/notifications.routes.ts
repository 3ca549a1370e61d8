import type { Route } from '@angular/router';
import { signedInGuard } from '@sce/web-auth-data-access';
import { NotificationListStore } from '@sce/web-notifications-data-access';
import { NotificationsPage } from './notifications-page/notifications-page';
import { Unsubscribe } from './unsubscribe/unsubscribe';

/** `/notifications` (`?unread=true`), for signed-in people; the list's store lives with the route. */
export const notificationsRoutes: Route[] = [
  {
    path: '',
    title: 'notifications.title',
    canActivate: [signedInGuard],
    component: NotificationsPage,
    providers: [NotificationListStore],
  },
];

/** `/unsubscribe?token=…`: a mail's one-click unsubscribe link opened in the browser (no sign-in). */
export const unsubscribeRoutes: Route[] = [
  { path: '', title: 'notifications.title.unsubscribe', component: Unsubscribe },
];
