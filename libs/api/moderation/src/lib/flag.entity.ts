import { sqlList } from '@sce/api-core';
import { UserEntity } from '@sce/api-identity';
import { type FlagReason, type FlagState, type FlagTargetType, flagReasons, flagStates, flagTargetTypes } from '@sce/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A report that something breaks the rules. `community_id` routes it to that community's
 * moderators (null for flags on people: global moderators). One open flag per person per target.
 */
@Entity('flags')
@Check('CHK_flags_target_type', `target_type IN (${sqlList(flagTargetTypes)})`)
@Check('CHK_flags_reason', `reason IN (${sqlList(flagReasons)})`)
@Check('CHK_flags_state', `state IN (${sqlList(flagStates)})`)
@Index('UQ_flags_open_per_reporter', ['reporterId', 'targetType', 'targetId'], { unique: true, where: `state = 'open'` })
@Index('IDX_flags_queue', ['state', 'communityId', 'createdAt', 'id'])
@Index('IDX_flags_target', ['targetType', 'targetId', 'state'])
export class FlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'target_type', type: 'text' })
  targetType!: FlagTargetType;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId!: string | null;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity;

  @Column({ type: 'text' })
  reason!: FlagReason;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'text', default: 'open' })
  state!: FlagState;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: UserEntity;

  @Column({ name: 'internal_note', type: 'text', default: '' })
  internalNote!: string;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
