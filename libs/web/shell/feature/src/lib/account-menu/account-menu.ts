import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  output,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
} from '@angular/router';
import { SessionStore } from '@sce/web-auth-data-access';
import { Announcer, TranslatePipe } from '@sce/web-shared-data-access';
import { filter, map } from 'rxjs';
import { CanAdministerPipe } from './can-administer.pipe';

/**
 * The header's account control: a "Sign in" link for visitors (coming back to the current page
 * afterwards), or the signed-in person's name opening a menu with "Sign out". Shows nothing
 * until the session is known, so it never flashes "Sign in" at someone who is signed in.
 */
@Component({
  selector: 'sce-account-menu',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterLinkActive,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    TranslatePipe,
    CanAdministerPipe,
  ],
  templateUrl: './account-menu.html',
  styleUrl: './account-menu.scss',
})
export class AccountMenu {
  /** Emitted once the session has ended. */
  readonly signedOut = output<void>();

  protected readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly destroyRef = inject(DestroyRef);
  private readonly router = inject(Router);
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  protected readonly onSignInPage = computed(() =>
    /^\/sign-in(?:[/?#]|$)/.test(this.url()),
  );

  /** Come back here after signing in; on the sign-in page keep its own returnUrl. */
  protected readonly signInQueryParams = computed(() => {
    const url = this.url();
    return url === '/' || this.onSignInPage() ? null : { returnUrl: url };
  });

  protected signOut(): void {
    this.session
      .logout()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.signedOut.emit(),
        error: () => this.announcer.announce('shell.account.signOutFailed'),
      });
  }
}
