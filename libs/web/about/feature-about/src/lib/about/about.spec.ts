import { TestBed } from '@angular/core/testing';
import { I18nService } from '@sce/web-shared-data-access';
import { About } from './about';

describe('About', () => {
  beforeEach(() => localStorage.clear());

  it('explains the platform and who runs it, in English and Dutch', async () => {
    const fixture = TestBed.createComponent(About);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toBe(
      'About Smart Cities Exchange',
    );
    expect(
      Array.from(element.querySelectorAll('h2')).map((h) => h.textContent),
    ).toEqual([
      'What the platform is for',
      'Practices, transfers and evaluations',
      'Open to everyone, more for members',
      'Who runs it',
    ]);
    expect(element.textContent).toContain('sample instance with demo data');

    await TestBed.inject(I18nService).setLanguage('nl');
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe(
      'Over Smart Cities Exchange',
    );
  });
});
