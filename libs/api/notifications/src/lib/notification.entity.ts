import { EventEntity } from '@sce/api-events';
import { UserEntity } from '@sce/api-identity';
import { PracticeEntity } from '@sce/api-practices';
import { PostEntity, ThreadEntity } from '@sce/api-threads';
import type { NotificationType } from '@sce/shared-contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** How an entry reaches its recipient by mail: not at all, soon, in the next digest, or done. */
export type MailState = 'none' | 'immediate' | 'digest' | 'sending' | 'sent' | 'skipped';

/**
 * One entry in a person's notifications. Entries of one kind about one thing (`group_key`)
 * collapse while unread: the count rises, the newest actors are kept, the entry moves up.
 */
@Entity('notifications')
@Index('IDX_notifications_recipient_recent', ['recipientId', 'updatedAt', 'id'])
@Index('IDX_notifications_recipient_unread', ['recipientId'], { where: 'read_at IS NULL' })
@Index('UQ_notifications_unread_group', ['recipientId', 'groupKey'], { unique: true, where: 'read_at IS NULL AND group_key IS NOT NULL' })
@Index('IDX_notifications_mail_due', ['mailDueAt'], { where: `mail_state = 'immediate'` })
@Index('IDX_notifications_digest', ['recipientId'], { where: `mail_state = 'digest'` })
@Index('IDX_notifications_thread_id', ['threadId'])
@Index('IDX_notifications_post_id', ['postId'])
@Index('IDX_notifications_event_id', ['eventId'])
@Index('IDX_notifications_practice_id', ['practiceId'])
@Check('CHK_notifications_count', 'count >= 1')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: UserEntity;

  @Column({ type: 'text' })
  type!: NotificationType;

  @Column({ name: 'group_key', type: 'text', nullable: true })
  groupKey!: string | null;

  @Column({ type: 'integer', default: 1 })
  count!: number;

  @Column({ name: 'actor_ids', type: 'uuid', array: true, default: () => "'{}'" })
  actorIds!: string[];

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'practice_id', type: 'uuid', nullable: true })
  practiceId!: string | null;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, string | number | null>;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'mail_state', type: 'text', default: 'none' })
  mailState!: MailState;

  @Column({ name: 'mail_due_at', type: 'timestamptz', nullable: true })
  mailDueAt!: Date | null;
}
