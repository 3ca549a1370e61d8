import { type CommunityVisibility, communityVisibilities, type JoinPolicy, joinPolicies } from '@sce/shared-contracts';
import { sqlList } from '@sce/api-core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('communities')
@Check('CHK_communities_visibility', `visibility IN (${sqlList(communityVisibilities)})`)
@Check('CHK_communities_join_policy', `join_policy IN (${sqlList(joinPolicies)})`)
@Check('CHK_communities_counts', 'member_count >= 0 AND thread_count >= 0')
@Index('IDX_communities_visibility_name_id', ['visibility', 'name', 'id'])
export class CommunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('UQ_communities_slug', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  /** Trigram index on the unaccented name (made by hand in the migration): search suggestions. */
  @Index('IDX_communities_name_trgm', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', default: 'public' })
  visibility!: CommunityVisibility;

  @Column({ name: 'join_policy', type: 'text', default: 'open' })
  joinPolicy!: JoinPolicy;

  /** Active members; kept in the transaction that changes a membership. */
  @Column({ name: 'member_count', type: 'integer', default: 0 })
  memberCount!: number;

  /** Visible threads; kept in the transaction that creates or removes a thread. */
  @Column({ name: 'thread_count', type: 'integer', default: 0 })
  threadCount!: number;

  /** A new member's first this-many posts wait for a moderator's approval (0: none). */
  @Column({ name: 'new_member_approvals', type: 'integer', default: 2 })
  newMemberApprovals!: number;

  /** Slow mode for every thread of the community: seconds between one person's posts (0: off). */
  @Column({ name: 'slow_mode_seconds', type: 'integer', default: 0 })
  slowModeSeconds!: number;

  @Column({ name: 'last_activity_at', type: 'timestamptz', nullable: true })
  lastActivityAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
