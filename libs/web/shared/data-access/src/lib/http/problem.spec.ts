import { HttpErrorResponse } from '@angular/common/http';
import { isApiError, problemOf } from './problem';

const problem = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  detail: 'Your session has expired: refresh it or sign in again.',
  code: 'SESSION_EXPIRED',
};

describe('problemOf / isApiError', () => {
  it('reads the problem details of an API error', () => {
    const error = new HttpErrorResponse({ status: 401, error: problem });
    expect(problemOf(error)).toEqual(problem);
    expect(isApiError(error, 401)).toBe(true);
    expect(isApiError(error, 401, 'SESSION_EXPIRED')).toBe(true);
    expect(isApiError(error, 401, 'UNAUTHENTICATED')).toBe(false);
    expect(isApiError(error, 403)).toBe(false);
  });

  it('returns null for errors without problem details', () => {
    expect(problemOf(new HttpErrorResponse({ status: 0 }))).toBeNull();
    expect(
      problemOf(new HttpErrorResponse({ status: 502, error: '<html>' })),
    ).toBeNull();
    expect(problemOf(new Error('boom'))).toBeNull();
  });
});
