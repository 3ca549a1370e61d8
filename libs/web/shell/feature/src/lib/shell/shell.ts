import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  inject,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import {
  I18nService,
  TranslatePipe,
  isLanguage,
  languageNames,
  languages,
} from '@sce/web-shared-data-access';
import { filter, skip } from 'rxjs';

/**
 * The page frame: skip link, header with site name, main navigation and language switcher,
 * the routed page in `<main id="main">`, and the footer. After each in-app navigation focus
 * moves to `<main>`, so screen reader users start reading the new page.
 */
@Component({
  selector: 'sce-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive, RouterOutlet, TranslatePipe],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly i18n = inject(I18nService);
  protected readonly languages = languages;
  protected readonly languageNames = languageNames;
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly injector = inject(Injector);

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() =>
        afterNextRender(() => this.focusMain(), { injector: this.injector }),
      );
  }

  protected skipToMain(event: Event): void {
    // A plain "#main" link would resolve against <base href="/"> and leave the current page.
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected changeLanguage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (isLanguage(value)) {
      this.i18n.setLanguage(value);
    }
  }

  /** The router restores the scroll position itself, so focusing must not scroll. */
  private focusMain(): void {
    this.main().nativeElement.focus({ preventScroll: true });
  }
}
