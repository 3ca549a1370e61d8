import type { AddressInfo } from 'node:net';
import { RealtimeModule } from '@sce/api-realtime';
import { type TestApp, createTestApp } from '@sce/api-testing';
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

  const connect = (): Promise<Socket> =>
    new Promise((resolve, reject) => {
      const socket = io(url, { path: '/socket.io', transports: ['websocket'], reconnection: false });
      socket.on('connect_error', reject);
      socket.on('connect', () => resolve(socket));
    });

  it('accepts a WebSocket connection at /socket.io and acknowledges ping', async () => {
    const socket = await connect();
    try {
      const ack = (await socket.timeout(2000).emitWithAck('ping')) as { ok: boolean; data: { serverTime: string } };
      expect(ack.ok).toBe(true);
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
});
