import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SearchResult, SearchSuggestions } from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';
import type { SearchFilters } from './search-filters';

/** REST calls of search: `GET /api/search` and `GET /api/search/suggest`. */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** One page of results for the filters (empty filters are left out), after `cursor`. */
  search(
    filters: SearchFilters,
    cursor: string | null = null,
  ): Observable<SearchResult> {
    let params = new HttpParams().set('q', filters.q);
    const keys = [
      'type',
      'community',
      'country',
      'author',
      'organisation',
      'tag',
      'from',
      'to',
    ] as const;
    for (const key of keys) {
      const value = filters[key];
      if (value) params = params.set(key, value);
    }
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<SearchResult>(`${this.baseUrl}/search`, { params });
  }

  /** Titles, people and communities whose names start like `q` (at least 2 characters). */
  suggest(q: string): Observable<SearchSuggestions> {
    return this.http.get<SearchSuggestions>(`${this.baseUrl}/search/suggest`, {
      params: new HttpParams().set('q', q),
    });
  }
}
