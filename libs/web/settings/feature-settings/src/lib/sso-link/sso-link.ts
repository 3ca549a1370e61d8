import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute } from '@angular/router';
import type { SsoErrorCode } from '@sce/shared-contracts';
import { AuthApi } from '@sce/web-auth-data-access';
import {
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { catchError, of } from 'rxjs';

const problemKeys: Partial<Record<SsoErrorCode, TranslationKey>> = {
  SSO_ALREADY_LINKED: 'settings.sso.error.alreadyLinked',
};

/**
 * Links the organisation's single sign-on account to this one, when the server offers single
 * sign-on. The API redirects back here with `?sso=linked` or `?ssoError=CODE`.
 */
@Component({
  selector: 'sce-sso-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, MatButton],
  template: `
    @if (sso()?.enabled) {
      <section class="section" aria-labelledby="sso-heading">
        <h2 id="sso-heading" class="section-heading">
          {{ 'settings.sso.heading' | t }}
        </h2>
        <p class="section-lead">
          {{ 'settings.sso.lead' | t: { name: sso()?.name ?? '' } }}
        </p>
        @if (linked()) {
          <p class="sso-status" role="status">
            {{ 'settings.sso.linked' | t: { name: sso()?.name ?? '' } }}
          </p>
        }
        @if (problem(); as key) {
          <p class="sso-problem" role="alert">{{ key | t }}</p>
        }
        <a matButton="outlined" [href]="startUrl">{{
          'settings.sso.link' | t: { name: sso()?.name ?? '' }
        }}</a>
      </section>
    }
  `,
  styleUrl: '../settings-form.scss',
})
export class SsoLink {
  private readonly api = inject(AuthApi);
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;

  protected readonly sso = toSignal(
    this.api.ssoInfo().pipe(catchError(() => of(null))),
    { initialValue: null },
  );
  protected readonly linked = computed(
    () => this.query.get('sso') === 'linked',
  );
  protected readonly problem = computed((): TranslationKey | null => {
    const code = this.query.get('ssoError');
    if (code === null) return null;
    return problemKeys[code as SsoErrorCode] ?? 'settings.sso.error.failed';
  });
  protected readonly startUrl = this.api.ssoStartUrl({
    returnTo: '/settings/account',
    link: true,
  });
}
