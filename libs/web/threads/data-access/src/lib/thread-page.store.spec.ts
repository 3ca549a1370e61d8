import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type {
  Post,
  PostPage,
  RealtimeEvent,
  RealtimeEventPayloads,
  RealtimeEventType,
  SessionUser,
} from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { THREAD_ID, aPost, aThread, uuid } from './fixtures.spec-helper';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from './realtime/realtime-testing';
import { TYPING_SHOWN_MS, ThreadPageStore } from './thread-page.store';

const page = (items: Post[], nextCursor: string | null = null): PostPage => ({
  items,
  nextCursor,
});
const threadUrl = `/api/threads/${THREAD_ID}`;
const postsUrl = `${threadUrl}/posts`;

describe('ThreadPageStore', () => {
  let store: ThreadPageStore;
  let http: HttpTestingController;

  function open(posts: Post[], nextCursor: string | null = null): void {
    store.load(THREAD_ID).subscribe();
    http.expectOne(threadUrl).flush(aThread({ replyCount: posts.length }));
    http.expectOne(postsUrl).flush(page(posts, nextCursor));
  }

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        ThreadPageStore,
      ],
    });
    store = TestBed.inject(ThreadPageStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the thread and the first page of the reply tree together', () => {
    const titles: (string | null)[] = [];
    store.load(THREAD_ID).subscribe((thread) => titles.push(thread?.title ?? null));
    expect(store.status()).toBe('loading');
    // Asking again while it loads shares the request.
    store.load(THREAD_ID).subscribe();
    http.expectOne(threadUrl).flush(aThread());
    const a = aPost(1);
    const a1 = aPost(2, { parentId: a.id, depth: 2 });
    http.expectOne(postsUrl).flush(page([a, a1], 'next'));

    expect(titles).toEqual(['Which licence?']);
    expect(store.status()).toBe('loaded');
    expect(store.repliesStatus()).toBe('loaded');
    expect(store.tree()).toHaveLength(1);
    expect(store.tree()[0].children[0].post.id).toBe(a1.id);
    expect(store.hasMore()).toBe(true);
  });

  it('tells a missing thread from a failure', () => {
    store.load(THREAD_ID).subscribe();
    http
      .expectOne(threadUrl)
      .flush({ code: 'NOT_FOUND', detail: 'x' }, { status: 404, statusText: 'Not Found' });
    http.expectOne(postsUrl).flush(page([]));
    expect(store.status()).toBe('not-found');

    store.retry();
    http.expectOne(threadUrl).error(new ProgressEvent('error'));
    http.expectOne(postsUrl).flush(page([]));
    expect(store.status()).toBe('error');
  });

  it('appends the next page without repeating posts', () => {
    const a = aPost(1);
    open([a], 'c1');
    const added: Post[][] = [];
    store.loadMore().subscribe((posts) => added.push([...posts]));
    expect(store.loadingMore()).toBe(true);
    http
      .expectOne(`${postsUrl}?cursor=c1`)
      .flush(page([a, aPost(2)], null));
    expect(added).toEqual([[aPost(2)]]);
    expect(store.posts().map((p) => p.id)).toEqual([a.id, aPost(2).id]);
    expect(store.hasMore()).toBe(false);
  });

  it('continues a branch below the visible depth, page by page', () => {
    const deep = aPost(6, { depth: 6, moreReplies: true, replyCount: 1 });
    open([deep]);
    let added: readonly Post[] = [];
    store.continueBranch(deep.id).subscribe((posts) => (added = posts));
    expect(store.branches()[deep.id]?.status).toBe('loading');
    const child = aPost(7, { parentId: deep.id, depth: 7 });
    http
      .expectOne(`${postsUrl}?root=${deep.id}`)
      .flush(page([{ ...deep, moreReplies: false }, child], 'b1'));
    expect(added).toEqual([child]);
    expect(store.find(deep.id)?.moreReplies).toBe(false);
    expect(store.branches()[deep.id]).toEqual({ status: 'loaded', nextCursor: 'b1' });

    store.continueBranch(deep.id).subscribe();
    http
      .expectOne(`${postsUrl}?root=${deep.id}&cursor=b1`)
      .flush(page([aPost(8, { parentId: deep.id, depth: 7 })], null));
    expect(store.tree()[0].children).toHaveLength(2);
    // Nothing more to load in that branch.
    store.continueBranch(deep.id).subscribe();
  });

  it('adds a reply under its parent and counts it', () => {
    const a = aPost(1);
    open([a]);
    let created: Post | undefined;
    store.reply({ body: 'Thanks!', parentId: a.id }).subscribe((p) => (created = p));
    const request = http.expectOne(postsUrl);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ body: 'Thanks!', parentId: a.id });
    const reply = aPost(2, { parentId: a.id, depth: 2, body: 'Thanks!' });
    request.flush(reply);

    expect(created).toEqual(reply);
    expect(store.find(a.id)?.replyCount).toBe(1);
    expect(store.thread()?.replyCount).toBe(2);
    expect(store.tree()[0].children[0].post).toEqual(reply);
  });

  it('quotes a post in a reply to the thread', () => {
    const a = aPost(1);
    open([a]);
    store.quote(a);
    expect(store.quoting()).toBe(a);
    store.reply({ body: 'Indeed', quotePostId: a.id }).subscribe();
    const request = http.expectOne(postsUrl);
    expect(request.request.body).toEqual({ body: 'Indeed', quotePostId: a.id });
    request.flush(aPost(2));
  });

  it('edits, and deletes a post that then shows as deleted with its replies', () => {
    const a = aPost(1, { viewer: { canReply: true, canEdit: true, canDelete: true, canReact: true } });
    const child = aPost(2, { parentId: a.id, depth: 2 });
    open([a, child]);

    store.edit(a.id, 'Better').subscribe();
    const edit = http.expectOne(`/api/posts/${a.id}`);
    expect(edit.request.method).toBe('PATCH');
    expect(edit.request.body).toEqual({ body: 'Better' });
    edit.flush({ ...a, body: 'Better', revisionCount: 1 });
    expect(store.find(a.id)?.body).toBe('Better');

    store.remove(a.id).subscribe();
    const remove = http.expectOne(`/api/posts/${a.id}`);
    expect(remove.request.method).toBe('DELETE');
    remove.flush(null, { status: 204, statusText: 'No Content' });
    http
      .expectOne(`/api/posts/${a.id}`)
      .flush({ ...a, deleted: true, body: null, bodyHtml: null });
    expect(store.find(a.id)?.deleted).toBe(true);
    expect(store.tree()[0].children[0].post.id).toBe(child.id);
  });

  it('toggles a reaction with PUT and DELETE', () => {
    const a = aPost(1);
    open([a]);
    store.toggleReaction(a, 'insightful').subscribe();
    const on = http.expectOne(`/api/posts/${a.id}/reactions/insightful`);
    expect(on.request.method).toBe('PUT');
    on.flush({ reactions: { insightful: 3 }, myReactions: ['insightful'] });
    const reacted = store.find(a.id);
    expect(reacted?.reactions).toEqual({ insightful: 3 });
    expect(reacted?.myReactions).toEqual(['insightful']);

    store.toggleReaction(reacted ?? a, 'insightful').subscribe();
    const off = http.expectOne(`/api/posts/${a.id}/reactions/insightful`);
    expect(off.request.method).toBe('DELETE');
    off.flush({ reactions: { insightful: 2 }, myReactions: [] });
    expect(store.find(a.id)?.myReactions).toEqual([]);
  });

  it('marks one accepted answer and clears it', () => {
    const a = aPost(1);
    const b = aPost(2);
    open([a, b]);
    store.accept(b.id).subscribe();
    const accept = http.expectOne(`${threadUrl}/accept/${b.id}`);
    expect(accept.request.method).toBe('POST');
    accept.flush(null, { status: 204, statusText: 'No Content' });
    expect(store.find(b.id)?.accepted).toBe(true);
    expect(store.find(a.id)?.accepted).toBe(false);
    expect(store.thread()?.answered).toBe(true);
    expect(store.thread()?.acceptedPostId).toBe(b.id);

    store.accept(null).subscribe();
    const clear = http.expectOne(`${threadUrl}/accept`);
    expect(clear.request.method).toBe('DELETE');
    clear.flush(null, { status: 204, statusText: 'No Content' });
    expect(store.find(b.id)?.accepted).toBe(false);
    expect(store.thread()?.answered).toBe(false);
  });

  it('bookmarks posts and the thread', () => {
    const a = aPost(1);
    open([a]);
    store.toggleBookmark(a).subscribe();
    const put = http.expectOne(`/api/posts/${a.id}/bookmark`);
    expect(put.request.method).toBe('PUT');
    put.flush(null, { status: 204, statusText: 'No Content' });
    expect(store.find(a.id)?.bookmarked).toBe(true);

    store.toggleThreadBookmark().subscribe();
    http
      .expectOne((r) => r.url === `${threadUrl}/bookmark` && r.method === 'PUT')
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(store.threadBookmarked()).toBe(true);
    store.toggleThreadBookmark().subscribe();
    http
      .expectOne((r) => r.url === `${threadUrl}/bookmark` && r.method === 'DELETE')
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(store.threadBookmarked()).toBe(false);
  });

  it('pins, locks, moves and slows the thread through its moderation routes', () => {
    open([]);
    store.moderate({ locked: true }).subscribe();
    const lock = http.expectOne(`${threadUrl}/lock`);
    expect(lock.request.method).toBe('POST');
    lock.flush(aThread({ locked: true }));
    expect(store.thread()?.locked).toBe(true);

    store.moderate({ pinned: false }).subscribe();
    http.expectOne(`${threadUrl}/unpin`).flush(aThread({ locked: true, pinned: false }));

    store.move('digital-identity', 'Belongs with eID').subscribe();
    const move = http.expectOne(`${threadUrl}/move`);
    expect(move.request.body).toEqual({ community: 'digital-identity', reason: 'Belongs with eID' });
    move.flush(aThread({ community: { slug: 'digital-identity', name: 'Digital Identity' } }));
    expect(store.thread()?.community.slug).toBe('digital-identity');

    store.setSlowMode(60).subscribe();
    const slow = http.expectOne(`${threadUrl}/slow-mode`);
    expect(slow.request.body).toEqual({ seconds: 60 });
    slow.flush(aThread());
  });

  it('hides, restores, approves and rejects posts in place', () => {
    const a = aPost(1);
    const b = aPost(2, { approval: 'pending' });
    const c = aPost(3, { approval: 'pending' });
    open([a, b, c]);

    store.hide(a.id, ' Off-topic ').subscribe();
    const hide = http.expectOne(`/api/posts/${a.id}/hide`);
    expect(hide.request.body).toEqual({ reason: 'Off-topic' });
    hide.flush({ ...a, hidden: true, hiddenReason: 'Off-topic' });
    expect(store.find(a.id)?.hiddenReason).toBe('Off-topic');

    store.restore(a.id, null).subscribe();
    http.expectOne(`/api/posts/${a.id}/restore`).flush(a);
    expect(store.find(a.id)?.hidden).toBe(false);

    store.approve(b.id).subscribe();
    http.expectOne(`/api/moderation/queue/${b.id}/approve`).flush({ ...b, approval: 'approved' });
    expect(store.find(b.id)?.approval).toBe('approved');
    // The reply count, as the API counts it now.
    http.expectOne(threadUrl).flush(aThread({ replyCount: 2 }));

    store.reject(c.id, 'Advertising').subscribe();
    http
      .expectOne(`/api/moderation/queue/${c.id}/reject`)
      .flush({ ...c, approval: 'rejected', hiddenReason: 'Advertising' });
    expect(store.find(c.id)?.approval).toBe('rejected');
  });

  it('reveals a post that is loaded at once', async () => {
    const a = aPost(1);
    open([a]);
    await expect(store.reveal(a.id)).resolves.toBe(true);
    expect(store.highlightedPostId()).toBe(a.id);
  });

  it('reveals a deep post by continuing the branches down to it', async () => {
    const d6 = aPost(6, { depth: 6, moreReplies: true, replyCount: 1 });
    open([d6]);
    const d7 = aPost(7, { parentId: d6.id, depth: 7 });
    const target = aPost(8, { parentId: d7.id, depth: 8 });

    // Lets reveal() run on to its next request (it awaits each answer, and the contracts).
    const settled = () => new Promise((resolve) => setTimeout(resolve));
    const revealed = store.reveal(target.id);
    http.expectOne(`/api/posts/${target.id}`).flush(target);
    await settled();
    http.expectOne(`/api/posts/${d7.id}`).flush(d7);
    await settled();
    http
      .expectOne(`${postsUrl}?root=${d6.id}`)
      .flush(page([{ ...d6, moreReplies: false }, d7, target]));
    await expect(revealed).resolves.toBe(true);
    expect(store.find(target.id)).toEqual(target);
  });

  it('does not reveal a post of another thread', async () => {
    open([]);
    const stranger = aPost(9, { threadId: '22222222-2222-4222-8222-222222222222' });
    const revealed = store.reveal(stranger.id);
    http.expectOne(`/api/posts/${stranger.id}`).flush(stranger);
    await expect(revealed).resolves.toBe(false);
  });

  describe('live', () => {
    const room = `thread:${THREAD_ID}`;
    const me: SessionUser = {
      id: uuid(900),
      email: 'erik.nilsen@example.org',
      displayName: 'Erik Nilsen',
      role: 'member',
      language: 'en',
      timeZone: 'Europe/Oslo',
      organisationId: uuid(901),
      permissions: [],
    };
    let socket: FakeRealtimeSocket;
    let nextEventId = 11;

    async function settle(): Promise<void> {
      for (let i = 0; i < 10; i++) {
        await Promise.resolve();
      }
    }

    function signIn(): void {
      localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
      TestBed.inject(SessionStore).load();
      http.expectOne('/api/auth/me').flush(me);
    }

    /** Opens the thread with its room followed. */
    async function openLive(posts: Post[]): Promise<void> {
      open(posts);
      await settle();
      socket.serverConnect();
      socket.answer('follow', { room, lastEventId: 10 });
      await settle();
    }

    function emit<K extends RealtimeEventType>(type: K, data: RealtimeEventPayloads[K]): void {
      const event = { id: nextEventId++, type, rooms: [room], data, at: '2026-11-03T10:00:00.000Z' };
      socket.serverEmit('event', event as RealtimeEvent);
    }

    beforeEach(() => {
      localStorage.clear();
      socket = TestBed.inject(FakeRealtimeSocket);
    });

    afterEach(() => jest.useRealTimers());

    it('follows the thread before asking for it, and stops when told', async () => {
      store.load(THREAD_ID).subscribe();
      await settle();
      expect(socket.connects).toBe(1);
      socket.serverConnect();
      expect(socket.pending('follow').map((sent) => sent.payload)).toEqual([
        { type: 'thread', id: THREAD_ID },
      ]);
      http.expectOne(threadUrl).flush(aThread());
      http.expectOne(postsUrl).flush(page([]));
      socket.answer('follow', { room, lastEventId: 10 });
      await settle();

      store.stopLive();
      expect(socket.sent.at(-1)?.event).toBe('unfollow');
    });

    it('keeps others’ new replies behind "show", then loads them into the tree as new', async () => {
      signIn();
      const a = aPost(1);
      await openLive([a]);
      const b = aPost(2, { parentId: a.id, depth: 2 });
      const c = aPost(3);
      emit('post.created', { threadId: THREAD_ID, postId: b.id, parentId: a.id, authorId: b.author.id });
      emit('post.created', { threadId: THREAD_ID, postId: c.id, parentId: null, authorId: c.author.id });
      // Already loaded, or the viewer's own: not new.
      emit('post.created', { threadId: THREAD_ID, postId: a.id, parentId: null, authorId: a.author.id });
      emit('post.created', { threadId: THREAD_ID, postId: uuid(4), parentId: null, authorId: me.id });
      expect(store.newReplies()).toBe(2);
      expect(store.posts()).toHaveLength(1);

      let added: readonly Post[] = [];
      store.showNew().subscribe((posts) => (added = posts));
      http.expectOne(`/api/posts/${b.id}`).flush(b);
      http.expectOne(`/api/posts/${c.id}`).flush(c);
      http.expectOne(threadUrl).flush(aThread({ replyCount: 3 }));

      expect(added.map((post) => post.id)).toEqual([b.id, c.id]);
      expect(store.newReplies()).toBe(0);
      expect(store.tree()[0].children[0].post.id).toBe(b.id);
      expect(store.find(a.id)?.replyCount).toBe(1);
      expect(store.freshPostIds().has(c.id)).toBe(true);
      expect(store.thread()?.replyCount).toBe(3);
    });

    it('does not count a new reply that arrived with a page meanwhile', async () => {
      const a = aPost(1, { replyCount: 0 });
      await openLive([a]);
      const b = aPost(2);
      emit('post.created', { threadId: THREAD_ID, postId: b.id, parentId: null, authorId: b.author.id });
      expect(store.newReplies()).toBe(1);
      store.reloadReplies();
      http.expectOne(postsUrl).flush(page([a, b]));
      expect(store.newReplies()).toBe(0);
    });

    it('fetches edited, hidden and deleted posts again, and takes new reaction counts in place', async () => {
      const a = aPost(1, { myReactions: ['thanks'], reactions: { thanks: 1 } });
      await openLive([a]);

      emit('post.edited', { threadId: THREAD_ID, postId: a.id });
      http.expectOne(`/api/posts/${a.id}`).flush({ ...a, body: 'Edited', revisionCount: 1 });
      expect(store.find(a.id)?.body).toBe('Edited');

      emit('post.hidden', { threadId: THREAD_ID, postId: a.id, hidden: true });
      http.expectOne(`/api/posts/${a.id}`).flush({ ...a, hidden: true, body: null, bodyHtml: null });
      expect(store.find(a.id)?.hidden).toBe(true);

      emit('reactions.changed', { threadId: THREAD_ID, postId: a.id, reactions: { thanks: 4, like: 1 } });
      expect(store.find(a.id)?.reactions).toEqual({ thanks: 4, like: 1 });
      expect(store.find(a.id)?.myReactions).toEqual(['thanks']);

      emit('post.deleted', { threadId: THREAD_ID, postId: a.id });
      http.expectOne(`/api/posts/${a.id}`).flush({ ...a, deleted: true, body: null, bodyHtml: null });
      expect(store.find(a.id)?.deleted).toBe(true);

      // A post that is not loaded is not fetched.
      emit('post.edited', { threadId: THREAD_ID, postId: uuid(77) });
    });

    it('fetches the thread again when it changes, once for events that come together', async () => {
      const a = aPost(1);
      await openLive([a]);
      emit('thread.locked', { threadId: THREAD_ID, locked: true });
      emit('thread.pinned', { threadId: THREAD_ID, pinned: true });
      emit('thread.answer-accepted', { threadId: THREAD_ID, postId: a.id });
      expect(store.find(a.id)?.accepted).toBe(true);
      expect(store.thread()?.answered).toBe(true);

      http.expectOne(threadUrl).flush(aThread({ locked: true }));
      http.expectOne(threadUrl).flush(aThread({ locked: true, pinned: true, answered: true, acceptedPostId: a.id }));
      expect(store.thread()?.pinned).toBe(true);

      emit('thread.deleted', { threadId: THREAD_ID });
      http
        .expectOne(threadUrl)
        .flush({ code: 'NOT_FOUND', detail: 'x' }, { status: 404, statusText: 'Not Found' });
      expect(store.status()).toBe('not-found');
    });

    it('shows who is replying for a few seconds after their last signal, and how many are viewing', async () => {
      jest.useFakeTimers();
      signIn();
      await openLive([]);
      const jonas = { id: uuid(801), displayName: 'Jonas Weber' };
      socket.serverEmit('thread.typing', { threadId: THREAD_ID, user: jonas });
      socket.serverEmit('thread.typing', { threadId: THREAD_ID, user: { id: me.id, displayName: me.displayName } });
      socket.serverEmit('thread.viewers', { threadId: THREAD_ID, count: 3 });
      expect(store.typists()).toEqual([jonas]);
      expect(store.viewers()).toBe(3);

      jest.advanceTimersByTime(TYPING_SHOWN_MS - 1_000);
      socket.serverEmit('thread.typing', { threadId: THREAD_ID, user: jonas });
      jest.advanceTimersByTime(TYPING_SHOWN_MS - 1);
      expect(store.typists()).toEqual([jonas]);
      jest.advanceTimersByTime(1);
      expect(store.typists()).toEqual([]);

      // Their reply ends it at once.
      socket.serverEmit('thread.typing', { threadId: THREAD_ID, user: jonas });
      emit('post.created', { threadId: THREAD_ID, postId: uuid(5), parentId: null, authorId: jonas.id });
      expect(store.typists()).toEqual([]);
    });

    it('sends typing only for a signed-in viewer', async () => {
      jest.useFakeTimers();
      await openLive([]);
      store.typing();
      expect(socket.sent.some((sent) => sent.event === 'typing')).toBe(false);
      signIn();
      store.typing();
      store.typing();
      expect(socket.sent.filter((sent) => sent.event === 'typing')).toHaveLength(1);
    });

    it('reloads the replies in place when too much was missed', async () => {
      const a = aPost(1);
      await openLive([a]);
      socket.serverDrop();
      socket.serverConnect();
      socket.answer('follow', { room, lastEventId: 900 });
      await settle();
      http
        .expectOne((request) => request.url === '/api/realtime/events')
        .flush({ events: [], tooFarBehind: true, lastEventId: 900, refusedRooms: [] });
      expect(store.repliesStatus()).toBe('loaded');
      http.expectOne(threadUrl).flush(aThread({ replyCount: 2 }));
      http.expectOne(postsUrl).flush(page([a, aPost(2)]));
      expect(store.posts()).toHaveLength(2);
      expect(store.thread()?.replyCount).toBe(2);
    });

    it('says so when the viewer may no longer follow the thread', async () => {
      open([]);
      await settle();
      socket.serverConnect();
      socket.refuse('follow', 'NOT_FOUND');
      await settle();
      expect(store.liveRefused()).toBe(true);
    });
  });
});
