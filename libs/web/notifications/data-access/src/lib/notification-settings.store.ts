import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  NotificationSettings,
  UpdateNotificationSettingsRequest,
} from '@sce/shared-contracts';
import { tap, type Observable } from 'rxjs';
import { NotificationsApi } from './notifications.api';

export type NotificationSettingsStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * The settings page's state: the person's notification settings (mail per kind, watching
 * automatically, muted people), loaded once and replaced by what saving answers. Provide it
 * where the page is.
 */
@Injectable()
export class NotificationSettingsStore {
  private readonly api = inject(NotificationsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<{
    status: NotificationSettingsStatus;
    settings: NotificationSettings | null;
  }>({ status: 'idle', settings: null });

  readonly status = computed(() => this.state().status);
  readonly settings = computed(() => this.state().settings);

  load(): void {
    this.state.set({ status: 'loading', settings: null });
    this.api
      .settings()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (settings) => this.state.set({ status: 'loaded', settings }),
        error: () => this.state.set({ status: 'error', settings: null }),
      });
  }

  /** Saves changes (any subset); the settings shown become what the API answers. */
  save(changes: UpdateNotificationSettingsRequest): Observable<NotificationSettings> {
    return this.api
      .updateSettings(changes)
      .pipe(tap((settings) => this.state.set({ status: 'loaded', settings })));
  }
}
