import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { NotificationType } from '@sce/shared-contracts';
import {
  NotificationsApi,
  notificationTypeKeys,
} from '@sce/web-notifications-data-access';
import {
  TranslatePipe,
  isApiError,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';

type State =
  | { kind: 'working' }
  /** `typeKey`: the kind of mail that stopped; null: the daily digest. */
  | { kind: 'done'; typeKey: TranslationKey | null }
  | { kind: 'invalid' }
  | { kind: 'failed' };

const isType = (value: string): value is NotificationType =>
  Object.prototype.hasOwnProperty.call(notificationTypeKeys, value);

/**
 * `/unsubscribe?token=…`: where a mail's unsubscribe link lands when a mail program opens it in
 * the browser. No sign-in is needed: the signed token names the person and the mail, which stops
 * at once. Says what stopped (or that the link is not valid) and links to the settings.
 */
@Component({
  selector: 'sce-unsubscribe',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton, PageHeader],
  template: `
    <sce-page-header [heading]="'notifications.unsubscribe.heading' | t" />
    @switch (state().kind) {
      @case ('working') {
        <p class="sce-hint" role="status">{{ 'notifications.unsubscribe.working' | t }}</p>
      }
      @case ('failed') {
        <div class="sce-status-panel error" role="alert">
          <p class="sce-status-body">{{ 'notifications.unsubscribe.failed' | t }}</p>
          <button matButton="outlined" type="button" (click)="run()">
            {{ 'notifications.retry' | t }}
          </button>
        </div>
      }
      @default {
        @let current = state();
        <div
          class="sce-status-panel"
          [class.error]="current.kind === 'invalid'"
          role="status"
        >
          @if (current.kind === 'done') {
            <p class="sce-status-body">
              @if (current.typeKey; as typeKey) {
                {{ 'notifications.unsubscribe.type' | t: { type: (typeKey | t) } }}
              } @else {
                {{ 'notifications.unsubscribe.digest' | t }}
              }
            </p>
          } @else {
            <p class="sce-status-body">{{ 'notifications.unsubscribe.invalid' | t }}</p>
          }
        </div>
        <p>
          <a routerLink="/settings/notifications">{{
            'notifications.unsubscribe.settings' | t
          }}</a>
        </p>
        <p class="sce-hint">{{ 'notifications.unsubscribe.settingsHint' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 40rem;
    }
  `,
})
export class Unsubscribe {
  /** `?token=` from the mail's link. */
  readonly token = input<string>();

  private readonly api = inject(NotificationsApi);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly state = signal<State>({ kind: 'working' });

  constructor() {
    effect(() => {
      this.token();
      untracked(() => this.run());
    });
  }

  protected run(): void {
    const token = (this.token() ?? '').trim();
    if (token.length === 0) {
      this.state.set({ kind: 'invalid' });
      return;
    }
    this.state.set({ kind: 'working' });
    this.api
      .unsubscribe(token)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ unsubscribed }) =>
          this.state.set({
            kind: 'done',
            typeKey: isType(unsubscribed) ? notificationTypeKeys[unsubscribed] : null,
          }),
        error: (error: unknown) =>
          this.state.set(isApiError(error, 400) ? { kind: 'invalid' } : { kind: 'failed' }),
      });
  }
}
