import { sqlList } from '@sce/api-core';
import { UserEntity } from '@sce/api-identity';
import { type MembershipRole, type MembershipState, membershipRoles, membershipStates } from '@sce/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CommunityEntity } from './community.entity';

@Entity('memberships')
@Check('CHK_memberships_role', `role IN (${sqlList(membershipRoles)})`)
@Check('CHK_memberships_state', `state IN (${sqlList(membershipStates)})`)
@Index('IDX_memberships_user_id', ['userId'])
/** Members lists: per community and state, longest-standing first (keyset on since, user_id). */
@Index('IDX_memberships_community_state_since', ['communityId', 'state', 'since', 'userId'])
export class MembershipEntity {
  @PrimaryColumn({ name: 'community_id', type: 'uuid' })
  communityId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text', default: 'member' })
  role!: MembershipRole;

  @Column({ type: 'text', default: 'active' })
  state!: MembershipState;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When the membership reached its current state (joined, asked, was invited). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  since!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
