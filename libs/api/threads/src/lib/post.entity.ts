import { sqlList } from '@sce/api-core';
import { UserEntity } from '@sce/api-identity';
import { type Language, languages } from '@sce/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ThreadEntity } from './thread.entity';

@Entity('posts')
@Check('CHK_posts_depth', 'depth >= 1')
@Check('CHK_posts_counts', 'child_count >= 0 AND revision_count >= 0')
/** Thread pages: depth-first tree order is `path` order (byte-wise collation), read as keyset pages. */
@Index('IDX_posts_thread_path', ['threadId', 'path'])
@Index('UQ_posts_thread_number', ['threadId', 'number'], { unique: true })
@Index('IDX_posts_parent_id', ['parentId'])
@Index('IDX_posts_author_created', ['authorId', 'createdAt'])
@Index('IDX_posts_pending', ['createdAt', 'id'], { where: `approval = 'pending'` })
@Check('CHK_posts_approval', `approval IN ('approved', 'pending', 'rejected')`)
@Check('CHK_posts_language', `language IN (${sqlList(languages)})`)
/** Search: the most recent matches of a common word are found by walking this backwards. */
@Index('IDX_posts_created', ['createdAt', 'id'])
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity;

  /** The post this one answers; null for a direct reply to the thread. */
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: PostEntity | null;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  /** The post's place in its thread: 1, 2, 3... in the order written. */
  @Column({ type: 'integer' })
  number!: number;

  /**
   * Materialised path: the parent's path and this post's zero-padded number (`0000003/0000007`),
   * so sorting by it lists the reply tree depth first, children in the order written.
   */
  @Column({ type: 'text', collation: 'C' })
  path!: string;

  /** 1 for a reply to the thread, parent's depth + 1 below that. */
  @Column({ type: 'smallint', default: 1 })
  depth!: number;

  @Column({ name: 'body_md', type: 'text' })
  bodyMarkdown!: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  /** The language it is written in (search stems it so); defaults to the author's profile language. */
  @Column({ type: 'text', default: 'en' })
  language!: Language;

  /**
   * Full-text search vector (libs/api/search), computed by PostgreSQL in the statement that writes
   * the post; GIN index made by hand in the migration. Never read or written by the app.
   */
  @Index('IDX_posts_search', { synchronize: false })
  @Column({ name: 'search_vector', type: 'tsvector', select: false, insert: false, update: false, generatedType: 'STORED', asExpression: 'sce_search_vector(language, NULL, NULL, NULL, body_html)' })
  searchVector?: string;

  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  /** New members' first posts wait for a moderator: pending, then approved or rejected. */
  @Column({ type: 'text', default: 'approved' })
  approval!: 'approved' | 'pending' | 'rejected';

  /** Why the moderators hid or rejected it: shown to the author and the moderators. */
  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason!: string | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  /** Direct replies (deleted ones included: their children still hang below them). */
  @Column({ name: 'child_count', type: 'integer', default: 0 })
  childCount!: number;

  /** Who wrote the current text when it is not the author (a moderator's edit). */
  @Column({ name: 'last_editor_id', type: 'uuid', nullable: true })
  lastEditorId!: string | null;

  @Column({ name: 'revision_count', type: 'integer', default: 0 })
  revisionCount!: number;

  /** Reactions per kind; kept in the transaction that adds or removes one. */
  @Column({ name: 'reaction_counts', type: 'jsonb', default: () => "'{}'" })
  reactionCounts!: Record<string, number>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
