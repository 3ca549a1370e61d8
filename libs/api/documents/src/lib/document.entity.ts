import { CommunityEntity } from '@sce/api-communities';
import { UserEntity } from '@sce/api-identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A shared file in a community, optionally attached to a thread or an event; its bytes live in versions. */
@Entity('documents')
@Index('IDX_documents_community_updated', ['communityId', 'updatedAt', 'id'])
@Index('IDX_documents_thread', ['threadId'])
@Index('IDX_documents_event', ['eventId'])
@Index('IDX_documents_owner', ['ownerId'])
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId!: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** GIN index made by hand in the migration. */
  @Index('IDX_documents_tags', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'text' })
  licence!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ name: 'version_count', type: 'integer', default: 0 })
  versionCount!: number;

  /** The newest version's type and size, for lists and filters. */
  @Column({ name: 'current_mime', type: 'text', default: '' })
  currentMime!: string;

  @Column({ name: 'current_size', type: 'bigint', default: 0 })
  currentSize!: string;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
