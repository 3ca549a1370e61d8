import type { Route } from '@angular/router';
import { signedInGuard } from '@sce/web-auth-data-access';
import { AccessTokens } from './access-tokens/access-tokens';
import { AccountSettings } from './account-settings/account-settings';
import { ConfirmEmail } from './confirm-email/confirm-email';
import { ProfileSettings } from './profile-settings/profile-settings';
import { SettingsLayout } from './settings-layout/settings-layout';

/**
 * /settings/profile, /settings/account, /settings/tokens and /settings/calendar (the calendar
 * feed, from the events feature), for signed-in people only.
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
    ],
  },
];

/** /confirm-email?token=… (the link mailed to a new address); no session needed. */
export const confirmEmailRoutes: Route[] = [
  { path: '', component: ConfirmEmail },
];
