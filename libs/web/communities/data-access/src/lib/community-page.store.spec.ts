import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CommunityDetail, RealtimeEvent } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { CommunityPageStore } from './community-page.store';

function aCommunity(
  overrides: Partial<CommunityDetail> = {},
): CommunityDetail {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    slug: 'open-data',
    name: 'Open Data & Interoperability',
    description: 'Data across borders.',
    visibility: 'public',
    joinPolicy: 'open',
    memberCount: 7,
    threadCount: 2,
    lastActivityAt: null,
    membership: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    slowModeSeconds: 0,
    moderators: [
      { id: '00000000-0000-4000-8000-000000000002', displayName: 'Pieter de Vries' },
    ],
    viewer: {
      membership: null,
      canRead: true,
      canJoin: true,
      canPost: false,
      canModerate: false,
      canEdit: false,
    },
    ...overrides,
  };
}

describe('CommunityPageStore', () => {
  let store: CommunityPageStore;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        CommunityPageStore,
      ],
    });
    store = TestBed.inject(CommunityPageStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shares a load in progress and loads again for the next page', () => {
    const names: (string | null)[] = [];
    store.load('open-data').subscribe((c) => names.push(c?.name ?? null));
    store.load('open-data').subscribe((c) => names.push(c?.name ?? null));
    http.expectOne('/api/communities/open-data').flush(aCommunity());
    expect(names).toEqual([
      'Open Data & Interoperability',
      'Open Data & Interoperability',
    ]);
    expect(store.status()).toBe('loaded');
    // The next page asks again: what it shows is current.
    store.load('open-data').subscribe();
    http.expectOne('/api/communities/open-data').flush(aCommunity({ memberCount: 8 }));
    expect(store.community()?.memberCount).toBe(8);
  });

  it('says when a community is unknown', () => {
    store.load('nope').subscribe();
    http
      .expectOne('/api/communities/nope')
      .flush({ code: 'NOT_FOUND', detail: 'x' }, { status: 404, statusText: 'Not Found' });
    expect(store.status()).toBe('not-found');
  });

  it('lists the threads with filters', () => {
    store.load('open-data').subscribe();
    http.expectOne('/api/communities/open-data').flush(aCommunity());
    store.loadThreads({ kind: 'question', tag: null });
    const request = http.expectOne(
      (r) => r.url === '/api/communities/open-data/threads',
    );
    expect(request.request.params.get('kind')).toBe('question');
    request.flush({ items: [], nextCursor: null });
    expect(store.threads.status()).toBe('loaded');
  });

  it('sets slow mode and keeps the community as it is after', () => {
    store.load('open-data').subscribe();
    http.expectOne('/api/communities/open-data').flush(aCommunity());
    store.setSlowMode(300).subscribe();
    const request = http.expectOne('/api/communities/open-data/slow-mode');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ seconds: 300 });
    request.flush(aCommunity({ slowModeSeconds: 300 }));
    expect(store.community()?.slowModeSeconds).toBe(300);
  });

  it('joins, and leaves with the community as it is after', () => {
    store.load('open-data').subscribe();
    http.expectOne('/api/communities/open-data').flush(aCommunity());

    store.join().subscribe();
    const join = http.expectOne('/api/communities/open-data/join');
    expect(join.request.method).toBe('POST');
    const member = aCommunity({
      memberCount: 8,
      viewer: {
        membership: { role: 'member', state: 'active' },
        canRead: true,
        canJoin: false,
        canPost: true,
        canModerate: false,
        canEdit: false,
      },
    });
    join.flush(member);
    expect(store.community()?.viewer.canPost).toBe(true);

    store.leave().subscribe();
    http
      .expectOne('/api/communities/open-data/leave')
      .flush(null, { status: 204, statusText: 'No Content' });
    http.expectOne('/api/communities/open-data').flush(aCommunity());
    expect(store.community()?.viewer.membership).toBeNull();
  });

  describe('live', () => {
    const communityId = '00000000-0000-4000-8000-000000000001';
    const room = `community:${communityId}`;
    const me = '00000000-0000-4000-8000-000000000900';
    const threadId = '11111111-1111-4111-8111-111111111111';
    let socket: FakeRealtimeSocket;
    let nextId = 11;

    async function settle(): Promise<void> {
      for (let i = 0; i < 10; i++) {
        await Promise.resolve();
      }
    }

    async function openLive(): Promise<void> {
      socket = TestBed.inject(FakeRealtimeSocket);
      store.load('open-data').subscribe();
      http.expectOne('/api/communities/open-data').flush(aCommunity());
      store.loadThreads({ kind: null, tag: null });
      http.expectOne((r) => r.url === '/api/communities/open-data/threads').flush({ items: [], nextCursor: null });
      store.startLive();
      await settle();
      socket.serverConnect();
      expect(socket.pending('follow').map((sent) => sent.payload)).toEqual([
        { type: 'community', id: communityId },
      ]);
      socket.answer('follow', { room, lastEventId: 10 });
      await settle();
    }

    function emit(event: Omit<RealtimeEvent, 'id' | 'rooms' | 'at'>): void {
      socket.serverEmit('event', { ...event, id: nextId++, rooms: [room], at: '2026-11-03T10:00:00.000Z' });
    }

    it('notes new threads and others’ replies, and loads the list again when asked', async () => {
      localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
      TestBed.inject(SessionStore).load();
      http.expectOne('/api/auth/me').flush({ id: me, displayName: 'Erik Nilsen' });
      await openLive();

      emit({ type: 'post.created', data: { threadId, postId: 'p1', parentId: null, authorId: me } });
      expect(store.newActivity()).toBe(false);
      emit({ type: 'post.created', data: { threadId, postId: 'p2', parentId: null, authorId: 'someone' } });
      expect(store.newActivity()).toBe(true);

      store.refreshThreads();
      expect(store.newActivity()).toBe(false);
      http.expectOne((r) => r.url === '/api/communities/open-data/threads').flush({ items: [], nextCursor: null });

      emit({ type: 'thread.created', data: { threadId, communityId } });
      expect(store.newActivity()).toBe(true);

      store.stopLive();
      expect(store.newActivity()).toBe(false);
      expect(socket.sent.at(-1)?.event).toBe('unfollow');
    });

    it('says so when the community may no longer be followed', async () => {
      socket = TestBed.inject(FakeRealtimeSocket);
      store.load('open-data').subscribe();
      http.expectOne('/api/communities/open-data').flush(aCommunity());
      store.startLive();
      await settle();
      socket.serverConnect();
      socket.refuse('follow', 'NOT_FOUND');
      await settle();
      expect(store.liveRefused()).toBe(true);
    });
  });
});
