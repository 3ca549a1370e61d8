import { type Language, type Research, languages, type ThreadKind, threadKinds } from '@sce/shared-contracts';
import { sqlList } from '@sce/api-core';
import { CommunityEntity } from '@sce/api-communities';
import { UserEntity } from '@sce/api-identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('threads')
@Check('CHK_threads_kind', `kind IN (${sqlList(threadKinds)})`)
@Check('CHK_threads_language', `language IN (${sqlList(languages)})`)
@Check('CHK_threads_reply_count', 'reply_count >= 0')
/** Per-community list: pinned first, then by last activity (scanned backwards). */
@Index('IDX_threads_community_listing', ['communityId', 'pinned', 'lastActivityAt', 'id'])
@Index('IDX_threads_latest', ['lastActivityAt', 'id'])
@Index('IDX_threads_author_id', ['authorId'])
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId!: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  kind!: ThreadKind;

  /** Trigram index on the unaccented title (made by hand in the migration): typos and parts of words in search. */
  @Index('IDX_threads_title_trgm', { synchronize: false })
  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'body_md', type: 'text' })
  bodyMarkdown!: string;

  /** Sanitised HTML rendered once from `bodyMarkdown` when it is written. */
  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  /** GIN index made by hand in the migration (TypeORM cannot declare one): the tag filter. */
  @Index('IDX_threads_tags', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'text', default: 'en' })
  language!: Language;

  /** Full-text search vector (libs/api/search), kept by PostgreSQL; GIN index made by hand. Never read or written by the app. */
  @Index('IDX_threads_search', { synchronize: false })
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `sce_search_vector(language, title, sce_search_tags(tags), research ->> 'abstract', body_html)`,
  })
  searchVector?: string;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  /** Slow mode: at least this many seconds between one person's posts here (0: off). */
  @Column({ name: 'slow_mode_seconds', type: 'integer', default: 0 })
  slowModeSeconds!: number;

  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  /** Visible replies; kept in the transaction that adds or removes a post. */
  @Column({ name: 'reply_count', type: 'integer', default: 0 })
  replyCount!: number;

  /** The last post number given out in this thread (posts are numbered 1, 2, 3...). */
  @Column({ name: 'post_seq', type: 'integer', default: 0 })
  postSeq!: number;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  /** Authors, abstract, DOI, link and publication date of a research thread. */
  @Column({ type: 'jsonb', nullable: true })
  research!: Research | null;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ name: 'accepted_post_id', type: 'uuid', nullable: true })
  acceptedPostId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
