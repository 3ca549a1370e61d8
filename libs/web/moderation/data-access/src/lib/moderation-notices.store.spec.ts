import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { RealtimeEvent, RealtimeEventPayloads } from '@sce/shared-contracts';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { aWarning, sofia, uuid } from './fixtures.spec-helper';
import { ModerationNoticesStore } from './moderation-notices.store';

const settle = async () => {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
};
const room = `user:${sofia.id}`;

describe('ModerationNoticesStore', () => {
  let store: ModerationNoticesStore;
  let http: HttpTestingController;
  let socket: FakeRealtimeSocket;
  let nextId = 2;

  function notice(data: RealtimeEventPayloads['moderation.notice']): void {
    const event: RealtimeEvent = {
      id: nextId++,
      type: 'moderation.notice',
      rooms: [room],
      data,
      at: '2026-11-03T10:00:00.000Z',
    };
    socket.serverEmit('event', event);
  }

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRealtimeTesting(),
        ModerationNoticesStore,
      ],
    });
    store = TestBed.inject(ModerationNoticesStore);
    http = TestBed.inject(HttpTestingController);
    socket = TestBed.inject(FakeRealtimeSocket);
    store.start(sofia.id);
    http
      .expectOne('/api/users/me/warnings')
      .flush([aWarning(1), aWarning(2, { acknowledgedAt: '2026-11-01T10:00:00.000Z' })]);
    await settle();
    socket.serverConnect();
    socket.answer('follow', { room, lastEventId: 1 });
    await settle();
  });

  afterEach(() => http.verify());

  it('shows the warnings still to acknowledge, and lets them go once acknowledged', () => {
    expect(store.warnings().map((w) => w.id)).toEqual([uuid(1)]);
    store.acknowledge(store.warnings()[0]).subscribe();
    http
      .expectOne(`/api/users/me/warnings/${uuid(1)}/acknowledge`)
      .flush(aWarning(1, { acknowledgedAt: '2026-11-03T10:00:00.000Z' }));
    expect(store.warnings()).toEqual([]);
  });

  it('asks for the warnings again when one arrives live', () => {
    notice({ kind: 'warning', threadId: null, postId: null, reason: 'Mind your tone' });
    http.expectOne('/api/users/me/warnings').flush([aWarning(3), aWarning(1)]);
    expect(store.warnings()).toHaveLength(2);
  });

  it('keeps the moderators’ decisions about one’s posts until dismissed', () => {
    notice({ kind: 'post-hidden', threadId: uuid(200), postId: uuid(5), reason: 'Off-topic' });
    notice({ kind: 'post-approved', threadId: uuid(200), postId: uuid(6), reason: null });
    expect(store.notices().map((n) => n.kind)).toEqual(['post-approved', 'post-hidden']);
    expect(store.notices()[1].reason).toBe('Off-topic');
    store.dismiss(store.notices()[0].id);
    expect(store.notices().map((n) => n.kind)).toEqual(['post-hidden']);
  });

  it('forgets everything when the person signs out', () => {
    notice({ kind: 'post-rejected', threadId: uuid(200), postId: uuid(5), reason: null });
    store.stop();
    expect(store.empty()).toBe(true);
  });
});
