import { HttpClient, HttpParams } from '@angular/common/http';
import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';
import type {
  CatchUpResult,
  FollowResult,
  RealtimeEvent,
  RoomRef,
  TypingEvent,
  ViewersEvent,
} from '@sce/shared-contracts';
import { API_BASE_URL, RealtimeStatus } from '@sce/web-shared-data-access';
import { Observable, type Subscriber } from 'rxjs';
import { EventSequencer } from './event-sequencer';
import {
  REALTIME_SOCKET_FACTORY,
  type RealtimeSocket,
} from './realtime-socket';

// SERVER_EVENT, TYPING_EVENT and VIEWERS_EVENT of the contracts' realtime.schemas.ts, copied:
// importing a value from the contracts would load all their zod schemas.
const SERVER_EVENT = 'event';
const TYPING_EVENT = 'thread.typing';
const VIEWERS_EVENT = 'thread.viewers';

/** "X is replying" is sent at most this often per thread (the server drops anything faster). */
export const TYPING_INTERVAL_MS = 3_000;
/** How long an acknowledgement may take before the request counts as failed. */
const ACK_TIMEOUT_MS = 10_000;
/** How long a `ping` may take when checking a connection that may have died unnoticed. */
const PING_TIMEOUT_MS = 5_000;
/** With nothing followed, the socket stays open this long (the next page usually follows again). */
const LINGER_MS = 2_000;
/** A follow that failed for a passing reason (rate limit, timeout) is tried again after this. */
const FOLLOW_RETRY_MS = 5_000;
/** Coming back online or to the tab checks the connection at most this often. */
const WAKE_INTERVAL_MS = 5_000;
/** Waits before connecting again when socket.io-client will not (the server refused or ended it). */
const RECONNECT_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
/** Follow refusals that will not change by asking again. */
const REFUSALS = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_REQUEST']);

/**
 * What a followed room tells its subscribers:
 * - `event`: a durable event (each once, in id order, missed ones caught up after a reconnect);
 * - `reload`: more was missed than can be caught up — reload the page's data;
 * - `refused`: the server no longer lets this viewer follow the room (the Observable completes);
 * - `typing` / `viewers`: ephemeral thread signals (never caught up).
 */
export type RoomMessage =
  | { kind: 'event'; event: RealtimeEvent }
  | { kind: 'reload' }
  | { kind: 'refused' }
  | { kind: 'typing'; user: TypingEvent['user'] }
  | { kind: 'viewers'; count: number };

interface Room {
  ref: RoomRef;
  name: string;
  listeners: Set<Subscriber<RoomMessage>>;
  /** The server acknowledged the follow on the current connection. */
  following: boolean;
  retry?: ReturnType<typeof setTimeout>;
}

type Answer<T> = { ok: true; data: T } | { ok: false; code: string };

export const roomNameOf = (room: RoomRef): string => `${room.type}:${room.id}`;

