import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisStreamsAdapter } from '@socket.io/redis-streams-adapter';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import type { Server } from 'socket.io';

export interface SocketAdapterHandle {
  kind: 'redis-streams' | 'postgres';
  /** Resolves once the adapter holds its connections (closing earlier would leak one). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Fans broadcasts, room changes and socket lookups out to every instance: through a Redis stream
 * when REDIS_URL is set, otherwise through PostgreSQL NOTIFY, so instances need nothing but the
 * database they already share. Instances on the same database share one channel.
 */
export function attachSocketAdapter(server: Server, options: { databaseUrl: string; redisUrl: string | null; onError: (error: Error) => void }): SocketAdapterHandle {
  const database = new URL(options.databaseUrl).pathname.slice(1) || 'postgres';
  if (options.redisUrl) {
    const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    redis.on('error', options.onError);
    // A short blocking read lets a closing instance let go of Redis within a second.
    server.adapter(createRedisStreamsAdapter(redis, { streamName: `sce:socket.io:${database}`, blockTimeInMs: 1000 }));
    return { kind: 'redis-streams', settled: () => sleep(200), close: async () => void redis.disconnect() };
  }
  // Two connections: the adapter's LISTEN holds one, and every broadcast's NOTIFY goes through the
  // other, one after another, so instances receive broadcasts in the order they were sent (with a
  // second publishing connection, an event could overtake the one before it).
  const pool = new Pool({ connectionString: options.databaseUrl, max: 2, application_name: 'smart-cities-exchange socket.io' });
  let connected = 0;
  pool.on('error', options.onError);
  pool.on('connect', (client) => {
    connected++;
    client.on('error', options.onError);
  });
  server.adapter(createPostgresAdapter(pool, { tableName: 'socket_io_attachments', channelPrefix: 'sce_socket_io', errorHandler: options.onError }));
  return {
    kind: 'postgres',
    // The adapter takes its LISTEN connection in the background and, closed before it has, never
    // gives it back; so shutdown first waits (at most 5 s) for every connection it asked for.
    settled: async () => {
      for (let waited = 0; waited < 5000; waited += 50) {
        if (connected > 0 && pool.waitingCount === 0 && pool.totalCount <= connected) break;
        await sleep(50);
      }
      await sleep(100);
    },
    close: async () => {
      await Promise.race([pool.end(), sleep(3000)]);
    },
  };
}
