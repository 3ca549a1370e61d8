import { HttpErrorResponse } from '@angular/common/http';
import type { Problem } from '@sce/shared-contracts';

/**
 * The RFC 9457 problem details of a failed API call, or null when the error carries none
 * (network failure, a proxy's HTML error page, …).
 */
export function problemOf(error: unknown): Problem | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const body: unknown = error.error;
  if (
    typeof body !== 'object' ||
    body === null ||
    typeof (body as Partial<Problem>).code !== 'string' ||
    typeof (body as Partial<Problem>).detail !== 'string'
  ) {
    return null;
  }
  return body as Problem;
}

/** True when an API call failed with this HTTP status (and, when given, this problem `code`). */
export function isApiError(
  error: unknown,
  status: number,
  code?: string,
): error is HttpErrorResponse {
  return (
    error instanceof HttpErrorResponse &&
    error.status === status &&
    (code === undefined || problemOf(error)?.code === code)
  );
}
