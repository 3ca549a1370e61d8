import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PracticeDetail } from '@sce/shared-contracts';
import { firstValueFrom } from 'rxjs';
import { PracticePageStore } from './practice-page.store';

const id = '00000000-0000-4000-8000-000000000001';

const aPractice = (title: string) =>
  ({ id, title, viewer: { canEdit: true } }) as unknown as PracticeDetail;

describe('PracticePageStore', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), PracticePageStore],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('puts the changed practice in place, also for the next page title', async () => {
    const store = TestBed.inject(PracticePageStore);
    store.load(id).subscribe();
    http.expectOne(`/api/practices/${id}`).flush(aPractice('Old title'));
    http.expectOne(`/api/practices/${id}/evaluations`).flush({ scores: {}, evaluations: [] });

    const saved = firstValueFrom(store.update({ title: 'New title' }));
    const patch = http.expectOne(`/api/practices/${id}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ title: 'New title' });
    patch.flush(aPractice('New title'));
    expect((await saved).title).toBe('New title');
    expect(store.practice()?.title).toBe('New title');
    // Loading again (the page after the edit form) shares what is there now.
    expect((await firstValueFrom(store.load(id)))?.title).toBe('New title');
  });
});
