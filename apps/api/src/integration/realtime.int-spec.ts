import { RealtimeModule } from '@sce/api-realtime';
import { type TestApp, aCommunity, aUser, ask, connectSocket, createTestApp, listening, sessionCookie, signedIn } from '@sce/api-testing';
import { ThreadsModule } from '@sce/api-threads';
import type { Socket } from 'socket.io-client';
import WebSocket from 'ws';

describe('Socket.IO on the API port', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp([ThreadsModule, RealtimeModule]);
    url = await listening(t);
  });
  afterAll(() => t.close());

  /** The next client is served normally: the server is up and answering. */
  async function expectServerHealthy(): Promise<void> {
    const socket = await connectSocket(url);
    try {
      expect(await ask(socket, 'ping')).toMatchObject({ ok: true, data: { signedIn: false } });
    } finally {
      socket.disconnect();
    }
  }

  it('accepts a WebSocket connection at /socket.io and acknowledges ping', async () => {
    const socket = await connectSocket(url);
    try {
      const ack = await ask<{ serverTime: string; signedIn: boolean }>(socket, 'ping');
      if (!ack.ok) throw new Error('ping refused');
      expect(ack.data.signedIn).toBe(false);
      expect(Number.isNaN(Date.parse(ack.data.serverTime))).toBe(false);
    } finally {
      socket.disconnect();
    }
  });

  it('closes the connection of a client that sends more than 64 KB at once', async () => {
    const socket = await connectSocket(url);
    const closed = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    socket.emit('ping', 'x'.repeat(100_000));
    await expect(closed).resolves.toBe('transport close');
    await expectServerHealthy();
  });

  it('authenticates the handshake with the session cookie, like HTTP', async () => {
    const user = await aUser(t.dataSource);
    const socket = await connectSocket(url, { cookie: sessionCookie(await signedIn(t.http, user.email)) });
    try {
      expect(await ask(socket, 'ping')).toMatchObject({ ok: true, data: { signedIn: true } });
    } finally {
      socket.disconnect();
    }
  });

  it('refuses a handshake with invalid credentials or from another origin', async () => {
    await expect(connectSocket(url, { cookie: 'sce_access=forged.token.value' })).rejects.toMatchObject({ message: 'Your session is not valid: sign in again.' });
    await expect(connectSocket(url, { origin: 'https://evil.example.com' })).rejects.toMatchObject({ data: { code: 'ORIGIN_REFUSED' } });
  });

  it('answers unknown and malformed events with an error acknowledgement, never a crash', async () => {
    const community = await aCommunity(t.dataSource);
    const socket: Socket = await connectSocket(url);
    try {
      const cases: Array<[string, unknown[], string]> = [
        ['subscribe', [{ room: 'x' }], 'UNKNOWN_EVENT'],
        ['__proto__', [{}], 'UNKNOWN_EVENT'],
        ['constructor', [], 'UNKNOWN_EVENT'],
        ['follow', [], 'BAD_REQUEST'],
        ['follow', [null], 'BAD_REQUEST'],
        ['follow', ['thread'], 'BAD_REQUEST'],
        ['follow', [{ type: 'thread' }], 'BAD_REQUEST'],
        ['follow', [{ type: 'room', id: community.id }], 'BAD_REQUEST'],
        ['follow', [{ type: 'thread', id: 'not-an-id' }], 'BAD_REQUEST'],
        ['follow', [{ type: 'community', id: community.id }, { extra: true }], 'BAD_REQUEST'],
        ['follow', [Buffer.from('binary payload')], 'BAD_REQUEST'],
        ['typing', [{ threadId: 42 }], 'BAD_REQUEST'],
        ['ping', [{ unexpected: 1 }], 'BAD_REQUEST'],
        ['follow', [{ type: 'thread', id: '00000000-0000-4000-8000-000000000000' }], 'NOT_FOUND'],
      ];
      for (const [event, args, code] of cases) {
        const ack = await ask(socket, event, ...args);
        expect({ event, args, ack }).toMatchObject({ ack: { ok: false, error: { code } } });
      }
      const follow = await ask(socket, 'follow', { type: 'community', id: community.id });
      expect(follow).toMatchObject({ ok: true, data: { room: `community:${community.id}` } });
    } finally {
      socket.disconnect();
    }
    await expectServerHealthy();
  });

  it('survives raw frames that are not Socket.IO at all, closing only the sender', async () => {
    const frames = ['42["follow"', '42[null,{}]', '42[{"a":1}]', '42[["follow"]]', '42', '4', '42[]', 'not a packet', '42999999999999999999["ping"]', Buffer.from([0xde, 0xad, 0xbe, 0xef])];
    for (const frame of frames) {
      const raw = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
      const closed = new Promise<void>((resolve) => raw.on('close', () => resolve()));
      await new Promise<void>((resolve, reject) => {
        raw.on('error', reject);
        raw.on('message', (data: Buffer) => {
          const text = data.toString();
          if (text.startsWith('0')) raw.send('40');
          else if (text.startsWith('40')) {
            raw.send(frame);
            resolve();
          }
        });
      });
      // Either the server closes the connection or it ignores the frame; give it a moment to crash.
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 100))]);
      raw.terminate();
    }
    await expectServerHealthy();
  });

  it('limits how many events one socket may send, then closes it', async () => {
    const socket = await connectSocket(url);
    const closed = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    const acks = await Promise.all(Array.from({ length: 60 }, () => ask(socket, 'ping').catch(() => null)));
    const refused = acks.filter((a) => a && !a.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(acks.filter((a) => a?.ok).length).toBeLessThanOrEqual(40);
    // Far beyond the limit the socket is closed.
    for (let i = 0; i < 50 && socket.connected; i++) socket.emit('ping', () => undefined);
    await expect(closed).resolves.toBe('io server disconnect');
    await expectServerHealthy();
  });
});
