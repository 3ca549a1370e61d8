import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { LANGUAGE_STORAGE_KEY } from '@sce/web-shared-data-access';
import { Shell } from './shell';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Page</h1>',
})
class Page {}

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;

  function element(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: Page },
          { path: 'about', component: Page },
        ]),
      ],
    });
    fixture = TestBed.createComponent(Shell);
    await TestBed.inject(Router).navigateByUrl('/');
    await fixture.whenStable();
  });

  it('starts with a skip link that moves focus to <main>', () => {
    const first = element().querySelector('a, button, select, input');
    expect(first?.classList).toContain('skip-link');
    expect(first?.textContent).toBe('Skip to main content');
    expect(first?.getAttribute('href')).toBe('#main');

    const main = element().querySelector('main');
    expect(main?.id).toBe('main');
    expect(main?.getAttribute('tabindex')).toBe('-1');

    (first as HTMLAnchorElement).click();
    expect(document.activeElement).toBe(main);
  });

  it('has landmarks: header, labelled navigation, main and footer', () => {
    expect(element().querySelector('header')).not.toBeNull();
    expect(element().querySelector('nav')?.getAttribute('aria-label')).toBe(
      'Main',
    );
    expect(element().querySelector('footer')?.textContent).toContain(
      'Smart Cities Exchange partnership',
    );
    const links = Array.from(element().querySelectorAll('nav a')).map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toEqual(['Home', 'About']);
  });

  it('marks the current page in the navigation', async () => {
    await TestBed.inject(Router).navigateByUrl('/about');
    await fixture.whenStable();
    const current = element().querySelector('nav a[aria-current="page"]');
    expect(current?.textContent?.trim()).toBe('About');
  });

  it('moves focus to <main> after an in-app navigation', async () => {
    await TestBed.inject(Router).navigateByUrl('/about');
    await fixture.whenStable();
    expect(document.activeElement).toBe(element().querySelector('main'));
  });

  it('switches the language from a labelled select', async () => {
    const select = element().querySelector<HTMLSelectElement>('select');
    expect(select).not.toBeNull();
    const label = element().querySelector(`label[for="${select?.id}"]`);
    expect(label?.textContent).toBe('Language');
    expect(select?.value).toBe('en');

    if (select) {
      select.value = 'nl';
      select.dispatchEvent(new Event('change'));
    }
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(element().querySelector('label')?.textContent).toBe('Taal');
    expect(element().querySelector('.skip-link')?.textContent).toBe(
      'Direct naar de inhoud',
    );
    const links = Array.from(element().querySelectorAll('nav a')).map((a) =>
      a.textContent?.trim(),
    );
    expect(links).toEqual(['Home', 'Over ons']);
    expect(select?.value).toBe('nl');
  });
});
