import { UserEntity } from '@sce/api-identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PostEntity } from './post.entity';
import { ThreadEntity } from './thread.entity';

/**
 * A thread (post_id null) or a post someone saved for later. One per person and target: a unique
 * index with NULLS NOT DISTINCT, made by hand in the migration.
 */
@Entity('bookmarks')
@Index('IDX_bookmarks_user_created', ['userId', 'createdAt', 'id'])
@Index('IDX_bookmarks_thread_id', ['threadId'])
@Index('IDX_bookmarks_post_id', ['postId'])
export class BookmarkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** UQ_bookmarks_user_target: unique (user_id, thread_id, post_id) NULLS NOT DISTINCT. */
  @Index('UQ_bookmarks_user_target', { synchronize: false })
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: ThreadEntity;

  @Column({ name: 'post_id', type: 'uuid', nullable: true })
  postId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
