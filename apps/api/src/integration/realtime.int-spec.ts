import type { AddressInfo } from 'node:net';
import { RealtimeModule } from '@sce/api-realtime';
import { type TestApp, aUser, createTestApp, signedIn } from '@sce/api-testing';
import { type Socket, io } from 'socket.io-client';

describe('Socket.IO on the API port', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await createTestApp([RealtimeModule]);
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  const connect = (extraHeaders: Record<string, string> = {}): Promise<Socket> =>
    new Promise((resolve, reject) => {
      const socket = io(url, { path: '/socket.io', transports: ['websocket'], reconnection: false, extraHeaders });
      socket.on('connect_error', reject);
      socket.on('connect', () => resolve(socket));
    });

  it('accepts a WebSocket connection at /socket.io and acknowledges ping', async () => {
    const socket = await connect();
    try {
      const ack = (await socket.timeout(2000).emitWithAck('ping')) as { ok: boolean; data: { serverTime: string; signedIn: boolean } };
      expect(ack.ok).toBe(true);
      expect(ack.data.signedIn).toBe(false);
      expect(Number.isNaN(Date.parse(ack.data.serverTime))).toBe(false);
    } finally {
      socket.disconnect();
    }
  });

  it('closes the connection of a client that sends more than 64 KB at once', async () => {
    const socket = await connect();
    const closed = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    socket.emit('ping', 'x'.repeat(100_000));
    await expect(closed).resolves.toBe('transport close');
  });

  it('authenticates the handshake with the session cookie, like HTTP', async () => {
    const user = await aUser(t.dataSource);
    const { agent } = await signedIn(t.http, user.email);
    const jar = (agent as unknown as { jar: { getCookie(name: string, access: object): { value: string } | undefined } }).jar;
    const access = jar.getCookie('sce_access', { domain: '127.0.0.1', path: '/', secure: false, script: false })?.value;
    const socket = await connect({ cookie: `sce_access=${access}` });
    try {
      const ack = (await socket.timeout(2000).emitWithAck('ping')) as { data: { signedIn: boolean } };
      expect(ack.data.signedIn).toBe(true);
    } finally {
      socket.disconnect();
    }
  });

  it('refuses a handshake with invalid credentials or from another origin', async () => {
    await expect(connect({ cookie: 'sce_access=forged.token.value' })).rejects.toMatchObject({ message: 'Your session is not valid: sign in again.' });
    await expect(connect({ origin: 'https://evil.example.com' })).rejects.toMatchObject({ data: { code: 'ORIGIN_REFUSED' } });
  });
});
