import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import type {
  SubscriptionLevel,
  SubscriptionTargetType,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  WatchStore,
  subscriptionLevelKeys,
  subscriptionLevels,
} from '@sce/web-notifications-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
} from '@sce/web-shared-data-access';

/**
 * "Notifications: Watching" on a thread or community, for signed-in readers (nothing for
 * visitors): a menu of the four levels — watching, tracking, normal, muted — each with a line
 * saying what it means, the current one checked (`menuitemradio`). Choosing one saves it and
 * says so politely; a failure shows beside the button. Focus returns to the button.
 */
@Component({
  selector: 'sce-watch-control',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, MatButton, MatMenu, MatMenuItem, MatMenuTrigger],
  providers: [WatchStore],
  host: { '[hidden]': '!session.signedIn()' },
  template: `
    @if (session.signedIn()) {
      <button
        matButton="outlined"
        type="button"
        class="trigger"
        [id]="buttonId()"
        [matMenuTriggerFor]="levelMenu"
        [disabled]="store.saving() !== null"
        disabledInteractive
      >
        <svg
          class="bell"
          viewBox="0 0 24 24"
          width="18"
          height="18"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11c0-3.1-1.64-5.64-4.5-6.32V4a2.5 2.5 0 0 0-5 0v.68C6.63 5.36 5 7.9 5 11v5l-2 2v1h18v-1Z"
          />
        </svg>
        {{ buttonText() }}
      </button>
      <mat-menu #levelMenu="matMenu" [aria-label]="menuLabel() | t">
        @for (level of levels; track level) {
          <button
            mat-menu-item
            type="button"
            role="menuitemradio"
            class="level"
            [attr.aria-checked]="store.level() === level"
            [attr.aria-describedby]="hintId(level)"
            (click)="choose(level)"
          >
            <span class="level-text">
              <span class="level-name">
                <span class="check" aria-hidden="true">{{
                  store.level() === level ? '✓' : ''
                }}</span>
                {{ levelKeys[level].label | t }}
              </span>
              <!-- The item's description (aria-describedby), not part of its name. -->
              <span class="level-hint" aria-hidden="true" [id]="hintId(level)">{{
                levelKeys[level].hint[targetType()] | t
              }}</span>
            </span>
          </button>
        }
      </mat-menu>
      <span class="failed" role="alert">
        @if (failed()) {
          {{ 'notifications.watch.failed' | t }}
        }
      </span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    :host([hidden]) {
      display: none;
    }
    .bell {
      fill: currentColor;
      margin-inline-end: 0.25rem;
      vertical-align: -0.2em;
    }
    .level {
      block-size: auto;
      min-block-size: 3.5rem;
      padding-block: 0.5rem;
    }
    .level-text {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      white-space: normal;
    }
    .level-name {
      display: flex;
      gap: 0.375rem;
      font: var(--mat-sys-title-small);
      font-size: 1rem;
    }
    .check {
      inline-size: 1rem;
      color: var(--mat-sys-primary);
    }
    .level-hint {
      padding-inline-start: 1.375rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .failed {
      font: var(--mat-sys-body-medium);
      font-weight: 600;
      color: var(--mat-sys-error);
    }
    .failed:empty {
      display: none;
    }
  `,
})
export class WatchControl {
  readonly targetType = input.required<SubscriptionTargetType>();
  readonly targetId = input.required<string>();

  protected readonly session = inject(SessionStore);
  protected readonly store = inject(WatchStore);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly levels = subscriptionLevels;
  protected readonly levelKeys = subscriptionLevelKeys;
  protected readonly failed = signal(false);
  protected readonly buttonId = computed(
    () => `watch-${this.targetType()}-${this.targetId()}`,
  );
  protected readonly menuLabel = computed(() =>
    this.targetType() === 'thread'
      ? 'notifications.watch.menu.thread'
      : 'notifications.watch.menu.community',
  );
  protected readonly buttonText = computed(() => {
    const level = this.store.saving() ?? this.store.level();
    return level === null
      ? this.i18n.translate('notifications.watch.buttonUnknown')
      : this.i18n.translate('notifications.watch.button', {
          level: this.i18n.translate(subscriptionLevelKeys[level].label),
        });
  });

  constructor() {
    effect(() => {
      const signedIn = this.session.signedIn();
      const type = this.targetType();
      const id = this.targetId();
      if (signedIn) {
        untracked(() => this.store.load(type, id));
      }
    });
  }

  protected hintId(level: SubscriptionLevel): string {
    return `${this.buttonId()}-${level}-hint`;
  }

  protected choose(level: SubscriptionLevel): void {
    this.failed.set(false);
    if (level === this.store.level()) {
      return;
    }
    this.store
      .set(level)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () =>
          this.announcer.announce(
            this.targetType() === 'thread'
              ? 'notifications.watch.saved.thread'
              : 'notifications.watch.saved.community',
            { level: this.i18n.translate(subscriptionLevelKeys[level].label) },
          ),
        error: () => this.failed.set(true),
      });
  }
}
