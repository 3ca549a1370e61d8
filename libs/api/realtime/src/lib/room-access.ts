import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError, type Viewer } from '@sce/api-core';
import { CommunitiesService } from '@sce/api-communities';
import { ThreadsService } from '@sce/api-threads';
import type { GlobalRole, RoomRef } from '@sce/shared-contracts';
import type { DataSource } from 'typeorm';

export type RoomVerdict = { ok: true; communityId: string | null } | { ok: false; code: 'NOT_FOUND' | 'FORBIDDEN' };

/**
 * Who may follow a room, with the same rules as reading it over HTTP: a thread or a community
 * the viewer may read (private ones are "not found" to outsiders), and only one's own user room.
 */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly threads: ThreadsService,
    private readonly communities: CommunitiesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async check(viewer: Viewer | null, room: RoomRef): Promise<RoomVerdict> {
    try {
      switch (room.type) {
        case 'user':
          return viewer?.id === room.id ? { ok: true, communityId: null } : { ok: false, code: viewer ? 'FORBIDDEN' : 'NOT_FOUND' };
        case 'thread': {
          const { thread } = await this.threads.access(viewer, room.id);
          return { ok: true, communityId: thread.communityId };
        }
        case 'community': {
          await this.communities.accessById(viewer, room.id);
          return { ok: true, communityId: room.id };
        }
      }
    } catch (error) {
      if (error instanceof NotFoundError) return { ok: false, code: 'NOT_FOUND' };
      throw error;
    }
  }

  /** The person as they are now (role changes, suspension), or null when they may no longer sign in. */
  async freshViewer(userId: string): Promise<Viewer | null> {
    const rows: { id: string; role: GlobalRole }[] = await this.dataSource.query(`SELECT id, role FROM users WHERE id = $1 AND status = 'active'`, [userId]);
    return rows[0] ?? null;
  }

  async displayName(userId: string): Promise<string> {
    const rows: { display_name: string }[] = await this.dataSource.query('SELECT display_name FROM users WHERE id = $1', [userId]);
    return rows[0]?.display_name ?? '';
  }
}
