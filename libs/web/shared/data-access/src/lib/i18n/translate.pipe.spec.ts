import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

@Component({
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>{{ 'shell.nav.about' | t }}</p>
    <span>{{ 'community.threads' | t: { count: 2 } }}</span>`,
})
class Host {}

describe('TranslatePipe', () => {
  beforeEach(() => localStorage.clear());

  it('re-renders an OnPush view when the language changes', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('p')?.textContent).toBe('About');
    expect(element.querySelector('span')?.textContent).toBe('2 threads');

    await TestBed.inject(I18nService).setLanguage('nl');
    await fixture.whenStable();
    expect(element.querySelector('p')?.textContent).toBe('Over ons');
    expect(element.querySelector('span')?.textContent).toBe('2 discussies');
  });
});
