import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18nService, type TranslationParams } from './i18n.service';
import type { TranslationKey } from './messages.en';

/**
 * `{{ 'shell.nav.home' | t }}` or `{{ 'community.members' | t: { count: 3 } }}`.
 * Impure on purpose: it reads the language signal on every check, so a switch re-renders the text.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.translate(key, params);
  }
}
