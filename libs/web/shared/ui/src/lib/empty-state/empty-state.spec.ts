import { TestBed } from '@angular/core/testing';
import { EmptyState } from './empty-state';

describe('EmptyState', () => {
  it('announces an information message politely', async () => {
    const fixture = TestBed.createComponent(EmptyState);
    fixture.componentRef.setInput('message', 'Nothing here yet.');
    await fixture.whenStable();
    const message = (fixture.nativeElement as HTMLElement).querySelector('p');
    expect(message?.textContent).toBe('Nothing here yet.');
    expect(message?.getAttribute('role')).toBe('status');
  });

  it('announces an error at once', async () => {
    const fixture = TestBed.createComponent(EmptyState);
    fixture.componentRef.setInput('message', 'Failed.');
    fixture.componentRef.setInput('tone', 'error');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('p')?.getAttribute('role')).toBe('alert');
    expect(element.classList).toContain('error');
  });
});
