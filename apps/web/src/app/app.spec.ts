import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { provideI18n } from '@sce/web-shared-data-access';
import { App } from './app';
import { appRoutes } from './app.routes';

describe('App', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideI18n(),
      ],
    });
  });

  it('renders the home page inside the shell', async () => {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl('/');
    await fixture.whenStable();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/communities')
      .flush({ items: [], nextCursor: null });
    await fixture.whenStable();

    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('main h1')?.textContent).toBe(
      'Share what works in digital public services',
    );
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Communities · Smart Cities Exchange',
    );
  });

  it('shows the About page and a not-found page for unknown paths', async () => {
    const fixture = TestBed.createComponent(App);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/about');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('main h1')?.textContent).toBe(
      'About Smart Cities Exchange',
    );
    expect(TestBed.inject(Title).getTitle()).toBe(
      'About · Smart Cities Exchange',
    );

    await router.navigateByUrl('/no/such/page');
    await fixture.whenStable();
    expect(element.querySelector('main h1')?.textContent).toBe(
      'Page not found',
    );
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Page not found · Smart Cities Exchange',
    );
  });
});
