import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CommunityDetail, SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { CommunityPageStore } from '@sce/web-communities-data-access';
import { DRAFT_STORAGE_PREFIX } from '@sce/web-threads-data-access';
import { THREAD_ID, aThread, erik, uuid } from '../testing.spec-helper';
import { NewThread } from './new-thread';

@Component({
  selector: 'sce-blank',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
class Blank {}

const community: CommunityDetail = {
  id: uuid(1),
  slug: 'open-data',
  name: 'Open Data & Interoperability',
  description: '',
  visibility: 'public',
  joinPolicy: 'open',
  memberCount: 7,
  threadCount: 2,
  lastActivityAt: null,
  membership: { role: 'member', state: 'active' },
  createdAt: '2026-01-01T00:00:00.000Z',
  slowModeSeconds: 0,
  moderators: [],
  viewer: {
    membership: { role: 'member', state: 'active' },
    canRead: true,
    canJoin: false,
    canPost: true,
    canModerate: false,
    canEdit: false,
  },
};
const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('NewThread', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const field = <T extends HTMLElement = HTMLInputElement>(id: string) =>
    main().querySelector<T>(`#${id}`) as T;
  const stable = () => harness.fixture.whenStable();

  async function set(id: string, value: string): Promise<void> {
    const control = field<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(id);
    control.value = value;
    control.dispatchEvent(
      new Event(control instanceof HTMLSelectElement ? 'change' : 'input'),
    );
    await stable();
  }

  async function choose(kind: string): Promise<void> {
    const radio = main().querySelector<HTMLInputElement>(`input[type="radio"][value="${kind}"]`);
    radio?.click();
    await stable();
  }

  async function submit(): Promise<void> {
    main().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await stable();
  }

  async function open(user: SessionUser, detail = community): Promise<void> {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(user);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/communities/open-data/new-thread');
    await tick();
    http.expectOne('/api/communities/open-data').flush(detail);
    await navigation;
    await stable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            {
              path: 'communities/:slug',
              providers: [CommunityPageStore],
              resolve: {
                community: () => inject(CommunityPageStore).load('open-data'),
              },
              children: [{ path: 'new-thread', component: NewThread }],
            },
            { path: 'threads/:id', component: Blank },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('offers the kinds a member may start, each labelled and described', async () => {
    await open(erik);
    expect(main().querySelector('h1')?.textContent).toBe('Start a thread');
    const kinds = Array.from(
      main().querySelectorAll<HTMLInputElement>('input[type="radio"]'),
    ).map((radio) => radio.value);
    expect(kinds).toEqual(['discussion', 'question', 'practice']);
    const question = main().querySelector('input[value="question"]') as HTMLInputElement;
    expect(main().querySelector(`label[for="${question.id}"]`)?.textContent?.trim()).toBe(
      'Question',
    );
    expect(question.getAttribute('aria-describedby')).toBe('thread-kind-question-hint');
    expect(field<HTMLSelectElement>('thread-language').value).toBe('en');
  });

  it('offers research to researchers, with its own fields', async () => {
    await open({ ...erik, role: 'researcher', permissions: [...erik.permissions, 'thread.post-research'] });
    await choose('research');
    expect(field('thread-authors')).not.toBeNull();
    expect(field('thread-abstract')).not.toBeNull();
    await set('thread-title', 'Trust in wallets');
    await set('thread-body', 'Our survey.');
    await submit();
    http.expectNone('/api/communities/open-data/threads');
    expect(main().querySelector('[role="alert"]')?.textContent).toContain(
      'Name at least one author',
    );
    expect(document.activeElement).toBe(field('thread-authors'));

    await set('thread-authors', 'Hanna Lindqvist\nLukas Hoffmann');
    await set('thread-abstract', 'We surveyed 1,200 residents.');
    await set('thread-doi', 'not a doi');
    await submit();
    expect(field('thread-doi').getAttribute('aria-invalid')).toBe('true');
    await set('thread-doi', '10.1000/xyz123');
    await submit();
    const request = http.expectOne('/api/communities/open-data/threads');
    expect(request.request.body).toEqual({
      kind: 'research',
      title: 'Trust in wallets',
      body: 'Our survey.',
      tags: [],
      language: 'en',
      research: {
        authors: ['Hanna Lindqvist', 'Lukas Hoffmann'],
        abstract: 'We surveyed 1,200 residents.',
        doi: '10.1000/xyz123',
        link: null,
        publishedOn: null,
      },
    });
    request.flush(aThread({ kind: 'research' }));
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/threads/${THREAD_ID}`);
  });

  it('checks the fields first and shows the API’s field errors at the fields', async () => {
    await open(erik);
    await submit();
    http.expectNone('/api/communities/open-data/threads');
    const summary = main().querySelector('[role="alert"]')?.textContent ?? '';
    expect(summary).toContain('There is a problem');
    expect(summary).toContain('Enter a title of 3 to 200 characters.');
    expect(summary).toContain('Write the text of the thread');
    expect(document.activeElement).toBe(field('thread-title'));
    expect(field('thread-title').getAttribute('aria-describedby')).toBe(
      'thread-title-error thread-title-hint',
    );

    await set('thread-title', 'Parking data');
    await set('thread-body', 'Which standard?');
    await set('thread-tags', 'mobility');
    await submit();
    http.expectOne('/api/communities/open-data/threads').flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'The request is not valid.',
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'body.tags.0', message: 'is reserved' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await stable();
    expect(main().querySelector('#thread-tags-error')?.textContent).toContain(
      'at most 10 tags',
    );
    expect(document.activeElement).toBe(field('thread-tags'));
  });

  it('publishes a question, opens it and forgets the draft', async () => {
    await open(erik);
    await choose('question');
    await set('thread-title', 'Which licence?');
    await set('thread-body', 'Which **licence** do you use?');
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(localStorage.getItem(`${DRAFT_STORAGE_PREFIX}thread.open-data`)).toBe(
      'Which **licence** do you use?',
    );
    await set('thread-tags', 'Licensing, parking');
    await submit();
    const request = http.expectOne('/api/communities/open-data/threads');
    expect(request.request.body).toEqual({
      kind: 'question',
      title: 'Which licence?',
      body: 'Which **licence** do you use?',
      tags: ['licensing', 'parking'],
      language: 'en',
    });
    request.flush(aThread());
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/threads/${THREAD_ID}`);
    expect(localStorage.getItem(`${DRAFT_STORAGE_PREFIX}thread.open-data`)).toBeNull();
  });

  it('sends a non-member to join first', async () => {
    await open(erik, {
      ...community,
      viewer: { ...community.viewer, membership: null, canPost: false, canJoin: true },
    });
    expect(main().querySelector('form')).toBeNull();
    expect(main().textContent).toContain('Join this community to start a thread in it.');
  });
});
