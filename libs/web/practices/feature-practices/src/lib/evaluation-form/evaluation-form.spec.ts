import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { EvaluationView, PracticeDetail } from '@sce/shared-contracts';
import { PracticePageStore } from '@sce/web-practices-data-access';
import { EvaluationForm } from './evaluation-form';

const id = '00000000-0000-4000-8000-000000000001';

function practice(): PracticeDetail {
  return {
    id,
    title: 'Chat assistant',
    transfersList: [],
  } as unknown as PracticeDetail;
}

const emptyScores = {
  effectiveness: null,
  userSatisfaction: null,
  costEfficiency: null,
  easeOfTransfer: null,
  overall: null,
  count: 0,
};

describe('EvaluationForm', () => {
  let fixture: ComponentFixture<EvaluationForm>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=token-1; path=/';
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        PracticePageStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(PracticePageStore);
    store.load(id);
    http.expectOne(`/api/practices/${id}`).flush(practice());
    http
      .expectOne(`/api/practices/${id}/evaluations`)
      .flush({ scores: emptyScores, evaluations: [] });
    fixture = TestBed.createComponent(EvaluationForm);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function choose(dimension: string, rating: number): void {
    const radio = element().querySelector<HTMLInputElement>(
      rating === 1
        ? `#evaluation-${dimension}`
        : `#evaluation-${dimension}-${rating}`,
    );
    radio?.click();
  }

  function submit(): void {
    element().querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  it('labels every rating as a radio group with a legend', () => {
    const groups = Array.from(element().querySelectorAll('fieldset'));
    expect(
      groups.map((group) => group.querySelector('legend')?.textContent?.trim()),
    ).toEqual([
      'Effectiveness',
      'User satisfaction',
      'Cost efficiency',
      'Ease of transfer',
    ]);
    const radios = groups[0].querySelectorAll<HTMLInputElement>(
      'input[type="radio"]',
    );
    expect(radios).toHaveLength(5);
    for (const radio of Array.from(radios)) {
      expect(
        element()
          .querySelector(`label[for="${radio.id}"]`)
          ?.textContent?.trim(),
      ).toMatch(/^[1-5], /);
    }
    expect(
      element().querySelector('label[for="evaluation-evidenceLevel"]'),
    ).not.toBeNull();
    expect(
      element().querySelector('label[for="evaluation-comment"]'),
    ).not.toBeNull();
  });

  it('says what is missing and focuses the first field to fix', async () => {
    choose('effectiveness', 4);
    submit();
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'Choose a score from 1 to 5.',
    );
    expect(document.activeElement?.id).toBe('evaluation-userSatisfaction');
    expect(
      element()
        .querySelector('#evaluation-evidenceLevel-error')
        ?.textContent?.trim(),
    ).toBe('Choose what your scores are based on.');
  });

  it('saves the evaluation and confirms it', async () => {
    choose('effectiveness', 5);
    choose('userSatisfaction', 4);
    choose('costEfficiency', 3);
    choose('easeOfTransfer', 2);
    const level = element().querySelector<HTMLSelectElement>(
      '#evaluation-evidenceLevel',
    );
    if (level) {
      level.value = level.options[2].value;
      level.dispatchEvent(new Event('change'));
    }
    const comment = element().querySelector<HTMLTextAreaElement>(
      '#evaluation-comment',
    );
    if (comment) {
      comment.value = '  Works well for us. ';
      comment.dispatchEvent(new Event('input'));
    }
    submit();
    await fixture.whenStable();
    const request = http.expectOne(`/api/practices/${id}/evaluations`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      effectiveness: 5,
      userSatisfaction: 4,
      costEfficiency: 3,
      easeOfTransfer: 2,
      evidenceLevel: 'internal_evaluation',
      comment: 'Works well for us.',
    });
    request.flush({ scores: emptyScores, evaluations: [] });
    http
      .expectOne(`/api/practices/${id}/evaluations`)
      .flush({ scores: emptyScores, evaluations: [] });
    http.expectOne(`/api/practices/${id}`).flush(practice());
    await fixture.whenStable();
    expect(element().querySelector('.done')?.textContent?.trim()).toBe(
      'Your evaluation has been saved.',
    );
  });

  it('starts from the viewer’s earlier evaluation and explains a refusal', async () => {
    const existing: EvaluationView = {
      evaluator: {
        id: 'u1',
        displayName: 'Sofia Berg',
        organisation: 'Gothenburg',
      },
      effectiveness: 3,
      userSatisfaction: 3,
      costEfficiency: 4,
      easeOfTransfer: 5,
      comment: 'Earlier',
      evidenceLevel: 'anecdote',
      updatedAt: '2026-03-01T10:00:00Z',
    };
    fixture.componentRef.setInput('existing', existing);
    await fixture.whenStable();
    expect(
      element().querySelector<HTMLInputElement>('#evaluation-easeOfTransfer-5')
        ?.checked,
    ).toBe(true);
    expect(element().textContent).toContain('You evaluated this practice on');
    submit();
    await fixture.whenStable();
    http
      .expectOne(`/api/practices/${id}/evaluations`)
      .flush(
        {
          code: 'FORBIDDEN',
          detail: 'no',
          status: 403,
          title: 'Forbidden',
          type: 'about:blank',
        },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    expect(element().querySelector('[role="alert"]')?.textContent).toContain(
      'People of the organisation that owns a practice cannot evaluate it.',
    );
  });
});
