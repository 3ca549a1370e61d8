import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RealtimeEvent } from '@sce/shared-contracts';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import type { BulkResult } from './bulk';
import { FlagQueueStore } from './flag-queue.store';
import { aFlag, aPost, pieter, uuid } from './fixtures.spec-helper';

const openUrl = '/api/moderation/flags?state=open';
const settle = async () => {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
};

describe('FlagQueueStore', () => {
  let store: FlagQueueStore;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        FlagQueueStore,
      ],
    });
    store = TestBed.inject(FlagQueueStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function open(flags = [aFlag(1), aFlag(2, { reason: 'abuse' }), aFlag(3)]): void {
    store.load({ state: 'open', community: null });
    http.expectOne(openUrl).flush({ items: flags, nextCursor: null });
  }

  it('asks the API for the flags of a reason and an assignee, and keeps a selection of the shown ones', () => {
    store.load({ state: 'open', community: 'open-data', reason: 'abuse', assignee: 'none' });
    http
      .expectOne('/api/moderation/flags?state=open&community=open-data&reason=abuse&assignee=none')
      .flush({ items: [aFlag(2, { reason: 'abuse' })], nextCursor: null });
    expect(store.flags().map((f) => f.id)).toEqual([uuid(2)]);
    store.selectAll(true);
    expect(store.selected().map((f) => f.id)).toEqual([uuid(2)]);
    expect(store.allSelected()).toBe(true);
    store.select(uuid(2), false);
    expect(store.selected()).toEqual([]);
  });

  it('takes a flag out of the unassigned list when someone takes it', () => {
    store.load({ state: 'open', community: null, assignee: 'none' });
    http
      .expectOne('/api/moderation/flags?state=open&assignee=none')
      .flush({ items: [aFlag(1), aFlag(2)], nextCursor: null });
    const lotte = { id: uuid(301), displayName: 'Lotte Janssens' };
    store.update(aFlag(1), { assigneeId: lotte.id }).subscribe();
    const patch = http.expectOne(`/api/moderation/flags/${uuid(1)}`);
    expect(patch.request.body).toEqual({ assigneeId: lotte.id });
    patch.flush(aFlag(1, { assignee: lotte }));
    expect(store.flags().map((f) => f.id)).toEqual([uuid(2)]);
  });

  it('asks once per community who may be assigned its flags', () => {
    const moderators = [
      { id: uuid(301), displayName: 'Lotte Janssens', scope: 'community' as const },
      { id: pieter.id, displayName: pieter.displayName, scope: 'global' as const },
    ];
    let first: unknown;
    store.moderators('open-data').subscribe((m) => (first = m));
    http.expectOne('/api/moderation/moderators?community=open-data').flush(moderators);
    expect(first).toEqual(moderators);
    let second: unknown;
    store.moderators('open-data').subscribe((m) => (second = m));
    http.expectNone('/api/moderation/moderators?community=open-data');
    expect(second).toEqual(moderators);
  });

  it('keeps a changed flag in place, and takes it out when it leaves the state shown', () => {
    open();
    store.update(aFlag(1), { internalNote: 'Looking at it' }).subscribe();
    http
      .expectOne(`/api/moderation/flags/${uuid(1)}`)
      .flush(aFlag(1, { internalNote: 'Looking at it' }));
    expect(store.flags()[0].internalNote).toBe('Looking at it');

    store.select(uuid(1), true);
    store.update(aFlag(1), { state: 'dismissed' }).subscribe();
    http.expectOne(`/api/moderation/flags/${uuid(1)}`).flush(aFlag(1, { state: 'dismissed' }));
    expect(store.flags().map((f) => f.id)).toEqual([uuid(2), uuid(3)]);
    expect(store.selected()).toEqual([]);
  });

  it('changes several flags one after the other and reports the ones that failed', () => {
    open();
    let result: BulkResult | undefined;
    store.updateMany([aFlag(1), aFlag(3)], { state: 'actioned' }).subscribe((r) => (result = r));
    http.expectOne(`/api/moderation/flags/${uuid(1)}`).flush(aFlag(1, { state: 'actioned' }));
    http
      .expectOne(`/api/moderation/flags/${uuid(3)}`)
      .flush({ code: 'NOT_FOUND', detail: 'gone' }, { status: 404, statusText: 'Not Found' });
    expect(result).toEqual({ done: [uuid(1)], failed: [uuid(3)] });
    expect(store.flags().map((f) => f.id)).toEqual([uuid(2), uuid(3)]);
  });

  it('hides a flagged post and closes the open flags on it', () => {
    const postId = uuid(777);
    const target = { ...aFlag(1).target, id: postId };
    open([aFlag(1, { target }), aFlag(2), aFlag(3, { target })]);
    store.hidePost(store.flags()[0], 'Advertising').subscribe();
    const hide = http.expectOne(`/api/posts/${postId}/hide`);
    expect(hide.request.body).toEqual({ reason: 'Advertising' });
    hide.flush(aPost(777, { hidden: true }));
    const first = http.expectOne(`/api/moderation/flags/${uuid(1)}`);
    expect(first.request.body).toEqual({ state: 'actioned' });
    first.flush(aFlag(1, { target, state: 'actioned' }));
    http.expectOne(`/api/moderation/flags/${uuid(3)}`).flush(aFlag(3, { target, state: 'actioned' }));
    expect(store.flags().map((f) => f.id)).toEqual([uuid(2)]);
  });

  it('closes the flag when the post was hidden already', () => {
    open([aFlag(1)]);
    store.hidePost(aFlag(1), null).subscribe();
    const hide = http.expectOne(`/api/posts/${uuid(101)}/hide`);
    expect(hide.request.body).toEqual({});
    hide.flush({ code: 'NOT_ALLOWED', detail: 'already hidden' }, { status: 409, statusText: 'Conflict' });
    http.expectOne(`/api/moderation/flags/${uuid(1)}`).flush(aFlag(1, { state: 'actioned' }));
    expect(store.flags()).toEqual([]);
  });

  it('counts the flags that arrive live in the moderator’s room until "show"', async () => {
    const socket = TestBed.inject(FakeRealtimeSocket);
    open();
    store.startLive(pieter.id);
    await settle();
    socket.serverConnect();
    const room = `user:${pieter.id}`;
    socket.answer('follow', { room, lastEventId: 5 });
    await settle();
    const flag = (id: number): RealtimeEvent => ({
      id,
      type: 'moderation.flag',
      rooms: [room],
      data: { flagId: uuid(id), targetType: 'post', targetId: uuid(1), reason: 'spam' },
      at: '2026-11-03T10:00:00.000Z',
    });
    socket.serverEmit('event', flag(6));
    socket.serverEmit('event', flag(7));
    expect(store.newFlags()).toBe(2);
    store.showNew();
    expect(store.newFlags()).toBe(0);
    http.expectOne(openUrl).flush({ items: [aFlag(6), aFlag(7)], nextCursor: null });
    expect(store.flags()).toHaveLength(2);
    store.stopLive();
  });
});
