import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  SubscriptionLevel,
  SubscriptionTargetType,
  SubscriptionView,
} from '@sce/shared-contracts';
import { tap, type Observable, type Subscription } from 'rxjs';
import { NotificationsApi } from './notifications.api';

export type WatchStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * The signed-in reader's level for one thread or community (watching, tracking, normal,
 * muted): loaded for a target, changed with `set`. Provide it with the control that shows it.
 */
@Injectable()
export class WatchStore {
  private readonly api = inject(NotificationsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<{
    target: { type: SubscriptionTargetType; id: string } | null;
    status: WatchStatus;
    subscription: SubscriptionView | null;
    saving: SubscriptionLevel | null;
  }>({ target: null, status: 'idle', subscription: null, saving: null });
  private request: Subscription | undefined;

  readonly status = computed(() => this.state().status);
  readonly level = computed(() => this.state().subscription?.level ?? null);
  readonly subscription = computed(() => this.state().subscription);
  /** The level being saved. */
  readonly saving = computed(() => this.state().saving);

  /** Loads the level for a target (again only when the target changes). */
  load(type: SubscriptionTargetType, id: string): void {
    const target = this.state().target;
    if (target?.type === type && target.id === id && this.state().status !== 'error') {
      return;
    }
    this.request?.unsubscribe();
    this.state.set({
      target: { type, id },
      status: 'loading',
      subscription: null,
      saving: null,
    });
    this.request = this.api
      .subscription(type, id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (subscription) =>
          this.state.update((state) => ({ ...state, status: 'loaded', subscription })),
        error: () => this.state.update((state) => ({ ...state, status: 'error' })),
      });
  }

  /** Sets the level of the loaded target; the answer replaces the one shown. */
  set(level: SubscriptionLevel): Observable<SubscriptionView> {
    const target = this.state().target;
    if (target === null) {
      throw new Error('WatchStore.set before load');
    }
    this.state.update((state) => ({ ...state, saving: level }));
    return this.api.setSubscription(target.type, target.id, level).pipe(
      tap({
        next: (subscription) =>
          this.state.update((state) => ({
            ...state,
            status: 'loaded',
            subscription,
            saving: null,
          })),
        error: () => this.state.update((state) => ({ ...state, saving: null })),
      }),
    );
  }
}
