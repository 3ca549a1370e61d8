import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Organisation,
  OrganisationPage,
  PublicProfilePage,
} from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';

/** Public REST calls of /api/organisations (no sign-in needed). */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** One keyset page in name order; `q` filters by name. */
  list(
    q: string,
    cursor: string | null,
    limit?: number,
  ): Observable<OrganisationPage> {
    let params = new HttpParams();
    if (q) {
      params = params.set('q', q);
    }
    if (cursor) {
      params = params.set('cursor', cursor);
    }
    if (limit !== undefined) {
      params = params.set('limit', limit);
    }
    return this.http.get<OrganisationPage>(`${this.baseUrl}/organisations`, {
      params,
    });
  }

  /** One organisation; 404 NOT_FOUND when there is none with this id. */
  get(id: string): Observable<Organisation> {
    return this.http.get<Organisation>(
      `${this.baseUrl}/organisations/${encodeURIComponent(id)}`,
    );
  }

  /** Public profiles of its active members, by name (keyset pages). */
  members(id: string, cursor: string | null): Observable<PublicProfilePage> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : undefined;
    return this.http.get<PublicProfilePage>(
      `${this.baseUrl}/organisations/${encodeURIComponent(id)}/members`,
      { params },
    );
  }
}
