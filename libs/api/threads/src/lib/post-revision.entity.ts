import { UserEntity } from '@sce/api-identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PostEntity } from './post.entity';

/** A post's earlier version, kept when it is edited: who replaced it, when, and what it said. */
@Entity('post_revisions')
@Index('IDX_post_revisions_post_version', ['postId', 'version'], { unique: true })
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  /** 1 for the text as first written. */
  @Column({ type: 'integer' })
  version!: number;

  /** Who wrote this version: the author, or a moderator who edited it. */
  @Column({ name: 'editor_id', type: 'uuid' })
  editorId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'editor_id' })
  editor?: UserEntity;

  @Column({ name: 'body_md', type: 'text' })
  bodyMarkdown!: string;

  /** When this version was written. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
