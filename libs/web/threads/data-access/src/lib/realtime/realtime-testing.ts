import { type Provider } from '@angular/core';
import { REALTIME_SOCKET_FACTORY, type RealtimeSocket } from './realtime-socket';

type Listener = (...args: unknown[]) => void;

/** A client event the fake socket was asked to send. */
export interface SentSocketEvent {
  event: string;
  payload: unknown;
  ack?: (answer: unknown) => void;
  acked: boolean;
}

/**
 * A socket for specs (never connects anywhere): the spec plays the server with `serverConnect`,
 * `serverDrop`, `serverEmit` and `answer`, and reads what the client sent in `sent`.
 * Get it with `provideRealtimeTesting()` and `TestBed.inject(FakeRealtimeSocket)`.
 */
export class FakeRealtimeSocket implements RealtimeSocket {
  connected = false;
  active = false;
  connects = 0;
  readonly sent: SentSocketEvent[] = [];
  private readonly listeners = new Map<string, Listener[]>();

  connect(): void {
    this.connects++;
    this.active = true;
  }

  disconnect(): void {
    const was = this.connected;
    this.connected = false;
    this.active = false;
    if (was) {
      this.fire('disconnect', 'io client disconnect');
    }
  }

  on(event: string, listener: (...args: never[]) => void): void {
    const list = this.listeners.get(event) ?? [];
    list.push(listener as Listener);
    this.listeners.set(event, list);
  }

  emit(event: string, payload: unknown, ack?: (answer: unknown) => void): void {
    this.sent.push({ event, payload, ack, acked: false });
  }

  /** The connection is made (the client listens for `connect`). */
  serverConnect(): void {
    this.connected = true;
    this.active = true;
    this.fire('connect');
  }

  /** The connection is lost; socket.io-client would try again (`active` stays true). */
  serverDrop(reason = 'transport close'): void {
    this.connected = false;
    this.active = reason !== 'io server disconnect';
    this.fire('disconnect', reason);
  }

  /** The handshake is refused by the server's middleware (no automatic retry). */
  serverRefuse(code: string): void {
    this.connected = false;
    this.active = false;
    this.fire('connect_error', Object.assign(new Error(code), { data: { code } }));
  }

  /** A server → client event. */
  serverEmit(event: string, payload: unknown): void {
    this.fire(event, payload);
  }

  /** Client events of this name not answered yet. */
  pending(event: string): SentSocketEvent[] {
    return this.sent.filter((sent) => sent.event === event && !sent.acked && sent.ack);
  }

  /** Acknowledges the oldest unanswered `event` with `{ ok: true, data }`. */
  answer(event: string, data: unknown): void {
    this.reply(event, { ok: true, data });
  }

  /** Acknowledges the oldest unanswered `event` with an error code. */
  refuse(event: string, code: string): void {
    this.reply(event, { ok: false, error: { code, message: code } });
  }

  private reply(event: string, answer: unknown): void {
    const sent = this.pending(event)[0];
    if (!sent) {
      throw new Error(`FakeRealtimeSocket: no unanswered "${event}"`);
    }
    sent.acked = true;
    sent.ack?.(answer);
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      listener(...args);
    }
  }
}

/**
 * For specs of pages that follow rooms: the realtime client gets a `FakeRealtimeSocket` (one per
 * TestBed) instead of loading socket.io-client. Not used by the app, so builds leave it out.
 */
export function provideRealtimeTesting(): Provider[] {
  const socket = new FakeRealtimeSocket();
  return [
    { provide: FakeRealtimeSocket, useValue: socket },
    {
      provide: REALTIME_SOCKET_FACTORY,
      useValue: () => Promise.resolve(socket),
    },
  ];
}
