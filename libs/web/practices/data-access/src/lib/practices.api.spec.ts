import { provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PracticesApi } from './practices.api';

const id = '00000000-0000-4000-8000-000000000001';

describe('PracticesApi', () => {
  let api: PracticesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withXsrfConfiguration({})),
        provideHttpClientTesting(),
      ],
    });
    api = TestBed.inject(PracticesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('reads the showcase', () => {
    api.showcase().subscribe();
    expect(http.expectOne('/api/showcase').request.method).toBe('GET');
  });

  it('lists practices with only the filters that are set, and the cursor', () => {
    api
      .list(
        { domain: 'mobility', country: null, maturity: 'pilot', q: 'parking' },
        'c1',
      )
      .subscribe();
    http
      .expectOne(
        '/api/practices?domain=mobility&maturity=pilot&q=parking&cursor=c1',
      )
      .flush({
        items: [],
        nextCursor: null,
      });
    api.list({}, null).subscribe();
    http.expectOne('/api/practices').flush({ items: [], nextCursor: null });
  });

  it('reads one practice and its evaluations', () => {
    api.get(id).subscribe();
    http.expectOne(`/api/practices/${id}`);
    api.evaluations(id).subscribe();
    http.expectOne(`/api/practices/${id}/evaluations`);
  });

  it('records a transfer and moves it on', () => {
    api
      .createTransfer(id, {
        stage: 'exploring',
        note: '',
        adaptations: '',
        lessons: '',
        impact: [],
        successFactors: ['training'],
        failureFactors: [],
      })
      .subscribe();
    const create = http.expectOne(`/api/practices/${id}/transfers`);
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toMatchObject({
      stage: 'exploring',
      successFactors: ['training'],
    });

    api.updateTransfer('t-1', { stage: 'abandoned' }).subscribe();
    const update = http.expectOne('/api/transfers/t-1');
    expect(update.request.method).toBe('PATCH');
    expect(update.request.body).toEqual({ stage: 'abandoned' });
  });

  it('puts the viewer’s evaluation', () => {
    api
      .evaluate(id, {
        effectiveness: 5,
        userSatisfaction: 4,
        costEfficiency: 3,
        easeOfTransfer: 2,
        comment: '',
        evidenceLevel: 'anecdote',
      })
      .subscribe();
    const request = http.expectOne(`/api/practices/${id}/evaluations`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toMatchObject({
      effectiveness: 5,
      evidenceLevel: 'anecdote',
    });
  });

  it('fetches the cookie first when there is no XSRF token yet', () => {
    document.cookie =
      'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    api.updateTransfer('t-1', { stage: 'adopted' }).subscribe();
    http.expectOne('/api/auth/csrf').flush(null);
    http.expectOne('/api/transfers/t-1').flush({});
  });

  it('asks for insights without the text search', () => {
    api.practiceInsights({ country: 'NL', q: 'ignored' }).subscribe();
    http.expectOne('/api/insights/practices?country=NL');
    api.transferInsights({ domain: 'health' }).subscribe();
    http.expectOne('/api/insights/transfers?domain=health');
  });
});
