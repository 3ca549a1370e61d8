import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The real-time outbox. A change writes its event here in its own transaction; the dispatcher
 * then gives committed events their `position` — one at a time, in the order it sees them commit,
 * so positions increase in visibility order — and broadcasts them. Clients see positions as event
 * ids and catch up by them. Events with no rooms are instructions to the gateway (re-check who may
 * stay in which room, end a session's sockets) and never reach a client.
 */
@Entity('realtime_events')
@Index('IDX_realtime_events_position', ['position'], { unique: true, where: 'position IS NOT NULL' })
@Index('IDX_realtime_events_pending', ['id'], { where: 'position IS NULL' })
@Index('IDX_realtime_events_created', ['createdAt'])
export class RealtimeEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'bigint', nullable: true })
  position!: string | null;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'text', array: true })
  rooms!: string[];

  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
