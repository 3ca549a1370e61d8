import type { Route } from '@angular/router';
import { signedInGuard } from '@sce/web-auth-data-access';
import { AccessTokens } from './access-tokens/access-tokens';
import { AccountSettings } from './account-settings/account-settings';
import { ConfirmEmail } from './confirm-email/confirm-email';
import { ProfileSettings } from './profile-settings/profile-settings';
import { SettingsLayout } from './settings-layout/settings-layout';

/**
 * /settings/profile, /settings/account, /settings/tokens, /settings/calendar (the calendar
 * feed, from the events feature) and /settings/notifications (from the notifications feature),
 * for signed-in people only.
 */
export const settingsRoutes: Route[] = [
  {
    path: '',
    component: SettingsLayout,
    canActivate: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'profile' },
      {
        path: 'profile',
        title: 'settings.title.profile',
        component: ProfileSettings,
      },
      {
        path: 'account',
        title: 'settings.title.account',
        component: AccountSettings,
      },
      {
        path: 'tokens',
        title: 'settings.title.tokens',
        component: AccessTokens,
      },
      {
        path: 'calendar',
        title: 'events.title.feed',
        loadComponent: () =>
          import('@sce/web-events-feature-events').then((m) => m.CalendarFeed),
      },
      {
        path: 'notifications',
        title: 'notifications.title.settings',
        loadComponent: () =>
          import('@sce/web-notifications-feature-notifications').then(
            (m) => m.NotificationSettingsPage,
          ),
      },
    ],
  },
];

/** /confirm-email?token=… (the link mailed to a new address); no session needed. */
export const confirmEmailRoutes: Route[] = [
  { path: '', component: ConfirmEmail },
];
