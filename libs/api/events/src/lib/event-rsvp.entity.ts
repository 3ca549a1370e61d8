import { sqlList } from '@sce/api-core';
import { UserEntity } from '@sce/api-identity';
import { type RsvpStatus, rsvpStatuses } from '@sce/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { EventEntity } from './event.entity';

/**
 * One person's answer to an event. Waitlisted answers carry `waitlist_seq` from a sequence taken
 * under the event's row lock, so the line moves up first come, first served.
 */
@Entity('event_rsvps')
@Check('CHK_event_rsvps_status', `status IN (${sqlList(rsvpStatuses)})`)
@Check('CHK_event_rsvps_waitlist', `(status = 'waitlisted') = (waitlist_seq IS NOT NULL)`)
@Index('IDX_event_rsvps_waitlist', ['eventId', 'waitlistSeq'], { where: `status = 'waitlisted'` })
@Index('IDX_event_rsvps_event_status', ['eventId', 'status', 'updatedAt'])
@Index('IDX_event_rsvps_user', ['userId', 'eventId'])
@Index('IDX_event_rsvps_reminders_due', ['eventId'], { where: `status = 'going' AND reminded_at IS NULL` })
export class EventRsvpEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  status!: RsvpStatus;

  @Column({ name: 'waitlist_seq', type: 'bigint', nullable: true })
  waitlistSeq!: string | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
