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

  /** Trigram index on the unaccented title (made by hand in the migration): typos and parts of words in search. */
  @Index('IDX_documents_title_trgm', { synchronize: false })
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

  /** The current version's extracted text, copied when a version is added, for search (the first 100,000 characters count). */
  @Column({ name: 'content_text', type: 'text', nullable: true, select: false })
  contentText?: string | null;

  /** Full-text search vector (libs/api/search), kept by PostgreSQL; GIN index made by hand. Never read or written by the app. */
  @Index('IDX_documents_search', { synchronize: false })
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: 'sce_search_vector(language, title, sce_search_tags(tags), description, content_text)',
  })
  searchVector?: string;

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
