import { TestBed } from '@angular/core/testing';
import { ProblemSummary } from './problem-summary';

describe('ProblemSummary', () => {
  it('is an empty alert region until there are problems to list', async () => {
    const fixture = TestBed.createComponent(ProblemSummary);
    fixture.componentRef.setInput('title', 'There is a problem');
    fixture.componentRef.setInput('messages', []);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent?.trim()).toBe('');

    fixture.componentRef.setInput('messages', ['Enter a title.', 'Write the text.']);
    await fixture.whenStable();
    expect(Array.from(alert?.querySelectorAll('p') ?? []).map((p) => p.textContent)).toEqual([
      'There is a problem',
      'Enter a title.',
      'Write the text.',
    ]);
  });
});
