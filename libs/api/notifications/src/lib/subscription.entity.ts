import { UserEntity } from '@sce/api-identity';
import type { SubscriptionLevel, SubscriptionTargetType } from '@sce/shared-contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A person's chosen level for a thread or a community; no row means "normal" (replies and mentions only). */
@Entity('subscriptions')
@Index('IDX_subscriptions_target', ['targetType', 'targetId', 'level'])
@Check('CHK_subscriptions_level', `level IN ('watching', 'tracking', 'muted')`)
@Check('CHK_subscriptions_target_type', `target_type IN ('thread', 'community')`)
export class SubscriptionEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'target_type', type: 'text' })
  targetType!: SubscriptionTargetType;

  @PrimaryColumn({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  @Column({ type: 'text' })
  level!: Exclude<SubscriptionLevel, 'normal'>;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
