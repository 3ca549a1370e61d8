import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Person } from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';

/** The API's bounds of `GET /api/users?q=`: at least 2 characters, at most 20 people. */
export const PEOPLE_QUERY_MIN = 2;
export const PEOPLE_LIMIT_MAX = 20;

/** Finding people by name, to mention them or invite them (signed in only). */
@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** Active people whose name contains `q`, names starting with it first. */
  search(q: string, limit = 10): Observable<Person[]> {
    const params = new HttpParams().set('q', q).set('limit', limit);
    return this.http.get<Person[]>(`${this.baseUrl}/users`, { params });
  }
}
