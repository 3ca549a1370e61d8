import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Person, PracticeDetail, SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { practicesRoutes } from '../practices.routes';
import { aPracticeDetail } from '../testing.spec-helper';

const sofia: SessionUser = {
  id: 'person-1',
  email: 'sofia.berg@example.org',
  displayName: 'Sofia Berg',
  role: 'member',
  language: 'en',
  timeZone: 'Europe/Stockholm',
  organisationId: 'org-1',
  permissions: ['content.create'],
};

const colleague: Person = {
  id: 'person-3',
  displayName: 'Sven Lund',
  organisationId: 'org-1',
  organisationName: 'City of Gothenburg',
};
const outsider: Person = {
  id: 'person-4',
  displayName: 'Sven Outsider',
  organisationId: 'org-9',
  organisationName: 'Aberdeen City Council',
};

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the practice form pages', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const el = <T extends HTMLElement>(selector: string) =>
    main().querySelector<T>(selector) as T;
  const text = (selector: string) =>
    el(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string) =>
    Array.from(main().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === name,
    ) as HTMLButtonElement;
  const type = (selector: string, value: string) => {
    const input = el<HTMLInputElement>(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const choose = (selector: string, value: string) => {
    const select = el<HTMLSelectElement>(selector);
    select.value = value;
    select.dispatchEvent(new Event('change'));
  };
  const submit = async () => {
    el<HTMLFormElement>('sce-practice-form form').dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();
  };

  async function open(url: string, practice?: PracticeDetail): Promise<void> {
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    // The guard waits for the session, then the title resolver asks for the practice.
    for (let i = 0; i < 5; i++) {
      await tick();
    }
    if (practice) {
      http.expectOne(`/api/practices/${practice.id}`).flush(practice);
      http.expectOne(`/api/practices/${practice.id}/evaluations`).flush({
        scores: practice.scores,
        evaluations: [],
      });
    }
    await navigation;
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'practices', children: practicesRoutes }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(sofia);
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  it('shares a new practice: what is missing first, then the request, then its page', async () => {
    await open('/practices/new');
    http.expectOne('/api/communities').flush({
      items: [
        { slug: 'open-data', name: 'Open Data', membership: { role: 'member', state: 'active' } },
        { slug: 'identity', name: 'Digital Identity', membership: null },
      ],
      nextCursor: null,
    });
    await harness.fixture.whenStable();
    expect(text('h1')).toBe('Share a practice');
    // Only communities the viewer belongs to are offered for the discussion.
    expect(
      Array.from(el<HTMLSelectElement>('#practice-communitySlug').options).map((o) => o.text),
    ).toEqual(['No discussion for now', 'Open Data']);

    await submit();
    expect(text('.sce-problems')).toContain('Enter a title of 3 to 200 characters.');
    expect(text('#practice-domain-error')).toBe('Choose the service domain.');
    expect(el('#practice-title').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toBe('practice-title');

    type('#practice-title', 'Chat assistant for permits');
    type('#practice-summary', 'Answers permit questions day and night.');
    choose('#practice-domain', 'permits_licences');
    el<HTMLInputElement>('#practice-maturity-pilot').click();
    el<HTMLInputElement>('#practice-channels-chatbot').click();
    // An outcome, added as a row of its own; focus goes to its first field.
    button('Add an outcome').click();
    await harness.fixture.whenStable();
    expect(document.activeElement?.id).toBe('practice-metrics-0-name');
    expect(text('sce-metric-fields .metric legend')).toBe('Outcome 1');
    type('#practice-metrics-0-name', 'Calls about permits');
    type('#practice-metrics-0-before', '900');
    type('#practice-metrics-0-after', '400,5');
    type('#practice-metrics-0-unit', 'calls per month');
    button('Add evidence').click();
    await harness.fixture.whenStable();
    type('#practice-evidence-0-label', 'Pilot evaluation');
    type('#practice-evidence-0-url', 'https://example.org/pilot');
    type('#practice-prerequisites-technical', 'A content management system');
    // The contact is found by name among the people of the viewer's organisation.
    type('#practice-contactUserId', 'sv');
    await tick(250);
    http.expectOne((r) => r.url === '/api/users').flush([outsider, colleague]);
    await harness.fixture.whenStable();
    const options = main().querySelectorAll('[role="option"]');
    expect(Array.from(options).map((o) => o.getAttribute('aria-label'))).toEqual([
      'Sven Lund, City of Gothenburg',
    ]);
    (options[0] as HTMLElement).click();
    el<HTMLInputElement>('#practice-visibility-members').click();
    choose('#practice-communitySlug', 'open-data');
    await submit();

    const post = http.expectOne('/api/practices');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      title: 'Chat assistant for permits',
      summary: 'Answers permit questions day and night.',
      domain: 'permits_licences',
      maturity: 'pilot',
      channels: ['chatbot'],
      costBand: null,
      targetUsers: '',
      problem: '',
      solution: '',
      technology: '',
      metrics: [
        { name: 'Calls about permits', before: 900, after: 400.5, unit: 'calls per month', period: '', source: '' },
      ],
      evidence: [{ label: 'Pilot evaluation', url: 'https://example.org/pilot', documentId: null }],
      prerequisites: { legal: '', organisational: '', technical: 'A content management system', language: '' },
      contactUserId: 'person-3',
      visibility: 'members',
      communitySlug: 'open-data',
    });
    expect(button('Sharing…')).toBeDefined();
    const created = aPracticeDetail({ id: 'new-id', title: 'Chat assistant for permits' });
    post.flush(created);
    await tick();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('practices.new.done');
    // Its page opens.
    http.expectOne('/api/practices/new-id').flush(created);
    http
      .expectOne('/api/practices/new-id/evaluations')
      .flush({ scores: created.scores, evaluations: [] });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/practices/new-id');
    expect(text('h1')).toBe('Chat assistant for permits');
    // A whole journey through the form: more than the default 5 s on a busy machine.
  }, 20_000);

  it('edits a practice: only what changed, and the API’s problems at the right row', async () => {
    const practice = aPracticeDetail();
    await open(`/practices/${practice.id}/edit`, practice);
    expect(text('h1')).toBe('Edit practice');
    expect(el<HTMLInputElement>('#practice-title').value).toBe('Plain-language tax letters');
    expect(el<HTMLInputElement>('#practice-metrics-0-after').value).toBe('700');
    expect(el<HTMLInputElement>('#practice-contactUserId').value).toBe('Sofia Berg');
    expect(el<HTMLInputElement>('#practice-channels-counter').checked).toBe(true);
    // New practices only choose where the discussion starts.
    expect(el('#practice-communitySlug')).toBeNull();

    button('Add an outcome').click();
    await harness.fixture.whenStable();
    type('#practice-metrics-1-name', 'Complaints');
    type('#practice-metrics-1-after', '3');
    type('#practice-metrics-1-unit', 'per month');
    await submit();
    const patch = http.expectOne(`/api/practices/${practice.id}`);
    expect(patch.request.method).toBe('PATCH');
    expect(Object.keys(patch.request.body)).toEqual(['metrics']);
    patch.flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'The request is not valid.',
        errors: [{ field: 'body.metrics.1.after', message: 'must be a number' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(text('#practice-metrics-1-after-error')).toBe(
      'Enter the value after as a number, such as 12.5.',
    );
    expect(text('.sce-problems')).toContain(
      'Outcome 2: Enter the value after as a number, such as 12.5.',
    );
    expect(document.activeElement?.id).toBe('practice-metrics-1-after');

    // Removing a row moves focus to the row that takes its place (none: "Add an outcome").
    const remove = Array.from(main().querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === 'Remove outcome 2',
    );
    remove?.click();
    await harness.fixture.whenStable();
    expect(main().querySelector('#practice-metrics-1-name')).toBeNull();
    expect(document.activeElement?.textContent?.trim()).toBe('Remove outcome 1');
    type('#practice-title', 'Plain-language letters');
    await submit();
    const second = http.expectOne(`/api/practices/${practice.id}`);
    expect(second.request.body).toEqual({ title: 'Plain-language letters' });
    second.flush(aPracticeDetail({ title: 'Plain-language letters' }));
    await tick();
    expect(TestBed.inject(Router).url).toBe(`/practices/${practice.id}`);
  }, 20_000);

  it('tells people outside the owning organisation that they cannot edit', async () => {
    const practice = aPracticeDetail({
      viewer: { canEdit: false, canTransfer: true, canEvaluate: true, myEvaluation: null },
    });
    await open(`/practices/${practice.id}/edit`, practice);
    expect(main().querySelector('sce-practice-form')).toBeNull();
    expect(text('sce-empty-state')).toContain(
      'Only people of the organisation that owns this practice, and administrators, can change it.',
    );
  });
});
