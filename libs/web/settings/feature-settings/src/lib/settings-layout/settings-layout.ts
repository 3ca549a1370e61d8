import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@sce/web-shared-data-access';

/** The settings area: a small navigation between its pages (the current one marked), then the page. */
@Component({
  selector: 'sce-settings-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  templateUrl: './settings-layout.html',
  styleUrl: './settings-layout.scss',
})
export class SettingsLayout {
  protected readonly pages = [
    { path: 'profile', label: 'settings.nav.profile' },
    { path: 'account', label: 'settings.nav.account' },
    { path: 'tokens', label: 'settings.nav.tokens' },
    { path: 'calendar', label: 'settings.nav.calendar' },
    { path: 'notifications', label: 'settings.nav.notifications' },
  ] as const;
}
