import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CATCH_UP_MAX_EVENTS, type CatchUpQuery, type CatchUpResult, type RealtimeEvent, parseRoomName } from '@sce/shared-contracts';
import type { Viewer } from '@sce/api-core';
import type { DataSource } from 'typeorm';
import { type DispatchedRow, toRealtimeEvent } from './realtime-dispatcher';
import { RoomAccess } from './room-access';

/** Catch-up: what a client missed in the rooms it follows, checked like following them. */
@Injectable()
export class RealtimeEvents {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: RoomAccess,
  ) {}

  async lastEventId(): Promise<number> {
    const rows: { last: string | null }[] = await this.dataSource.query('SELECT max(position) AS last FROM realtime_events');
    return Number(rows[0]?.last ?? 0);
  }

  async since(viewer: Viewer | null, query: CatchUpQuery): Promise<CatchUpResult> {
    const rooms = [...new Set(query.rooms.map((r) => r.toLowerCase()))];
    const allowed: string[] = [];
    const refusedRooms: string[] = [];
    for (const name of rooms) {
      const room = parseRoomName(name);
      if (room && (await this.access.check(viewer, room)).ok) allowed.push(name);
      else refusedRooms.push(name);
    }
    const [bounds]: { last: string | null; first: string | null }[] = await this.dataSource.query('SELECT max(position) AS last, min(position) AS first FROM realtime_events');
    const lastEventId = Number(bounds?.last ?? 0);
    const firstKept = Number(bounds?.first ?? lastEventId + 1);
    // Ahead of the server (another database) or behind what is still kept: reload instead.
    if (query.since > lastEventId || query.since + 1 < firstKept) return { events: [], tooFarBehind: true, lastEventId, refusedRooms };
    if (allowed.length === 0) return { events: [], tooFarBehind: false, lastEventId, refusedRooms };
    const rows: DispatchedRow[] = await this.dataSource.query(
      `SELECT position, type, rooms, data, created_at FROM realtime_events
        WHERE position > $1 AND position <= $2 AND rooms && $3::text[] ORDER BY position LIMIT $4`,
      [query.since, lastEventId, allowed, CATCH_UP_MAX_EVENTS + 1],
    );
    if (rows.length > CATCH_UP_MAX_EVENTS) return { events: [], tooFarBehind: true, lastEventId, refusedRooms };
    const events: RealtimeEvent[] = rows.map((row) => ({ ...toRealtimeEvent(row), rooms: row.rooms.filter((r) => allowed.includes(r)) }));
    return { events, tooFarBehind: false, lastEventId, refusedRooms };
  }
}
