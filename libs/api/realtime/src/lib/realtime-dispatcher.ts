import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, REALTIME_CHANNEL, type GatewayInstructions, gatewayInstructionTypes } from '@sce/api-core';
import type { RealtimeEvent } from '@sce/shared-contracts';
import { Client } from 'pg';

/** Held by the one instance that numbers and announces events; another takes over if it goes. */
const DISPATCHER_LOCK_KEY = 7_236_914_502;
const BATCH = 500;
/** Events are kept this long for catch-up. */
const RETENTION_HOURS = 24;

export interface DispatchedRow {
  position: string;
  type: string;
  rooms: string[];
  data: Record<string, unknown>;
  created_at: Date;
}

/** What the dispatcher hands each committed event to, in position order. */
export interface RealtimeSink {
  /** Announces a client event to its rooms (through the Socket.IO adapter, to every instance). */
  broadcast(event: RealtimeEvent): void;
  /** Carries out a gateway instruction; the next event waits for it. */
  carryOut<K extends keyof GatewayInstructions>(type: K, data: GatewayInstructions[K]): Promise<void>;
}

export const toRealtimeEvent = (row: DispatchedRow): RealtimeEvent =>
  ({ id: Number(row.position), type: row.type, rooms: row.rooms, data: row.data, at: row.created_at.toISOString() }) as RealtimeEvent;

/**
 * After commit, gives outbox events their positions and announces them. Every instance listens;
 * the one holding an advisory lock numbers the events — one statement at a time, so a position is
 * only ever given to a committed event and positions increase in the order events became visible
 * (an id taken by a transaction still running can never be overtaken). It then broadcasts through
 * the adapter, so each event leaves one instance once and reaches every instance.
 */
@Injectable()
export class RealtimeDispatcher implements OnApplicationShutdown {
  private readonly log = new Logger(RealtimeDispatcher.name);
  private client: Client | null = null;
  private sink: RealtimeSink | null = null;
  private leader = false;
  private draining: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private lastPrune = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async start(sink: RealtimeSink): Promise<void> {
    this.sink = sink;
    await this.connect();
    this.timer = setInterval(() => void this.tick(), 1000);
    this.timer.unref();
  }

  /** Resolves once every event committed before the call has been announced (tests, shutdown). */
  async settle(): Promise<void> {
    for (let i = 0; i < 100; i++) {
      await this.wake();
      if (!this.leader) return;
      const pending: unknown[] = (await this.client?.query('SELECT 1 FROM realtime_events WHERE position IS NULL LIMIT 1'))?.rows ?? [];
      if (pending.length === 0) return;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining?.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl ?? '', application_name: 'smart-cities-exchange realtime' });
    client.on('error', (error) => this.log.warn(`realtime dispatcher connection lost: ${error.message}`));
    client.on('end', () => {
      if (this.client === client) {
        this.client = null;
        this.leader = false;
      }
    });
    client.on('notification', () => void this.wake());
    await client.connect();
    await client.query(`LISTEN ${REALTIME_CHANNEL}`);
    this.client = client;
    await this.tryLead();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    try {
      if (!this.client) await this.connect();
      else if (!this.leader) await this.tryLead();
      await this.wake();
      await this.prune();
    } catch (error) {
      this.log.warn(`realtime dispatcher: ${(error as Error).message}`);
    }
  }

  private async tryLead(): Promise<void> {
    const { rows } = await (this.client as Client).query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [DISPATCHER_LOCK_KEY]);
    if (!rows[0]?.locked) return;
    this.leader = true;
    // A previous leader may have numbered events and stopped before announcing them: announce the
    // last few seconds' again (clients drop ids they have seen).
    const { rows: recent } = await (this.client as Client).query<DispatchedRow>(
      `SELECT position, type, rooms, data, created_at FROM realtime_events
        WHERE position IS NOT NULL AND created_at > now() - interval '10 seconds' AND cardinality(rooms) > 0 ORDER BY position`,
    );
    for (const row of recent) this.sink?.broadcast(toRealtimeEvent(row));
    await this.wake();
  }

  /** Drains pending events; calls arriving meanwhile run one more round. */
  private wake(): Promise<void> {
    if (!this.leader || this.stopped) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.drainBatch()) === BATCH);
        } while (this.again);
      } catch (error) {
        this.log.warn(`realtime dispatcher: ${(error as Error).message}`);
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private async drainBatch(): Promise<number> {
    const client = this.client;
    if (!client) return 0;
    const { rows } = await client.query<DispatchedRow>(
      `WITH next AS (
         SELECT id, row_number() OVER (ORDER BY id) AS n FROM realtime_events WHERE position IS NULL ORDER BY id LIMIT ${BATCH}
       ), base AS (SELECT coalesce(max(position), 0) AS last FROM realtime_events)
       UPDATE realtime_events e SET position = base.last + next.n FROM next, base WHERE e.id = next.id
       RETURNING e.position, e.type, e.rooms, e.data, e.created_at`,
    );
    rows.sort((a, b) => Number(a.position) - Number(b.position));
    for (const row of rows) {
      if (row.rooms.length > 0) this.sink?.broadcast(toRealtimeEvent(row));
      else if ((gatewayInstructionTypes as readonly string[]).includes(row.type)) {
        await this.sink?.carryOut(row.type as keyof GatewayInstructions, row.data as never).catch((error: Error) => this.log.warn(`realtime ${row.type}: ${error.message}`));
      }
    }
    return rows.length;
  }

  private async prune(): Promise<void> {
    if (!this.leader || Date.now() - this.lastPrune < 3_600_000) return;
    this.lastPrune = Date.now();
    await this.client?.query(`DELETE FROM realtime_events WHERE position IS NOT NULL AND created_at < now() - interval '${RETENTION_HOURS} hours'`);
  }
}
