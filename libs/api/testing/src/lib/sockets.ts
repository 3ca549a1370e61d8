import type { AddressInfo } from 'node:net';
import type { SocketAck } from '@sce/shared-contracts';
import { type Socket, io } from 'socket.io-client';
import type { Browserish } from './http-client';
import type { TestApp } from './test-app';

/** Starts the app listening on a free loopback port; returns its URL. */
export async function listening(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
}

/** The session cookie a signed-in test browser holds, for a socket handshake. */
export function sessionCookie(browser: Browserish): string {
  const jar = (browser.agent as unknown as { jar: { getCookie(name: string, access: object): { value: string } | undefined } }).jar;
  const access = jar.getCookie('sce_access', { domain: '127.0.0.1', path: '/', secure: false, script: false })?.value;
  if (!access) throw new Error('the browser is not signed in');
  return `sce_access=${access}`;
}

/** A connected Socket.IO client (WebSocket only, no automatic reconnection). */
export function connectSocket(url: string, extraHeaders: Record<string, string> = {}): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { path: '/socket.io', transports: ['websocket'], reconnection: false, extraHeaders, forceNew: true });
    socket.on('connect_error', reject);
    socket.on('connect', () => resolve(socket));
  });
}

/** Emits and waits for the acknowledgement. */
export async function ask<T = unknown>(socket: Socket, event: string, ...args: unknown[]): Promise<SocketAck<T>> {
  return (await socket.timeout(3000).emitWithAck(event, ...args)) as SocketAck<T>;
}

/** Everything a socket receives under one event name, with a way to wait for what should arrive. */
export class Received<T> {
  readonly items: T[] = [];
  private waiters: Array<() => void> = [];

  constructor(socket: Socket, event: string) {
    socket.on(event, (item: T) => {
      this.items.push(item);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Resolves with the items once `done(items)` holds; rejects after `timeoutMs`. */
  async until(done: (items: T[]) => boolean, timeoutMs = 3000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    while (!done(this.items)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out with ${this.items.length} received: ${JSON.stringify(this.items).slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.items;
  }
}
