import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router } from '@angular/router';
import { provideI18n } from '@sce/web-shared-data-access';
import { organisationsRoutes } from './organisations.routes';

const id = '00000000-0000-4000-8000-000000000001';

describe('organisationsRoutes', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'organisations', children: organisationsRoutes },
        ]),
        provideI18n(),
      ],
    });
  });

  it('titles an organisation’s page with its name, loading it once', async () => {
    const http = TestBed.inject(HttpTestingController);
    const navigation = TestBed.inject(Router).navigateByUrl(
      `/organisations/${id}`,
    );
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne(`/api/organisations/${id}`).flush({
      id,
      name: 'Aarhus Municipality',
      kind: 'municipality',
      country: 'DK',
      city: 'Aarhus',
      website: null,
      memberCount: 0,
    });
    http
      .expectOne(`/api/organisations/${id}/members`)
      .flush({ items: [], nextCursor: null });
    expect(await navigation).toBe(true);
    TestBed.tick();
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Aarhus Municipality · Smart Cities Exchange',
    );
    http.verify();
  });

  it('titles an unknown organisation “Organisation not found”', async () => {
    const http = TestBed.inject(HttpTestingController);
    const navigation = TestBed.inject(Router).navigateByUrl(
      '/organisations/nope',
    );
    await new Promise((resolve) => setTimeout(resolve));
    const notFound = {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'x',
      code: 'NOT_FOUND',
    };
    http
      .expectOne('/api/organisations/nope')
      .flush(notFound, { status: 404, statusText: 'Not Found' });
    http
      .expectOne('/api/organisations/nope/members')
      .flush(notFound, { status: 404, statusText: 'Not Found' });
    await navigation;
    TestBed.tick();
    expect(TestBed.inject(Title).getTitle()).toBe(
      'Organisation not found · Smart Cities Exchange',
    );
  });
});
