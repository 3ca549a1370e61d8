import { sqlList } from '@sce/api-core';
import { UserEntity } from '@sce/api-identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommunityEntity } from './community.entity';

export const membershipRoles = ['member', 'moderator'] as const;
export type MembershipRole = (typeof membershipRoles)[number];
export const membershipStates = ['active', 'requested', 'invited', 'banned'] as const;
export type MembershipState = (typeof membershipStates)[number];

@Entity('memberships')
@Check('CHK_memberships_role', `role IN (${sqlList(membershipRoles)})`)
@Check('CHK_memberships_state', `state IN (${sqlList(membershipStates)})`)
@Index('IDX_memberships_user_id', ['userId'])
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
}
