import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
} from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormProblems } from './form-problems';

type Field = 'title' | 'doi';

@Component({
  selector: 'sce-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<input id="t-title" /><input id="t-doi" />`,
})
class Host {
  readonly problems = new FormProblems<Field>({
    prefix: 't',
    fields: ['title', 'doi'],
    apiKeys: { title: 'threads.new.error.title', doi: 'threads.new.error.doi' },
    fieldOf: (path) => path.split('.').pop(),
  });
}

const problem = (body: object, status = 400) =>
  new HttpErrorResponse({ status, error: { type: 'about:blank', title: 'x', status, ...body } });

describe('FormProblems', () => {
  it('shows API field errors at the fields and focuses the first', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const { problems } = fixture.componentInstance;
    problems.showApiError(
      problem({
        detail: 'The request is not valid.',
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'body.research.doi', message: 'must be a DOI' }],
      }),
      'threads.new.failed',
    );
    await fixture.whenStable();
    expect(problems.errors()).toEqual({ doi: 'threads.new.error.doi' });
    expect(problems.messages()).toEqual([
      'Enter a DOI such as 10.1000/xyz123, or leave it empty.',
    ]);
    expect(problems.describedBy('doi', 't-doi-hint')).toBe('t-doi-error t-doi-hint');
    expect(problems.describedBy('title')).toBeNull();
    expect(document.activeElement?.id).toBe('t-doi');
  });

  it('shows other problems in the summary, and its own text without an answer', () => {
    const fixture = TestBed.createComponent(Host);
    const { problems } = fixture.componentInstance;
    problems.showApiError(
      problem({ detail: 'Join first.', code: 'NOT_A_MEMBER' }, 403),
      'threads.new.failed',
      { NOT_A_MEMBER: 'threads.error.notMember' },
    );
    expect(problems.messages()).toEqual(['Join this community first.']);
    problems.showApiError(new Error('offline'), 'threads.new.failed');
    expect(problems.messages()).toEqual([
      'Publishing failed. Check your connection and try again.',
    ]);
    problems.clear();
    expect(problems.messages()).toEqual([]);
  });
});
