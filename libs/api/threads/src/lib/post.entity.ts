import { UserEntity } from '@sce/api-identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ThreadEntity } from './thread.entity';

@Entity('posts')
@Check('CHK_posts_depth', 'depth >= 1')
@Index('IDX_posts_thread_created', ['threadId', 'createdAt', 'id'])
@Index('IDX_posts_parent_id', ['parentId'])
@Index('IDX_posts_author_id', ['authorId'])
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

  /** 1 for a reply to the thread, parent's depth + 1 below that. */
  @Column({ type: 'smallint', default: 1 })
  depth!: number;

  @Column({ name: 'body_md', type: 'text' })
  bodyMarkdown!: string;

  @Column({ name: 'body_html', type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'boolean', default: false })
  hidden!: boolean;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
