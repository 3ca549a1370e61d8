import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@sce/web-shared-data-access';
import { composerFailure, failureKey } from './failure';

const slowMode = (headers = new HttpHeaders()) =>
  new HttpErrorResponse({
    status: 429,
    headers,
    error: { type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Slow mode', code: 'SLOW_MODE' },
  });

describe('thread failures', () => {
  it('tells slow mode apart from other refusals', () => {
    expect(failureKey(slowMode())).toBe('threads.error.slowMode');
    expect(
      failureKey(new HttpErrorResponse({ status: 429, error: { type: 'about:blank', title: 'x', status: 429, detail: 'x', code: 'RATE_LIMITED' } })),
    ).toBe('threads.error.failed');
  });

  it('says how long to wait when the API said', () => {
    const i18n = TestBed.inject(I18nService);
    expect(composerFailure(slowMode(new HttpHeaders({ 'Retry-After': '1' })), i18n)).toBe(
      'Slow mode is on here: you can post again in 1 second.',
    );
    expect(composerFailure(slowMode(new HttpHeaders({ 'Retry-After': '42' })), i18n)).toBe(
      'Slow mode is on here: you can post again in 42 seconds.',
    );
    expect(composerFailure(slowMode(), i18n)).toBe(
      'Slow mode is on here: wait a little before you post again.',
    );
  });
});
