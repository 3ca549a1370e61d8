import { Injectable, computed, inject } from '@angular/core';
import { SessionStore } from '@sce/web-auth-data-access';
import { I18nService, languageLocales } from '@sce/web-shared-data-access';
import { browserTimeZone, isKnownTimeZone } from './event-time';

/**
 * "Your time": the time zone of the signed-in person's profile, or the browser's own for
 * visitors (and for a profile zone the browser does not know); the locale of the interface
 * language for dates and times.
 */
@Injectable({ providedIn: 'root' })
export class ViewerTimeZone {
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly browserZone = browserTimeZone();

  readonly zone = computed(() => {
    const profileZone = this.session.user()?.timeZone;
    return isKnownTimeZone(profileZone)
      ? (profileZone as string)
      : this.browserZone;
  });
  readonly locale = computed(() => languageLocales[this.i18n.language()]);
}
