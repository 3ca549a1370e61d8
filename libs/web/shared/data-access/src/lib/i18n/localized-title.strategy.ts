import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import { I18nService } from './i18n.service';

/**
 * Route `title`s are translation keys. The document title is "<page> · Smart Cities Exchange"
 * in the current language and follows a language switch.
 */
@Injectable()
export class LocalizedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = signal<string | undefined>(undefined);

  constructor() {
    super();
    effect(() => this.title.setTitle(this.compose(this.pageTitle())));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageTitle.set(this.buildTitle(snapshot));
  }

  private compose(page: string | undefined): string {
    if (page === undefined) {
      return this.i18n.translate('app.name');
    }
    const text = this.i18n.isKey(page) ? this.i18n.translate(page) : page;
    return this.i18n.translate('title.template', { page: text });
  }
}
