import { DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Observable, Subscription } from 'rxjs';

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

/**
 * One value fetched from the API as signals: the value, and whether it is loading, loaded or
 * failed. A new `load` cancels the previous request. Create it in an injection context.
 */
export class Loadable<T, Q = void> {
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<{
    query: Q | null;
    value: T | null;
    status: LoadStatus;
  }>({
    query: null,
    value: null,
    status: 'idle',
  });
  private request: Subscription | undefined;

  readonly value = computed(() => this.state().value);
  readonly status = computed(() => this.state().status);
  readonly query = computed(() => this.state().query);

  constructor(private readonly fetch: (query: Q) => Observable<T>) {}

  /** Fetches for `query`; the previous value stays shown until the new one arrives. */
  load(query: Q): void {
    this.request?.unsubscribe();
    this.state.update((state) => ({ ...state, query, status: 'loading' }));
    this.request = this.fetch(query)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (value) => this.state.set({ query, value, status: 'loaded' }),
        error: () => this.state.set({ query, value: null, status: 'error' }),
      });
  }

  reload(): void {
    const { query, status } = this.state();
    if (status !== 'idle') {
      this.load(query as Q);
    }
  }
}