/**
 * The one real-time connection of the app (Socket.IO on the same origin and session as the
 * API). It connects when something follows a room and disconnects when nothing does.
 *
 * It lives here rather than in the shared data-access library because only lazily loaded pages
 * use it: an injectable in the shared library's index ends up in the first page load, and this
 * client (with socket.io-client, which it imports on first use) must not. The shell reads the
 * connection's state from `RealtimeStatus`, which stays shared.
 *
 * `room()` follows a room for as long as it is subscribed. After every reconnect each room is
 * followed again and REST is asked for the events missed since the last one seen; those are
 * delivered before the live ones that arrived meanwhile. When the browser comes back online or
 * to the tab, the connection is checked at once rather than at socket.io-client's next attempt.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeClient {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly createSocket = inject(REALTIME_SOCKET_FACTORY);
  private readonly status = inject(RealtimeStatus);
  private readonly document = inject(DOCUMENT);
  private readonly rooms = new Map<string, Room>();
  private readonly typingSentAt = new Map<string, number>();
  private sequencer = new EventSequencer();
  private socket: RealtimeSocket | null = null;
  private socketReady: Promise<RealtimeSocket> | null = null;
  /** Grows with every connection and disconnection: answers for an older one are ignored. */
  private generation = 0;
  private connectedBefore = false;
  private attempts = 0;
  private lastWake = Number.NEGATIVE_INFINITY;
  private lingerTimer: ReturnType<typeof setTimeout> | undefined;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;

  /** `online`, `offline` (trying again) or `connecting`. */
  readonly connection = this.status.connection;

  constructor() {
    const window = this.document.defaultView;
    const wake = () => this.wake();
    const offline = () => {
      if (this.rooms.size > 0) {
        this.status.update({ connection: 'offline' });
      }
    };
    const visibility = () => {
      if (this.document.visibilityState === 'visible') {
        this.wake();
      }
    };
    window?.addEventListener('online', wake);
    window?.addEventListener('offline', offline);
    this.document.addEventListener('visibilitychange', visibility);
    inject(DestroyRef).onDestroy(() => {
      window?.removeEventListener('online', wake);
      window?.removeEventListener('offline', offline);
      this.document.removeEventListener('visibilitychange', visibility);
      clearTimeout(this.lingerTimer);
      clearTimeout(this.reconnectTimer);
      this.socket?.disconnect();
    });
  }

  /** Follows a room while subscribed; several subscribers of one room share the follow. */
  room(ref: RoomRef): Observable<RoomMessage> {
    return new Observable<RoomMessage>((subscriber) => {
      const name = roomNameOf(ref);
      let room = this.rooms.get(name);
      if (room === undefined) {
        room = { ref, name, listeners: new Set(), following: false };
        this.rooms.set(name, room);
        this.roomsChanged();
        if (this.socket?.connected) {
          void this.follow(room, this.generation);
        } else {
          this.open();
        }
      }
      room.listeners.add(subscriber);
      return () => this.leave(name, subscriber);
    });
  }

  /**
   * Tells the others in a followed thread that the viewer is writing a reply, at most every
   * {@link TYPING_INTERVAL_MS}. Returns whether it was sent. Only for signed-in viewers.
   */
  typing(threadId: string): boolean {
    const room = this.rooms.get(roomNameOf({ type: 'thread', id: threadId }));
    const socket = this.socket;
    if (!room?.following || !socket?.connected) {
      return false;
    }
    const now = Date.now();
    if (now - (this.typingSentAt.get(threadId) ?? -Infinity) < TYPING_INTERVAL_MS) {
      return false;
    }
    this.typingSentAt.set(threadId, now);
    socket.emit('typing', { threadId });
    return true;
  }

  private leave(name: string, subscriber: Subscriber<RoomMessage>): void {
    const room = this.rooms.get(name);
    if (room === undefined || !room.listeners.delete(subscriber)) {
      return;
    }
    if (room.listeners.size > 0) {
      return;
    }
    this.rooms.delete(name);
    clearTimeout(room.retry);
    if (room.following && this.socket?.connected) {
      this.socket.emit('unfollow', room.ref, () => undefined);
    }
    this.roomsChanged();
  }

  private roomsChanged(): void {
    const following = this.rooms.size > 0;
    this.status.update({ following });
    clearTimeout(this.lingerTimer);
    if (!following) {
      this.lingerTimer = setTimeout(() => this.close(), LINGER_MS);
    }
  }

  /** Makes the socket (loading socket.io-client the first time) and connects it. */
  private open(): void {
    clearTimeout(this.lingerTimer);
    if (this.socket === null || !this.socket.connected) {
      this.status.update({ connection: this.connectedBefore ? 'offline' : 'connecting' });
    }
    this.socketReady ??= this.createSocket().then((socket) => {
      this.wire(socket);
      this.socket = socket;
      return socket;
    });
    this.socketReady.then(
      (socket) => {
        if (this.rooms.size > 0 && !socket.active) {
          socket.connect();
        }
      },
      () => {
        // socket.io-client could not be loaded (offline?): try again when back online.
        this.socketReady = null;
        this.status.update({ connection: 'offline' });
      },
    );
  }

  /** Nothing followed for a while: the connection is closed and the next one starts afresh. */
  private close(): void {
    if (this.rooms.size > 0) {
      return;
    }
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.socket?.disconnect();
    this.generation++;
    this.connectedBefore = false;
    this.attempts = 0;
    this.sequencer = new EventSequencer();
    this.typingSentAt.clear();
    this.status.update({ connection: 'connecting' });
  }

  private wire(socket: RealtimeSocket): void {
    socket.on('connect', () => this.connected());
    socket.on('disconnect', (reason: string) => this.disconnected(reason));
    socket.on('connect_error', (error: Error & { data?: { code?: string } }) =>
      this.refusedConnection(error),
    );
    socket.on(SERVER_EVENT, (event: RealtimeEvent) => this.received(event));
    socket.on(TYPING_EVENT, (typing: TypingEvent) => {
      if (typeof typing?.threadId === 'string' && typing.user) {
        this.tell(roomNameOf({ type: 'thread', id: typing.threadId }), {
          kind: 'typing',
          user: typing.user,
        });
      }
    });
    socket.on(VIEWERS_EVENT, (viewers: ViewersEvent) => {
      if (typeof viewers?.threadId === 'string' && typeof viewers.count === 'number') {
        this.tell(roomNameOf({ type: 'thread', id: viewers.threadId }), {
          kind: 'viewers',
          count: viewers.count,
        });
      }
    });
  }

  /** Connected (again): follow every room, then catch up with what was missed. */
  private connected(): void {
    const generation = ++this.generation;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.attempts = 0;
    this.status.update({ connection: 'online' });
    const catchUp = this.connectedBefore && this.sequencer.lastSeen !== null;
    this.connectedBefore = true;
    if (catchUp) {
      this.sequencer.startCatchUp();
    }
    const follows = [...this.rooms.values()].map((room) =>
      this.follow(room, generation),
    );
    void Promise.all(follows).then(() => {
      if (catchUp && generation === this.generation) {
        this.catchUp(generation);
      }
    });
    if (this.rooms.size === 0) {
      this.roomsChanged();
    }
  }

  private disconnected(reason: string): void {
    this.generation++;
    for (const room of this.rooms.values()) {
      room.following = false;
      clearTimeout(room.retry);
    }
    if (this.rooms.size === 0 || reason === 'io client disconnect') {
      return;
    }
    this.status.update({ connection: 'offline' });
    if (reason === 'io server disconnect') {
      // The server ended the connection (signing out ends a session's sockets): socket.io-client
      // does not try again by itself. A visitor may follow public rooms, so connect again.
      this.reconnectLater();
    }
  }

  private refusedConnection(error: Error & { data?: { code?: string } }): void {
    if (this.rooms.size > 0) {
      this.status.update({ connection: 'offline' });
    }
    if (this.socket?.active !== false) {
      return; // socket.io-client tries again by itself
    }
    // The server refused the handshake, and socket.io-client does not try again by itself.
    if (error?.data?.code === 'UNAUTHENTICATED') {
      void this.renewSession().then(() => this.reconnectLater());
    } else {
      this.reconnectLater();
    }
  }

  /**
   * The session cookie's access token lives 15 minutes; the handshake cannot renew it, HTTP can:
   * any API request answered SESSION_EXPIRED is renewed and repeated by the session refresh
   * interceptor. The catch-up endpoint reads the session like every route, so it serves.
   */
  private renewSession(): Promise<void> {
    const names = [...this.rooms.keys()];
    if (names.length === 0) {
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.catchUpRequest(this.sequencer.lastSeen ?? 0, names).subscribe({
        complete: () => resolve(),
        error: () => resolve(),
      });
    });
  }

  private reconnectLater(): void {
    if (this.rooms.size === 0 || this.reconnectTimer !== undefined) {
      return;
    }
    const delay =
      RECONNECT_DELAYS_MS[Math.min(this.attempts, RECONNECT_DELAYS_MS.length - 1)];
    this.attempts++;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      const socket = this.socket;
      if (this.rooms.size > 0 && socket !== null && !socket.active) {
        socket.connect();
      }
    }, delay);
  }

  /** Back online or back to the tab: check the connection now instead of waiting. */
  private wake(): void {
    const socket = this.socket;
    if (this.rooms.size === 0) {
      return;
    }
    if (socket === null) {
      this.open();
      return;
    }
    const now = Date.now();
    if (now - this.lastWake < WAKE_INTERVAL_MS) {
      return;
    }
    this.lastWake = now;
    if (!socket.connected) {
      this.restart(socket);
      return;
    }
    // A connection can die without the socket noticing for a while (a phone asleep): ask.
    void this.request('ping', {}, PING_TIMEOUT_MS).then((answer) => {
      if (socket !== this.socket || !socket.connected) {
        return;
      }
      if (answer.ok) {
        this.status.update({ connection: 'online' });
      } else if (answer.code === 'TIMEOUT') {
        this.restart(socket);
      }
    });
  }

  private restart(socket: RealtimeSocket): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.attempts = 0;
    socket.disconnect();
    socket.connect();
  }

  private async follow(room: Room, generation: number): Promise<void> {
    clearTimeout(room.retry);
    const answer = await this.request<FollowResult>('follow', room.ref);
    if (generation !== this.generation) {
      return; // the connection changed: the next one follows again
    }
    if (this.rooms.get(room.name) !== room) {
      // Left while the follow was on its way (and not followed again since): leave it now.
      if (answer.ok && !this.rooms.has(room.name)) {
        this.socket?.emit('unfollow', room.ref, () => undefined);
      }
      return;
    }
    if (answer.ok) {
      room.following = true;
      this.sequencer.followed(answer.data.lastEventId);
    } else if (REFUSALS.has(answer.code)) {
      this.refuse(room);
    } else {
      room.retry = setTimeout(() => {
        if (generation === this.generation && this.rooms.get(room.name) === room) {
          void this.follow(room, generation);
        }
      }, FOLLOW_RETRY_MS);
    }
  }

  private catchUp(generation: number): void {
    const names = [...this.rooms.values()]
      .filter((room) => room.following)
      .map((room) => room.name);
    const since = this.sequencer.lastSeen ?? 0;
    if (names.length === 0) {
      this.deliver(this.sequencer.caughtUp([], since));
      return;
    }
    this.catchUpRequest(since, names).subscribe({
      next: (result) => {
        if (generation !== this.generation) {
          return; // disconnected meanwhile: the next connection catches up
        }
        for (const name of result.refusedRooms) {
          const room = this.rooms.get(name);
          if (room !== undefined) {
            this.refuse(room);
          }
        }
        if (result.tooFarBehind) {
          this.sequencer.skipTo(result.lastEventId);
          names.forEach((name) => this.tell(name, { kind: 'reload' }));
        } else {
          this.deliver(this.sequencer.caughtUp(result.events, result.lastEventId));
        }
      },
      error: () => {
        if (generation !== this.generation) {
          return;
        }
        // What was missed is unknown: the pages reload their data.
        this.sequencer.skipTo(this.sequencer.lastSeen ?? 0);
        names.forEach((name) => this.tell(name, { kind: 'reload' }));
      },
    });
  }

  private catchUpRequest(since: number, rooms: string[]): Observable<CatchUpResult> {
    return this.http.get<CatchUpResult>(`${this.baseUrl}/realtime/events`, {
      params: new HttpParams().set('since', since).set('rooms', rooms.join(',')),
    });
  }

  private received(event: RealtimeEvent): void {
    if (
      typeof event?.id !== 'number' ||
      typeof event.type !== 'string' ||
      !Array.isArray(event.rooms)
    ) {
      return;
    }
    this.deliver(this.sequencer.live(event));
  }

  private deliver(events: readonly RealtimeEvent[]): void {
    for (const event of events) {
      for (const name of new Set(event.rooms)) {
        this.tell(name, { kind: 'event', event });
      }
    }
  }

  /** The server will not let this viewer follow the room (any more). */
  private refuse(room: Room): void {
    this.rooms.delete(room.name);
    clearTimeout(room.retry);
    for (const listener of [...room.listeners]) {
      listener.next({ kind: 'refused' });
      listener.complete();
    }
    this.roomsChanged();
  }

  private tell(name: string, message: RoomMessage): void {
    const room = this.rooms.get(name);
    if (room !== undefined) {
      for (const listener of [...room.listeners]) {
        listener.next(message);
      }
    }
  }

  /** Emits a client event and waits for its acknowledgement (or a timeout). */
  private request<T>(
    event: string,
    payload: unknown,
    timeoutMs = ACK_TIMEOUT_MS,
  ): Promise<Answer<T>> {
    const socket = this.socket;
    if (!socket?.connected) {
      return Promise.resolve({ ok: false, code: 'DISCONNECTED' });
    }
    return new Promise<Answer<T>>((resolve) => {
      const timer = setTimeout(
        () => resolve({ ok: false, code: 'TIMEOUT' }),
        timeoutMs,
      );
      socket.emit(event, payload, (answer: unknown) => {
        clearTimeout(timer);
        resolve(toAnswer<T>(answer));
      });
    });
  }
}

function toAnswer<T>(answer: unknown): Answer<T> {
  if (typeof answer === 'object' && answer !== null && 'ok' in answer) {
    if (answer.ok === true && 'data' in answer) {
      return { ok: true, data: answer.data as T };
    }
    const error = 'error' in answer ? (answer.error as { code?: unknown } | null) : null;
    return {
      ok: false,
      code: typeof error?.code === 'string' ? error.code : 'INTERNAL',
    };
  }
  return { ok: false, code: 'INTERNAL' };
}
