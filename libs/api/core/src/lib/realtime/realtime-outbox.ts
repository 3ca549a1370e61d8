import { Global, Injectable, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { RealtimeEventPayloads, RealtimeEventType } from '@sce/shared-contracts';
import type { EntityManager } from 'typeorm';
import { RealtimeEventEntity } from './realtime-event.entity';

/** The channel on which committed outbox writes wake the dispatcher (NOTIFY is delivered on commit). */
export const REALTIME_CHANNEL = 'sce_realtime_outbox';

/** Instructions to the gateway: not seen by clients, carried by the outbox so they follow commits in order. */
export interface GatewayInstructions {
  /** Re-check every room this person's sockets follow (membership, role or status changed). */
  'access.user': { userId: string };
  /** Re-check every socket following this room (a thread moved, a community's visibility changed). */
  'access.room': { room: string };
  /** Re-check every socket following this community or one of its threads. */
  'access.community': { communityId: string };
  /** End this person's sockets (suspended, erased). */
  'disconnect.user': { userId: string };
  /** End the sockets of these sessions (signed out, sessions revoked). */
  'disconnect.sessions': { sessionIds: string[] };
}
export type GatewayInstructionType = keyof GatewayInstructions;
export const gatewayInstructionTypes: readonly GatewayInstructionType[] = ['access.user', 'access.room', 'access.community', 'disconnect.user', 'disconnect.sessions'];

/**
 * Writes real-time events inside the caller's transaction: announced only if the change commits,
 * always announced once it has.
 */
@Injectable()
export class RealtimeOutbox {
  /** An event for the clients following these rooms (`thread:<id>`, `community:<id>`, `user:<id>`). */
  publish<K extends RealtimeEventType>(tx: EntityManager, type: K, rooms: string[], data: RealtimeEventPayloads[K]): Promise<void> {
    return this.write(tx, type, rooms, data);
  }

  /** Several events of one type in one statement (a fan-out to many user rooms), in the given order. */
  async publishMany<K extends RealtimeEventType>(tx: EntityManager, type: K, events: { rooms: string[]; data: RealtimeEventPayloads[K] }[]): Promise<void> {
    if (events.length === 0) return;
    await tx.query(
      withWakeUp(`INSERT INTO realtime_events (type, rooms, data)
       SELECT $1, ARRAY(SELECT jsonb_array_elements_text(e.rooms)), e.data
         FROM unnest($2::jsonb[], $3::jsonb[]) WITH ORDINALITY AS e(rooms, data, n) ORDER BY e.n`),
      [type, events.map((e) => JSON.stringify(e.rooms)), events.map((e) => JSON.stringify(e.data))],
    );
  }

  /** An instruction to the gateway, ordered with the events around it. */
  instruct<K extends GatewayInstructionType>(tx: EntityManager, type: K, data: GatewayInstructions[K]): Promise<void> {
    return this.write(tx, type, [], data);
  }

  private async write(tx: EntityManager, type: string, rooms: string[], data: object): Promise<void> {
    await tx.query(withWakeUp('INSERT INTO realtime_events (type, rooms, data) VALUES ($1, $2::text[], $3::jsonb)'), [type, rooms, JSON.stringify(data)]);
  }
}

/**
 * The insert and the dispatcher's wake-up in one round trip: callers often hold a hot row lock
 * (a busy thread) until they commit, so each statement saved shortens every waiting writer's wait.
 * PostgreSQL folds identical notifications of one transaction into one, delivered at commit.
 */
function withWakeUp(insert: string): string {
  return `WITH written AS (${insert} RETURNING 1) SELECT pg_notify('${REALTIME_CHANNEL}', '') FROM (SELECT 1 FROM written LIMIT 1) w`;
}

@Global()
@Module({ imports: [TypeOrmModule.forFeature([RealtimeEventEntity])], providers: [RealtimeOutbox], exports: [RealtimeOutbox] })
export class RealtimeOutboxModule {}
