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
  Announcer,
  I18nService,
  TranslatePipe,
  isLanguage,
  languageNames,
  languages,
} from '@sce/web-shared-data-access';
import {
  ModerationNavItem,
  ModerationNotices,
} from '@sce/web-moderation-feature-moderation';
import { NotificationMenu } from '@sce/web-notifications-feature-notifications';
import { SearchBox } from '@sce/web-search-feature-search';
import { filter, skip } from 'rxjs';
import { AccountMenu } from '../account-menu/account-menu';
import { ConnectionStatus } from '../connection-status/connection-status';

/**
 * The page frame: skip link, header with site name, main navigation, search box, language
 * switcher and account menu, the routed page in `<main id="main">`, the footer, and the polite `aria-live`
 * region that reads out the `Announcer`'s messages, and the live connection's status (loaded
 * once the app is idle). After each in-app navigation focus moves to `<main>`, so screen reader
 * users start reading the new page.
 */
@Component({
  selector: 'sce-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
    AccountMenu,
    ConnectionStatus,
    ModerationNavItem,
    ModerationNotices,
    NotificationMenu,
    SearchBox,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly i18n = inject(I18nService);
  protected readonly announcer = inject(Announcer);
  private readonly router = inject(Router);
  protected readonly languages = languages;
  protected readonly languageNames = languageNames;
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly injector = inject(Injector);

  constructor() {
    this.router.events
      .pipe(
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
      // Offline, the language stays as it was; the switcher shows it again on the next render.
      this.i18n.setLanguage(value).catch(() => undefined);
    }
  }

  /** After signing out: the home page, focus on `<main>` (the menu button is gone), and a word. */
  protected afterSignOut(): void {
    void this.router.navigateByUrl('/').then(() => {
      afterNextRender(() => this.focusMain(), { injector: this.injector });
      this.announcer.announce('shell.account.signedOut');
    });
  }

  /** The router restores the scroll position itself, so focusing must not scroll. */
  private focusMain(): void {
    this.main().nativeElement.focus({ preventScroll: true });
  }
}
