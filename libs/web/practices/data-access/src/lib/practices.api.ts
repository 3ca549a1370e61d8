import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreatePracticeRequest,
  CreateTransferRequest,
  EvaluationRequest,
  EvaluationsResult,
  Maturity,
  PracticeDetail,
  PracticeInsights,
  PracticePage,
  ServiceDomain,
  Showcase,
  Transfer,
  TransferInsights,
  UpdatePracticeRequest,
  UpdateTransferRequest,
} from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';
import { csrfWrapper } from './csrf';

/** Filters of the practice list and the insights (all optional). */
export interface PracticeFilters {
  domain?: ServiceDomain | null;
  country?: string | null;
  maturity?: Maturity | null;
  /** Free-text search (the list only). */
  q?: string | null;
}

const id = (value: string) => encodeURIComponent(value);

function filterParams(filters: PracticeFilters): HttpParams {
  let params = new HttpParams();
  for (const name of ['domain', 'country', 'maturity', 'q'] as const) {
    const value = filters[name];
    if (value) {
      params = params.set(name, value);
    }
  }
  return params;
}

/** REST calls of practices, their transfers and evaluations, the insights and the showcase. */
@Injectable({ providedIn: 'root' })
export class PracticesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly withCsrf = csrfWrapper();

  /** The public showcase (no sign-in needed). */
  showcase(): Observable<Showcase> {
    return this.http.get<Showcase>(`${this.baseUrl}/showcase`);
  }

  /** One keyset page of practices matching the filters. */
  list(
    filters: PracticeFilters,
    cursor: string | null,
  ): Observable<PracticePage> {
    let params = filterParams(filters);
    if (cursor) {
      params = params.set('cursor', cursor);
    }
    return this.http.get<PracticePage>(`${this.baseUrl}/practices`, { params });
  }

  get(practiceId: string): Observable<PracticeDetail> {
    return this.http.get<PracticeDetail>(
      `${this.baseUrl}/practices/${id(practiceId)}`,
    );
  }

  create(request: CreatePracticeRequest): Observable<PracticeDetail> {
    return this.withCsrf(() =>
      this.http.post<PracticeDetail>(`${this.baseUrl}/practices`, request),
    );
  }

  update(
    practiceId: string,
    request: UpdatePracticeRequest,
  ): Observable<PracticeDetail> {
    return this.withCsrf(() =>
      this.http.patch<PracticeDetail>(
        `${this.baseUrl}/practices/${id(practiceId)}`,
        request,
      ),
    );
  }

  /** The caller's organisation takes up the practice (409 ALREADY_TRANSFERRING, OWN_PRACTICE). */
  createTransfer(
    practiceId: string,
    request: CreateTransferRequest,
  ): Observable<Transfer> {
    return this.withCsrf(() =>
      this.http.post<Transfer>(
        `${this.baseUrl}/practices/${id(practiceId)}/transfers`,
        request,
      ),
    );
  }

  /** Moves a transfer forward or abandons it (409 STAGE_BACKWARDS). */
  updateTransfer(
    transferId: string,
    request: UpdateTransferRequest,
  ): Observable<Transfer> {
    return this.withCsrf(() =>
      this.http.patch<Transfer>(
        `${this.baseUrl}/transfers/${id(transferId)}`,
        request,
      ),
    );
  }

  evaluations(practiceId: string): Observable<EvaluationsResult> {
    return this.http.get<EvaluationsResult>(
      `${this.baseUrl}/practices/${id(practiceId)}/evaluations`,
    );
  }

  /** Writes the caller's own evaluation (403 for the owning organisation's people); answers all. */
  evaluate(
    practiceId: string,
    request: EvaluationRequest,
  ): Observable<EvaluationsResult> {
    return this.withCsrf(() =>
      this.http.put<EvaluationsResult>(
        `${this.baseUrl}/practices/${id(practiceId)}/evaluations`,
        request,
      ),
    );
  }

  practiceInsights(filters: PracticeFilters): Observable<PracticeInsights> {
    return this.http.get<PracticeInsights>(
      `${this.baseUrl}/insights/practices`,
      {
        params: filterParams({ ...filters, q: null }),
      },
    );
  }

  transferInsights(filters: PracticeFilters): Observable<TransferInsights> {
    return this.http.get<TransferInsights>(
      `${this.baseUrl}/insights/transfers`,
      {
        params: filterParams({ ...filters, q: null }),
      },
    );
  }
}
