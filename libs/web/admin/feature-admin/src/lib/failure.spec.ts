import { HttpErrorResponse } from '@angular/common/http';
import { failureMessage, fieldErrorsOf } from './failure';

const problem = (status: number, extra: object = {}) =>
  new HttpErrorResponse({
    status,
    error: {
      type: 'about:blank',
      title: 't',
      status,
      detail: 'The API says why.',
      code: 'X',
      ...extra,
    },
  });

describe('failureMessage', () => {
  it.each([
    [401, 'admin.error.signedOut'],
    [403, 'admin.error.forbidden'],
    [404, 'admin.error.notFound'],
    [409, 'admin.error.conflict'],
  ])('has our words for %i', (status, key) => {
    expect(failureMessage(problem(status))).toEqual({ key });
  });

  it('passes other problems on in the API’s words, and says so for no answer', () => {
    expect(failureMessage(problem(400))).toEqual({ text: 'The API says why.' });
    expect(failureMessage(new HttpErrorResponse({ status: 0 }))).toEqual({
      key: 'admin.error.failed',
    });
  });
});

describe('fieldErrorsOf', () => {
  it('names the fields without their prefix, the first message of each', () => {
    const errors = fieldErrorsOf(
      problem(400, {
        errors: [
          { field: 'body.emailDomains.1', message: 'must be a domain name' },
          { field: 'body.name', message: 'too short' },
          { field: 'body.name', message: 'second' },
          { field: 'query.limit', message: 'other part' },
        ],
      }),
      'body',
    );
    expect([...errors.keys()]).toEqual(['emailDomains.1', 'name']);
    expect(errors.get('name')?.message).toBe('too short');
  });
});
