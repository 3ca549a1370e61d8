import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CommunityPage } from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';

/** REST calls for communities. */
@Injectable({ providedIn: 'root' })
export class CommunitiesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** One keyset page of the communities the caller may see; pass `nextCursor` for the next one. */
  list(cursor?: string | null): Observable<CommunityPage> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : undefined;
    return this.http.get<CommunityPage>(`${this.baseUrl}/communities`, {
      params,
    });
  }
}
