import {
  DestroyRef,
  Injectable,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Organisation, PublicProfile } from '@sce/shared-contracts';
import { KeysetList, isApiError } from '@sce/web-shared-data-access';
import {
  catchError,
  map,
  of,
  shareReplay,
  type Observable,
  type Subscription,
} from 'rxjs';
import { OrganisationsApi } from './organisations.api';

export type OrganisationPageStatus =
  'idle' | 'loading' | 'loaded' | 'not-found' | 'error';

interface OrganisationPageState {
  id: string | null;
  organisation: Organisation | null;
  status: OrganisationPageStatus;
}

/**
 * One organisation's public page: the organisation and its members' public profiles (keyset
 * pages). Provide it at the route; the route's title resolver starts `load(id)`, so the page
 * title can name the organisation.
 */
@Injectable()
export class OrganisationPageStore {
  private readonly api = inject(OrganisationsApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<OrganisationPageState>({
    id: null,
    organisation: null,
    status: 'idle',
  });
  private request: Subscription | undefined;
  private current: Observable<Organisation | null> | null = null;

  readonly organisation = computed(() => this.state().organisation);
  readonly status = computed(() => this.state().status);
  readonly members = new KeysetList<PublicProfile, string>((id, cursor) =>
    this.api.members(id, cursor),
  );

  /**
   * Loads the organisation and the first page of its members. Asking again for the id that is
   * loading or loaded shares that request. Emits the organisation, or null when it is unknown or
   * could not be loaded.
   */
  load(id: string): Observable<Organisation | null> {
    const { id: loadedId, status } = this.state();
    if (
      this.current &&
      loadedId === id &&
      (status === 'loading' || status === 'loaded')
    ) {
      return this.current;
    }
    this.request?.unsubscribe();
    this.state.set({ id, organisation: null, status: 'loading' });
    this.members.load(id);
    const organisation = this.api.get(id).pipe(
      map((found): Organisation | null => {
        this.state.set({ id, organisation: found, status: 'loaded' });
        return found;
      }),
      catchError((error: unknown) => {
        this.state.set({
          id,
          organisation: null,
          status: isApiError(error, 404) ? 'not-found' : 'error',
        });
        return of(null);
      }),
      takeUntilDestroyed(this.destroyRef),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    this.current = organisation;
    this.request = organisation.subscribe();
    return organisation;
  }

  /** Tries again after a failure. */
  retry(): void {
    const { id } = this.state();
    if (id !== null) {
      this.current = null;
      this.load(id);
    }
  }
}
