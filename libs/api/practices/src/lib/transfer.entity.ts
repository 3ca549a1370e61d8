import { sqlList } from '@sce/api-core';
import { OrganisationEntity, UserEntity } from '@sce/api-identity';
import { type Metric, type TransferStage, transferStages } from '@sce/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PracticeEntity } from './practice.entity';

/** An organisation taking up another's practice, stage by stage. One per practice and adopting organisation. */
@Entity('practice_transfers')
@Check('CHK_practice_transfers_stage', `stage IN (${sqlList(transferStages)})`)
@Index('UQ_practice_transfers_practice_to', ['practiceId', 'toOrganisationId'], { unique: true })
@Index('IDX_practice_transfers_to', ['toOrganisationId', 'updatedAt'])
@Index('IDX_practice_transfers_updated', ['updatedAt', 'id'])
export class TransferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'practice_id', type: 'uuid' })
  practiceId!: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @Column({ name: 'to_organisation_id', type: 'uuid' })
  toOrganisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_organisation_id' })
  toOrganisation?: OrganisationEntity;

  @Column({ type: 'text' })
  stage!: TransferStage;

  @Column({ type: 'text', default: '' })
  adaptations!: string;

  @Column({ type: 'text', default: '' })
  lessons!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  impact!: Metric[];

  @Column({ name: 'success_factors', type: 'text', array: true, default: () => "'{}'" })
  successFactors!: string[];

  @Column({ name: 'failure_factors', type: 'text', array: true, default: () => "'{}'" })
  failureFactors!: string[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** Each stage a transfer reached, when, by whom and why. */
@Entity('practice_transfer_stages')
@Check('CHK_practice_transfer_stages_stage', `stage IN (${sqlList(transferStages)})`)
@Index('IDX_practice_transfer_stages_transfer', ['transferId', 'changedAt'])
export class TransferStageEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'transfer_id', type: 'uuid' })
  transferId!: string;

  @ManyToOne(() => TransferEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'transfer_id' })
  transfer?: TransferEntity;

  @Column({ type: 'text' })
  stage!: TransferStage;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by' })
  changer?: UserEntity;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
