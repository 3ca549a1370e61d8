import { sqlList } from '@sce/api-core';
import { UserEntity } from '@sce/api-identity';
import { type EvidenceLevel, evidenceLevels } from '@sce/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PracticeEntity } from './practice.entity';

/** One person's evaluation of a practice (one per person and practice, editable). */
@Entity('practice_evaluations')
@Check('CHK_practice_evaluations_scores', 'effectiveness BETWEEN 1 AND 5 AND user_satisfaction BETWEEN 1 AND 5 AND cost_efficiency BETWEEN 1 AND 5 AND ease_of_transfer BETWEEN 1 AND 5')
@Check('CHK_practice_evaluations_evidence', `evidence_level IN (${sqlList(evidenceLevels)})`)
@Index('IDX_practice_evaluations_user', ['userId'])
export class EvaluationEntity {
  @PrimaryColumn({ name: 'practice_id', type: 'uuid' })
  practiceId!: string;

  @ManyToOne(() => PracticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: PracticeEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'smallint' })
  effectiveness!: number;

  @Column({ name: 'user_satisfaction', type: 'smallint' })
  userSatisfaction!: number;

  @Column({ name: 'cost_efficiency', type: 'smallint' })
  costEfficiency!: number;

  @Column({ name: 'ease_of_transfer', type: 'smallint' })
  easeOfTransfer!: number;

  @Column({ type: 'text', default: '' })
  comment!: string;

  @Column({ name: 'evidence_level', type: 'text' })
  evidenceLevel!: EvidenceLevel;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
