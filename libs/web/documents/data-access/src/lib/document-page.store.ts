import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type {
  DocumentVersionView,
  DocumentView,
  UpdateDocumentRequest,
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
import { DocumentsApi } from './documents.api';

export type DocumentPageStatus =
  'idle' | 'loading' | 'loaded' | 'not-found' | 'error';

interface DocumentPageState {
  id: string | null;
  document: DocumentView | null;
  status: DocumentPageStatus;
}

/**
 * One document's page: the document with its newest version, its versions, changing its
 * details, new versions and deleting it. Provide it at the `/documents/:id` route; the title
 * resolver starts `load(id)`.
 */
@Injectable()
export class DocumentPageStore {
  private readonly api = inject(DocumentsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<DocumentPageState>({
    id: null,
    document: null,
    status: 'idle',
  });
  private request: Subscription | undefined;
  private current: Observable<DocumentView | null> | null = null;

  readonly document = computed(() => this.state().document);
  readonly status = computed(() => this.state().status);

  /**
   * Loads the document; asking again while the same one loads shares the request. Emits the
   * document, or null when it is unknown, unreadable or failed (see `status`).
   */
  load(id: string): Observable<DocumentView | null> {
    const { id: loadedId, status } = this.state();
    if (this.current && loadedId === id && status === 'loading') {
      return this.current;
    }
    this.request?.unsubscribe();
    this.state.set({ id, document: null, status: 'loading' });
    const document = this.api.get(id).pipe(
      map((found): DocumentView | null => {
        this.state.set({ id, document: found, status: 'loaded' });
        return found;
      }),
      catchError((error: unknown) => {
        this.state.set({
          id,
          document: null,
          status:
            isApiError(error, 404) || isApiError(error, 400)
              ? 'not-found'
              : 'error',
        });
        return of(null);
      }),
      takeUntilDestroyed(this.destroyRef),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    this.current = document;
    this.request = document.subscribe();
    return document;
  }

  retry(): void {
    const { id } = this.state();
    if (id !== null) {
      this.current = null;
      this.load(id);
    }
  }

  /** Shows a newer copy of the document (after a new version, say). */
  replace(document: DocumentView): void {
    this.state.update((state) =>
      state.document?.id === document.id ? { ...state, document } : state,
    );
  }

  versions(): Observable<DocumentVersionView[]> {
    const id = this.state().document?.id;
    return id === undefined ? of([]) : this.api.versions(id);
  }

  update(patch: UpdateDocumentRequest): Observable<DocumentView> {
    return this.api
      .update(this.state().document?.id ?? '', patch)
      .pipe(tap((document) => this.replace(document)));
  }

  remove(): Observable<void> {
    return this.api.remove(this.state().document?.id ?? '');
  }
}
