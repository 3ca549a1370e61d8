import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdminUser,
  AdminUserPage,
  AuditPage,
  GlobalRole,
  OrganisationAdmin,
  OrganisationInput,
  OrganisationPatch,
  Page,
  SuspendUserRequest,
  UserStatus,
} from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';

/** What the people list is filtered by; empty values filter nothing. */
export interface AdminUserFilter {
  q: string;
  status: UserStatus | null;
  role: GlobalRole | null;
}

/** What the audit log is filtered by; empty values filter nothing. */
export interface AuditFilter {
  action: string;
  targetType: string;
  targetId: string;
  actorId: string;
}

function params(
  values: Readonly<Record<string, string | null | undefined>>,
  cursor: string | null,
): HttpParams {
  let result = new HttpParams();
  for (const [name, value] of Object.entries(values)) {
    if (value) {
      result = result.set(name, value);
    }
  }
  return cursor ? result.set('cursor', cursor) : result;
}

/** REST calls of /api/admin: people, organisations and the audit log (admins). */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  users(
    filter: AdminUserFilter,
    cursor: string | null,
  ): Observable<AdminUserPage> {
    return this.http.get<AdminUserPage>(`${this.baseUrl}/admin/users`, {
      params: params(
        { q: filter.q.trim(), status: filter.status, role: filter.role },
        cursor,
      ),
    });
  }

  /** 409 CONFLICT unless the account is pending and its address confirmed. */
  approve(id: string): Observable<AdminUser> {
    return this.http.post<AdminUser>(`${this.userUrl(id)}/approve`, null);
  }

  /** 409 CONFLICT for one's own role. */
  changeRole(id: string, role: GlobalRole): Observable<AdminUser> {
    return this.http.patch<AdminUser>(`${this.userUrl(id)}/role`, { role });
  }

  /** 400 with field errors (`body.reason`, `body.until`); 409 for oneself or a deleted account. */
  suspend(id: string, request: SuspendUserRequest): Observable<AdminUser> {
    return this.http.post<AdminUser>(`${this.userUrl(id)}/suspend`, request);
  }

  /** 409 CONFLICT unless the account is suspended. */
  reactivate(id: string): Observable<AdminUser> {
    return this.http.post<AdminUser>(`${this.userUrl(id)}/reactivate`, null);
  }

  /** 400 with field errors (e.g. `query.actorId`) for a malformed filter. */
  audit(filter: AuditFilter, cursor: string | null): Observable<AuditPage> {
    return this.http.get<AuditPage>(`${this.baseUrl}/admin/audit`, {
      params: params(
        {
          action: filter.action.trim(),
          targetType: filter.targetType.trim(),
          targetId: filter.targetId.trim(),
          actorId: filter.actorId.trim(),
        },
        cursor,
      ),
    });
  }

  organisations(
    q: string,
    cursor: string | null,
    limit?: number,
  ): Observable<Page<OrganisationAdmin>> {
    let query = params({ q: q.trim() }, cursor);
    if (limit !== undefined) {
      query = query.set('limit', limit);
    }
    return this.http.get<Page<OrganisationAdmin>>(
      `${this.baseUrl}/admin/organisations`,
      { params: query },
    );
  }

  /** 400 with field errors (`body.name`, `body.emailDomains.2`, …). */
  createOrganisation(input: OrganisationInput): Observable<OrganisationAdmin> {
    return this.http.post<OrganisationAdmin>(
      `${this.baseUrl}/admin/organisations`,
      input,
    );
  }

  /** Sends only the fields that change; 400 with field errors, 404 when it is gone. */
  updateOrganisation(
    id: string,
    patch: OrganisationPatch,
  ): Observable<OrganisationAdmin> {
    return this.http.patch<OrganisationAdmin>(
      `${this.baseUrl}/admin/organisations/${encodeURIComponent(id)}`,
      patch,
    );
  }

  private userUrl(id: string): string {
    return `${this.baseUrl}/admin/users/${encodeURIComponent(id)}`;
  }
}
