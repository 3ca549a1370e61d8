import {
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
  type EnvironmentProviders,
} from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { I18nService } from './i18n.service';
import { LocalizedTitleStrategy } from './localized-title.strategy';

/** Sets `<html lang>` and loads the chosen language's texts at start-up; translates route titles. */
export function provideI18n(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
    provideAppInitializer(() => inject(I18nService).ready()),
  ]);
}
