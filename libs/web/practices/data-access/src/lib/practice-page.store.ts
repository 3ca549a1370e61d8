import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  CreateTransferRequest,
  EvaluationRequest,
  EvaluationsResult,
  PracticeDetail,
  Transfer,
  UpdatePracticeRequest,
  UpdateTransferRequest,
} from '@sce/shared-contracts';
import { isApiError } from '@sce/web-shared-data-access';
import {
  catchError,
  map,
  of,
  shareReplay,
  tap,
  type Observable,
  type Subscription,
} from 'rxjs';
import { Loadable } from './loadable';
import { PracticesApi } from './practices.api';

export type PracticePageStatus =
  'idle' | 'loading' | 'loaded' | 'not-found' | 'error';

interface PracticePageState {
  id: string | null;
  practice: PracticeDetail | null;
  status: PracticePageStatus;
}

/**
 * One practice's page: the practice (with its transfers and what the viewer may do) and its
 * evaluations, and the viewer's actions on them. Provide it at the route; the route's title
 * resolver starts `load(id)`, so the page title can be the practice's.
 */
@Injectable()
export class PracticePageStore {
  private readonly api = inject(PracticesApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<PracticePageState>({
    id: null,
    practice: null,
    status: 'idle',
  });
  private request: Subscription | undefined;
  private current: Observable<PracticeDetail | null> | null = null;

  readonly practice = computed(() => this.state().practice);
  readonly status = computed(() => this.state().status);
  readonly evaluations = new Loadable((id: string) => this.api.evaluations(id));

  /**
   * Loads the practice and its evaluations. Asking again for the id that is loading or loaded
   * shares that request. Emits the practice, or null when it is unknown or failed to load.
   */
  load(id: string): Observable<PracticeDetail | null> {
    const { id: loadedId, status } = this.state();
    if (
      this.current &&
      loadedId === id &&
      (status === 'loading' || status === 'loaded')
    ) {
      return this.current;
    }
    this.request?.unsubscribe();
    this.state.set({ id, practice: null, status: 'loading' });
    this.evaluations.load(id);
    const practice = this.api.get(id).pipe(
      map((found): PracticeDetail | null => {
        this.state.set({ id, practice: found, status: 'loaded' });
        return found;
      }),
      catchError((error: unknown) => {
        this.state.set({
          id,
          practice: null,
          status: isApiError(error, 404) ? 'not-found' : 'error',
        });
        return of(null);
      }),
      takeUntilDestroyed(this.destroyRef),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    this.current = practice;
    this.request = practice.subscribe();
    return practice;
  }

  /** Tries again after a failure. */
  retry(): void {
    const { id } = this.state();
    if (id !== null) {
      this.current = null;
      this.load(id);
    }
  }

  /** Changes the practice (people of the owning organisation, administrators). */
  update(patch: UpdatePracticeRequest): Observable<PracticeDetail> {
    const id = this.requireId();
    return this.api.update(id, patch).pipe(
      tap((practice) => {
        if (this.state().id !== id) {
          return;
        }
        this.state.update((state) => ({ ...state, practice, status: 'loaded' }));
        // The page (and its title) read the practice as it is now, not as first loaded.
        this.current = of(practice);
      }),
    );
  }

  /** Records the viewer's organisation's transfer; the practice is fetched again on success. */
  recordTransfer(request: CreateTransferRequest): Observable<Transfer> {
    return this.api
      .createTransfer(this.requireId(), request)
      .pipe(tap(() => this.refresh()));
  }

  /** Moves one of the viewer's organisation's transfers forward, or abandons it. */
  updateTransfer(
    transferId: string,
    request: UpdateTransferRequest,
  ): Observable<Transfer> {
    return this.api.updateTransfer(transferId, request).pipe(
      tap((transfer) =>
        this.state.update((state) =>
          state.practice
            ? {
                ...state,
                practice: {
                  ...state.practice,
                  transfersList: state.practice.transfersList.map((existing) =>
                    existing.id === transfer.id ? transfer : existing,
                  ),
                },
              }
            : state,
        ),
      ),
      tap(() => this.refresh()),
    );
  }

  /** Writes the viewer's evaluation; the evaluations and the practice's scores follow. */
  evaluate(request: EvaluationRequest): Observable<EvaluationsResult> {
    const id = this.requireId();
    return this.api.evaluate(id, request).pipe(
      tap(() => {
        this.evaluations.load(id);
        this.refresh();
      }),
    );
  }

  /** Fetches the practice again without hiding what is shown. */
  private refresh(): void {
    const id = this.state().id;
    if (id === null) {
      return;
    }
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (practice) =>
          this.state.update((state) =>
            state.id === id ? { ...state, practice, status: 'loaded' } : state,
          ),
        error: () => undefined,
      });
  }

  private requireId(): string {
    const id = this.state().id;
    if (id === null) {
      throw new Error('No practice is loaded');
    }
    return id;
  }
}
