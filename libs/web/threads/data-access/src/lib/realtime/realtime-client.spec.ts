import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  type TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CatchUpResult, RealtimeEvent, RoomRef } from '@sce/shared-contracts';
import type { Subscription } from 'rxjs';
import { RealtimeStatus } from '@sce/web-shared-data-access';
import { RealtimeClient, type RoomMessage } from './realtime-client';
import { FakeRealtimeSocket, provideRealtimeTesting } from './realtime-testing';

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const thread1: RoomRef = { type: 'thread', id: T1 };
const thread2: RoomRef = { type: 'thread', id: T2 };
const room1 = `thread:${T1}`;
const room2 = `thread:${T2}`;

function anEvent(id: number, rooms: string[] = [room1]): RealtimeEvent {
  return {
    id,
    type: 'post.edited',
    rooms,
    data: { threadId: T1, postId: `p${id}` },
    at: '2026-11-01T10:00:00.000Z',
  };
}

const caughtUp = (overrides: Partial<CatchUpResult>): CatchUpResult => ({
  events: [],
  tooFarBehind: false,
  lastEventId: 0,
  refusedRooms: [],
  ...overrides,
});

/** Lets the promises in the client (socket factory, acknowledgements) settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
  }
}

const eventIds = (messages: RoomMessage[]) =>
  messages.flatMap((message) => (message.kind === 'event' ? [message.event.id] : []));
const kinds = (messages: RoomMessage[]) => messages.map((message) => message.kind);

describe('RealtimeClient', () => {
  let client: RealtimeClient;
  let status: RealtimeStatus;
  let socket: FakeRealtimeSocket;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRealtimeTesting()],
    });
    client = TestBed.inject(RealtimeClient);
    status = TestBed.inject(RealtimeStatus);
    socket = TestBed.inject(FakeRealtimeSocket);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  /** Subscribes to a room; connects the fake socket when needed and acknowledges the follow. */
  async function follow(
    ref: RoomRef,
    lastEventId = 10,
  ): Promise<{ messages: RoomMessage[]; subscription: Subscription }> {
    const messages: RoomMessage[] = [];
    const subscription = client.room(ref).subscribe((message) => messages.push(message));
    await settle();
    if (!socket.connected) {
      socket.serverConnect();
    }
    socket.answer('follow', { room: `${ref.type}:${ref.id}`, lastEventId });
    await settle();
    return { messages, subscription };
  }

  function expectCatchUp(since: number, rooms: string): TestRequest {
    return http.expectOne(
      (request) =>
        request.url === '/api/realtime/events' &&
        request.params.get('since') === String(since) &&
        request.params.get('rooms') === rooms,
    );
  }

  it('connects only when a room is followed, and disconnects a little after none is', async () => {
    jest.useFakeTimers();
    expect(socket.connects).toBe(0);
    expect(status.following()).toBe(false);

    const messages: RoomMessage[] = [];
    const subscription = client.room(thread1).subscribe((m) => messages.push(m));
    await settle();
    expect(socket.connects).toBe(1);
    expect(status.following()).toBe(true);
    expect(status.connection()).toBe('connecting');

    socket.serverConnect();
    expect(status.connection()).toBe('online');
    expect(socket.pending('follow').map((sent) => sent.payload)).toEqual([thread1]);
    socket.answer('follow', { room: room1, lastEventId: 10 });
    await settle();

    // A second subscriber of the room shares the follow.
    const second = client.room(thread1).subscribe();
    expect(socket.sent.filter((sent) => sent.event === 'follow')).toHaveLength(1);
    second.unsubscribe();
    expect(socket.sent.some((sent) => sent.event === 'unfollow')).toBe(false);

    subscription.unsubscribe();
    expect(socket.sent.filter((sent) => sent.event === 'unfollow').map((s) => s.payload)).toEqual([
      thread1,
    ]);
    expect(status.following()).toBe(false);
    expect(socket.connected).toBe(true);
    jest.advanceTimersByTime(2_000);
    expect(socket.connected).toBe(false);
  });

  it('leaves a room left while its follow was on its way, unless it is followed again', async () => {
    const first = client.room(thread1).subscribe();
    await settle();
    socket.serverConnect();
    first.unsubscribe();
    const again = client.room(thread1).subscribe();
    socket.answer('follow', { room: room1, lastEventId: 10 });
    socket.answer('follow', { room: room1, lastEventId: 10 });
    await settle();
    expect(socket.sent.some((sent) => sent.event === 'unfollow')).toBe(false);

    again.unsubscribe();
    expect(socket.sent.filter((sent) => sent.event === 'unfollow')).toHaveLength(1);
    client.room(thread2).subscribe().unsubscribe();
    socket.answer('follow', { room: room2, lastEventId: 10 });
    await settle();
    expect(socket.sent.filter((sent) => sent.event === 'unfollow').map((s) => s.payload)).toEqual([
      thread1,
      thread2,
    ]);
  });

  it('delivers each event once, to the rooms it names, and passes typing and viewers on', async () => {
    const one = await follow(thread1, 10);
    const two = await follow(thread2, 10);

    socket.serverEmit('event', anEvent(9));
    socket.serverEmit('event', anEvent(11));
    socket.serverEmit('event', anEvent(11));
    socket.serverEmit('event', anEvent(12, [room2]));
    socket.serverEmit('event', anEvent(13, [room1, room2]));
    socket.serverEmit('thread.typing', { threadId: T1, user: { id: 'u1', displayName: 'Erik Nilsen' } });
    socket.serverEmit('thread.viewers', { threadId: T2, count: 3 });

    expect(eventIds(one.messages)).toEqual([11, 13]);
    expect(eventIds(two.messages)).toEqual([12, 13]);
    expect(one.messages.at(-1)).toEqual({
      kind: 'typing',
      user: { id: 'u1', displayName: 'Erik Nilsen' },
    });
    expect(two.messages.at(-1)).toEqual({ kind: 'viewers', count: 3 });
  });

  it('after a reconnect follows again, then delivers the missed events before the live ones', async () => {
    const { messages } = await follow(thread1, 10);
    socket.serverEmit('event', anEvent(11));

    socket.serverDrop();
    expect(status.connection()).toBe('offline');
    socket.serverConnect();
    expect(status.connection()).toBe('online');
    expect(socket.pending('follow').map((sent) => sent.payload)).toEqual([thread1]);
    // Live events that arrive before the catch-up answers wait for it.
    socket.answer('follow', { room: room1, lastEventId: 16 });
    socket.serverEmit('event', anEvent(16));
    await settle();
    expect(eventIds(messages)).toEqual([11]);

    expectCatchUp(11, room1).flush(
      caughtUp({ events: [anEvent(12), anEvent(14), anEvent(16)], lastEventId: 16 }),
    );
    expect(eventIds(messages)).toEqual([11, 12, 14, 16]);

    socket.serverEmit('event', anEvent(16));
    socket.serverEmit('event', anEvent(17));
    expect(eventIds(messages)).toEqual([11, 12, 14, 16, 17]);
  });

  it('asks the page to reload when more was missed than can be caught up', async () => {
    const { messages } = await follow(thread1, 10);
    socket.serverDrop();
    socket.serverConnect();
    socket.answer('follow', { room: room1, lastEventId: 700 });
    socket.serverEmit('event', anEvent(600));
    await settle();

    expectCatchUp(10, room1).flush(caughtUp({ tooFarBehind: true, lastEventId: 700 }));
    expect(kinds(messages)).toEqual(['reload']);

    // The reload covers everything up to now; counting goes on from there.
    socket.serverEmit('event', anEvent(650));
    socket.serverEmit('event', anEvent(701));
    expect(eventIds(messages)).toEqual([701]);
  });

  it('reloads when the catch-up fails', async () => {
    const { messages } = await follow(thread1, 10);
    socket.serverDrop();
    socket.serverConnect();
    socket.answer('follow', { room: room1, lastEventId: 20 });
    await settle();
    expectCatchUp(10, room1).error(new ProgressEvent('error'));
    expect(kinds(messages)).toEqual(['reload']);
  });

  it('stops following rooms the viewer may no longer read', async () => {
    const one = await follow(thread1, 10);
    const two = await follow(thread2, 10);
    let completed = false;
    two.subscription.add(() => (completed = true));

    socket.serverDrop();
    socket.serverConnect();
    socket.answer('follow', { room: room1, lastEventId: 12 });
    socket.answer('follow', { room: room2, lastEventId: 12 });
    await settle();
    expectCatchUp(10, `${room1},${room2}`).flush(
      caughtUp({ events: [anEvent(12)], lastEventId: 12, refusedRooms: [room2] }),
    );

    expect(kinds(two.messages)).toEqual(['refused']);
    expect(completed).toBe(true);
    expect(eventIds(one.messages)).toEqual([12]);
    socket.serverEmit('event', anEvent(13, [room1, room2]));
    expect(eventIds(one.messages)).toEqual([12, 13]);
    expect(kinds(two.messages)).toEqual(['refused']);
  });

  it('tells a subscriber when the server refuses the follow', async () => {
    const messages: RoomMessage[] = [];
    let completed = false;
    client.room(thread1).subscribe({
      next: (message) => messages.push(message),
      complete: () => (completed = true),
    });
    await settle();
    socket.serverConnect();
    socket.refuse('follow', 'NOT_FOUND');
    await settle();
    expect(kinds(messages)).toEqual(['refused']);
    expect(completed).toBe(true);
    expect(status.following()).toBe(false);
  });

  it('sends "typing" at most every 3 seconds, and only in followed threads', async () => {
    jest.useFakeTimers();
    await follow(thread1, 10);
    expect(client.typing(T1)).toBe(true);
    expect(client.typing(T1)).toBe(false);
    jest.advanceTimersByTime(2_999);
    expect(client.typing(T1)).toBe(false);
    jest.advanceTimersByTime(1);
    expect(client.typing(T1)).toBe(true);
    expect(client.typing(T2)).toBe(false);
    expect(socket.sent.filter((sent) => sent.event === 'typing').map((s) => s.payload)).toEqual([
      { threadId: T1 },
      { threadId: T1 },
    ]);
  });

  it('renews an expired session over HTTP before connecting again', async () => {
    jest.useFakeTimers();
    client.room(thread1).subscribe();
    await settle();
    socket.serverRefuse('UNAUTHENTICATED');
    expect(status.connection()).toBe('offline');
    // Any API request answered SESSION_EXPIRED is renewed by the session refresh interceptor.
    expectCatchUp(0, room1).flush(caughtUp({}));
    await settle();
    expect(socket.connects).toBe(1);
    jest.advanceTimersByTime(1_000);
    expect(socket.connects).toBe(2);
  });

  it('connects again when the server ends the connection', async () => {
    jest.useFakeTimers();
    await follow(thread1, 10);
    socket.serverDrop('io server disconnect');
    expect(status.connection()).toBe('offline');
    jest.advanceTimersByTime(1_000);
    expect(socket.connects).toBe(2);
  });

  it('checks the connection when the browser comes back online', async () => {
    jest.useFakeTimers();
    await follow(thread1, 10);
    window.dispatchEvent(new Event('offline'));
    expect(status.connection()).toBe('offline');

    window.dispatchEvent(new Event('online'));
    expect(socket.pending('ping')).toHaveLength(1);
    socket.answer('ping', { serverTime: 'now', signedIn: false });
    await settle();
    expect(status.connection()).toBe('online');

    // A connection that died unnoticed does not answer: it is made again.
    jest.advanceTimersByTime(5_000);
    window.dispatchEvent(new Event('online'));
    expect(socket.pending('ping')).toHaveLength(1);
    jest.advanceTimersByTime(5_000);
    await settle();
    expect(socket.connected).toBe(false);
    expect(socket.connects).toBe(2);
  });
});
