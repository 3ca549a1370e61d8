import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { ApprovalQueueStore } from './approval-queue.store';
import type { BulkResult } from './bulk';
import { aPost, aQueuedPost, pieter, uuid } from './fixtures.spec-helper';

const settle = async () => {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
};

describe('ApprovalQueueStore', () => {
  let store: ApprovalQueueStore;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        ApprovalQueueStore,
      ],
    });
    store = TestBed.inject(ApprovalQueueStore);
    http = TestBed.inject(HttpTestingController);
    store.load();
    http
      .expectOne('/api/moderation/queue')
      .flush({ items: [aQueuedPost(1), aQueuedPost(2), aQueuedPost(3)], nextCursor: null });
  });

  afterEach(() => http.verify());

  it('lists waiting posts by their post id', () => {
    expect(store.posts().map((p) => p.id)).toEqual([uuid(1), uuid(2), uuid(3)]);
  });

  it('approves a post and takes it out of the queue', () => {
    store.approve(store.posts()[0]).subscribe();
    const approve = http.expectOne(`/api/moderation/queue/${uuid(1)}/approve`);
    expect(approve.request.method).toBe('POST');
    approve.flush(aPost(1));
    expect(store.posts().map((p) => p.id)).toEqual([uuid(2), uuid(3)]);
  });

  it('rejects a selection with one reason, one after the other', () => {
    store.selectAll(true);
    store.select(uuid(2), false);
    let result: BulkResult | undefined;
    store.rejectMany(store.selected(), 'Advertising').subscribe((r) => (result = r));
    const first = http.expectOne(`/api/moderation/queue/${uuid(1)}/reject`);
    expect(first.request.body).toEqual({ reason: 'Advertising' });
    first.flush(aPost(1, { approval: 'rejected' }));
    http
      .expectOne(`/api/moderation/queue/${uuid(3)}/reject`)
      .flush({ code: 'NOT_ALLOWED', detail: 'not waiting' }, { status: 409, statusText: 'Conflict' });
    expect(result).toEqual({ done: [uuid(1)], failed: [uuid(3)] });
    expect(store.posts().map((p) => p.id)).toEqual([uuid(2), uuid(3)]);
    expect(store.selected().map((p) => p.id)).toEqual([uuid(3)]);
  });

  it('counts posts that start waiting while the queue is open', async () => {
    const socket = TestBed.inject(FakeRealtimeSocket);
    store.startLive(pieter.id);
    await settle();
    socket.serverConnect();
    const room = `user:${pieter.id}`;
    socket.answer('follow', { room, lastEventId: 1 });
    await settle();
    socket.serverEmit('event', {
      id: 2,
      type: 'moderation.queued',
      rooms: [room],
      data: { postId: uuid(4), threadId: uuid(200) },
      at: '2026-11-03T10:00:00.000Z',
    });
    expect(store.newPosts()).toBe(1);
    store.showNew();
    http.expectOne('/api/moderation/queue').flush({ items: [aQueuedPost(4)], nextCursor: null });
    expect(store.newPosts()).toBe(0);
    store.stopLive();
  });
});
