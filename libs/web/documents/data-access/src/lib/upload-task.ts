import { DestroyRef, computed, inject, signal } from '@angular/core';
import type { Observable, Subscription } from 'rxjs';
import type { UploadEvent } from './upload-event';

/**
 * - `uploading`: bytes are on their way;
 * - `checking`: all sent, the API is inspecting and storing the file;
 * - `done`, `failed` (see `error`), `cancelled`.
 */
export type UploadStatus =
  'idle' | 'uploading' | 'checking' | 'done' | 'failed' | 'cancelled';

interface UploadState {
  status: UploadStatus;
  loaded: number;
  total: number | null;
  error: unknown;
}

const idle: UploadState = {
  status: 'idle',
  loaded: 0,
  total: null,
  error: null,
};

/**
 * One upload at a time, as signals: progress in bytes and percent, the outcome, and `cancel()`,
 * which aborts the request. Create it in an injection context: an upload still running when
 * that context is destroyed is aborted.
 */
export class UploadTask<T> {
  private readonly state = signal<UploadState>(idle);
  private request: Subscription | undefined;

  readonly status = computed(() => this.state().status);
  readonly loaded = computed(() => this.state().loaded);
  readonly total = computed(() => this.state().total);
  readonly error = computed(() => this.state().error);
  /** Whether a request is running (uploading or being checked). */
  readonly busy = computed(() => {
    const status = this.state().status;
    return status === 'uploading' || status === 'checking';
  });
  /** 0–100, whole numbers; null while the size is not known yet. */
  readonly percent = computed(() => {
    const { loaded, total, status } = this.state();
    if (status === 'checking' || status === 'done') {
      return 100;
    }
    if (total === null || total <= 0) {
      return null;
    }
    return Math.min(100, Math.floor((loaded / total) * 100));
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.request?.unsubscribe());
  }

  /**
   * Starts an upload (cancelling one still running). `done` gets the API's answer, `failed` the
   * error; neither is called after `cancel()`.
   */
  start(
    request: Observable<UploadEvent<T>>,
    handlers: { done: (result: T) => void; failed?: (error: unknown) => void },
  ): void {
    this.request?.unsubscribe();
    this.state.set({ ...idle, status: 'uploading' });
    this.request = request.subscribe({
      next: (event) => {
        if (event.kind === 'progress') {
          const finished = event.total !== null && event.loaded >= event.total;
          this.state.set({
            status: finished ? 'checking' : 'uploading',
            loaded: event.loaded,
            total: event.total,
            error: null,
          });
          return;
        }
        this.state.update((state) => ({
          ...state,
          status: 'done',
          loaded: state.total ?? state.loaded,
        }));
        handlers.done(event.result);
      },
      error: (error: unknown) => {
        this.state.update((state) => ({ ...state, status: 'failed', error }));
        handlers.failed?.(error);
      },
    });
  }

  /** Aborts the running upload; the API keeps nothing of it. */
  cancel(): void {
    if (!this.busy()) {
      return;
    }
    this.request?.unsubscribe();
    this.request = undefined;
    this.state.update((state) => ({ ...state, status: 'cancelled' }));
  }

  /** Back to idle (after showing the outcome). */
  reset(): void {
    this.request?.unsubscribe();
    this.request = undefined;
    this.state.set(idle);
  }
}
