import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CommunityDetail, ThreadSummary } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { Announcer, I18nService } from '@sce/web-shared-data-access';
import { communitiesRoutes } from '../communities.routes';
import {
  aCommunity,
  aThreadSummary,
  erik,
  memberViewer,
} from '../testing.spec-helper';

const tick = () => new Promise((resolve) => setTimeout(resolve));
const threadsUrl = '/api/communities/open-data/threads';

describe('CommunityPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;
  const stable = () => harness.fixture.whenStable();
  const button = (name: string, root: ParentNode = main()) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === name,
    ) as HTMLButtonElement;
  const link = (name: string) =>
    Array.from(main().querySelectorAll<HTMLAnchorElement>('a')).find(
      (a) => a.textContent?.trim() === name,
    );

  async function signIn(): Promise<void> {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(erik);
  }

  async function open(
    community: CommunityDetail,
    threads: ThreadSummary[],
    url = '/communities/open-data',
  ): Promise<void> {
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await tick();
    http.expectOne('/api/communities/open-data').flush(community);
    await navigation;
    await stable();
    http
      .expectOne((r) => r.url === threadsUrl)
      .flush({ items: threads, nextCursor: null });
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
          [{ path: 'communities', children: communitiesRoutes }],
          withComponentInputBinding(),
        ),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRealtimeTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    // The "Upcoming events" section (events feature) loads its own list.
    http.match((r) => r.url.endsWith('/events'));
    // The watch control (notifications feature) asks for the viewer's level.
    http.match((r) => r.url.startsWith('/api/subscriptions/'));
    http.verify();
    TestBed.inject(I18nService).setLanguage('en');
  });

  it('describes the community and lists its threads, pinned and unread marked', async () => {
    const visitor = { ...aCommunity().viewer, canJoin: false };
    await open(aCommunity({ viewer: visitor }), [
      aThreadSummary(1, { pinned: true, unread: true, kind: 'question', answered: true, tags: ['eid'] }),
      aThreadSummary(2),
    ]);
    expect(main().querySelector('h1')?.textContent).toBe('Open Data & Interoperability');
    expect(main().textContent).toContain('Moderators: Pieter de Vries');
    expect(main().querySelector('sce-visibility-badge')?.textContent?.trim()).toBe('Public');
    expect(main().textContent).toContain('Open to join');
    expect(main().querySelector('#community-membership')?.textContent).toContain(
      'Sign in to join this community.',
    );
    expect(link('Sign in to join')?.getAttribute('href')).toBe(
      '/sign-in?returnUrl=%2Fcommunities%2Fopen-data',
    );

    const items = Array.from(main().querySelectorAll('.thread'));
    expect(items.map((i) => i.querySelector('h3')?.textContent?.trim())).toEqual([
      'Thread 1, new activity',
      'Thread 2',
    ]);
    expect(items[0].classList).toContain('unread');
    const badges = Array.from(items[0].querySelectorAll('.badge')).map((b) => b.textContent?.trim());
    expect(badges).toEqual(['New', 'Pinned', 'Question', 'Answered']);
    expect(items[1].querySelector('.meta')?.textContent).toContain('By Lotte Janssens · 2 replies');
    expect(items[0].querySelector('.tags a')?.getAttribute('href')).toBe(
      '/communities/open-data?tag=eid',
    );
  });

  it('filters by kind and tag through the address', async () => {
    await open(aCommunity(), [aThreadSummary(1)]);
    const kind = main().querySelector<HTMLSelectElement>('#threads-kind') as HTMLSelectElement;
    kind.value = 'question';
    kind.dispatchEvent(new Event('change'));
    const tag = main().querySelector<HTMLInputElement>('#threads-tag') as HTMLInputElement;
    tag.value = ' EID ';
    tag.dispatchEvent(new Event('input'));
    button('Show threads').click();
    await tick();
    await stable();
    expect(TestBed.inject(Router).url).toBe('/communities/open-data?kind=question&tag=eid');
    const request = http.expectOne((r) => r.url === threadsUrl);
    expect(request.request.params.get('kind')).toBe('question');
    expect(request.request.params.get('tag')).toBe('eid');
    request.flush({ items: [], nextCursor: null });
    await stable();
    expect(main().textContent).toContain('No threads match these filters.');
  });

  it('shows slow mode, and lets its moderators change it', async () => {
    await signIn();
    const moderating = { ...memberViewer, membership: { role: 'moderator' as const, state: 'active' as const }, canModerate: true };
    await open(aCommunity({ slowModeSeconds: 60, viewer: moderating }), []);
    expect(main().querySelector('#community-slow-mode-notice')?.textContent?.trim()).toBe(
      'Slow mode: one post every 60 seconds.',
    );
    button('Slow mode…').click();
    await stable();
    const dialog = document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;
    expect(dialog.querySelector('#slow-mode-message')?.textContent?.trim()).toBe(
      'How long must each person wait between their posts in the threads of Open Data & Interoperability? Moderators are never slowed down.',
    );
    const select = dialog.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('60');
    select.value = '0';
    select.dispatchEvent(new Event('change'));
    (dialog.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/communities/open-data/slow-mode');
    expect(request.request.body).toEqual({ seconds: 0 });
    request.flush(aCommunity({ slowModeSeconds: 0, viewer: moderating }));
    await stable();
    await tick();
    expect(main().querySelector('#community-slow-mode-notice')).toBeNull();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('communities.slowMode.turnedOff');
  });

  it('offers slow mode to moderators only', async () => {
    await signIn();
    await open(aCommunity({ viewer: memberViewer }), []);
    expect(button('Slow mode…')).toBeUndefined();
  });

  it('joins an open community and announces it', async () => {
    await signIn();
    await open(aCommunity(), []);
    expect(main().querySelector('#community-membership')?.textContent).toContain(
      'Join this community to start threads and reply.',
    );
    button('Join community').click();
    const join = http.expectOne('/api/communities/open-data/join');
    join.flush(aCommunity({ viewer: memberViewer, memberCount: 8 }));
    await stable();
    expect(main().querySelector('#community-membership')?.textContent?.trim()).toBe(
      'You are a member',
    );
    expect(document.activeElement?.id).toBe('community-membership');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('communities.join.joined');
    expect(link('Start a thread')?.getAttribute('href')).toBe('/communities/open-data/new-thread');
  });

  it('asks to join, and withdraws the request after confirming', async () => {
    await signIn();
    await open(aCommunity({ joinPolicy: 'request' }), []);
    button('Ask to join').click();
    http.expectOne('/api/communities/open-data/join').flush(
      aCommunity({
        joinPolicy: 'request',
        viewer: { ...memberViewer, membership: { role: 'member', state: 'requested' }, canPost: false },
      }),
    );
    await stable();
    expect(main().querySelector('#community-membership')?.textContent).toContain(
      'Your request is waiting for a moderator.',
    );
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('communities.join.requested');

    button('Withdraw request').click();
    await tick();
    await stable();
    const dialog = document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Withdraw your request?');
    expect(dialog.getAttribute('aria-describedby')).toBe('confirm-dialog-message');
    button('Withdraw request', dialog).click();
    await tick();
    await stable();
    http.expectOne('/api/communities/open-data/leave').flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne('/api/communities/open-data').flush(aCommunity({ joinPolicy: 'request' }));
    await stable();
    expect(button('Ask to join')).toBeTruthy();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('communities.withdraw.done');
  });

  it('shows an invitee of a private community no threads until they accept', async () => {
    await signIn();
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/communities/open-data');
    await tick();
    const invited = {
      ...memberViewer,
      membership: { role: 'member' as const, state: 'invited' as const },
      canJoin: true,
      canPost: false,
    };
    http
      .expectOne('/api/communities/open-data')
      .flush(aCommunity({ visibility: 'private', joinPolicy: 'invite', viewer: invited }));
    await navigation;
    await stable();
    http.expectNone((r) => r.url === threadsUrl);
    expect(main().textContent).toContain(
      'Only members can read the threads of this private community.',
    );
    button('Accept invitation').click();
    http
      .expectOne('/api/communities/open-data/join')
      .flush(aCommunity({ visibility: 'private', joinPolicy: 'invite', viewer: memberViewer }));
    await stable();
    http.expectOne((r) => r.url === threadsUrl).flush({ items: [aThreadSummary(1)], nextCursor: null });
    await stable();
    expect(main().querySelectorAll('.thread')).toHaveLength(1);
  });

  it('accepts an invitation', async () => {
    await signIn();
    await open(
      aCommunity({
        joinPolicy: 'invite',
        viewer: { ...memberViewer, membership: { role: 'member', state: 'invited' }, canJoin: true, canPost: false },
      }),
      [],
    );
    expect(button('Decline invitation')).toBeTruthy();
    button('Accept invitation').click();
    http
      .expectOne('/api/communities/open-data/join')
      .flush(aCommunity({ joinPolicy: 'invite', viewer: memberViewer }));
    await stable();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('communities.join.accepted');
  });

  it('leaves only after confirming; cancelling changes nothing', async () => {
    await signIn();
    await open(aCommunity({ viewer: memberViewer }), []);
    button('Leave community').click();
    await tick();
    await stable();
    const dialog = document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;
    expect(dialog.textContent).toContain('Leave Open Data & Interoperability?');
    button('Cancel', dialog).click();
    await tick();
    await stable();
    http.expectNone('/api/communities/open-data/leave');
    expect(main().querySelector('#community-membership')?.textContent?.trim()).toBe(
      'You are a member',
    );
  });

  it('shows the API’s reason when joining is refused', async () => {
    await signIn();
    await open(aCommunity(), []);
    button('Join community').click();
    http.expectOne('/api/communities/open-data/join').flush(
      { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'x', code: 'BANNED' },
      { status: 403, statusText: 'Forbidden' },
    );
    await stable();
    expect(main().querySelector('[role="alert"]')?.textContent).toContain(
      'its moderators removed you',
    );
  });

  it('says when the community does not exist', async () => {
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/communities/open-data');
    await tick();
    http
      .expectOne('/api/communities/open-data')
      .flush({ code: 'NOT_FOUND', detail: 'x' }, { status: 404, statusText: 'Not Found' });
    await navigation;
    await stable();
    expect(main().querySelector('h1')?.textContent).toBe('Community not found');
  });

  it('offers to refresh the list when there is new activity, announced once', async () => {
    await open(aCommunity(), [aThreadSummary(1)]);
    const socket = TestBed.inject(FakeRealtimeSocket);
    await tick();
    socket.serverConnect();
    const room = `community:${aCommunity().id}`;
    socket.answer('follow', { room, lastEventId: 10 });
    await tick();
    const created = (id: number) => ({
      id,
      type: 'thread.created',
      rooms: [room],
      data: { threadId: aThreadSummary(2).id, communityId: aCommunity().id },
      at: '2026-11-03T10:00:00.000Z',
    });
    socket.serverEmit('event', created(11));
    await stable();
    const announcer = TestBed.inject(Announcer);
    expect(announcer.announcement()?.key).toBe('communities.live.announce');
    const first = announcer.announcement()?.id;
    socket.serverEmit('event', created(12));
    await stable();
    expect(announcer.announcement()?.id).toBe(first);

    const refresh = button('New activity — refresh');
    refresh.focus();
    refresh.click();
    http
      .expectOne((r) => r.url === threadsUrl)
      .flush({ items: [aThreadSummary(2), aThreadSummary(1)], nextCursor: null });
    await stable();
    expect(button('New activity — refresh')).toBeUndefined();
    expect(link(aThreadSummary(2).title)).toBeDefined();
    expect(document.activeElement).toBe(main().querySelector('#threads-heading'));
  });
});
