import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from './user.entity';

export const userTokenPurposes = ['verify-email', 'reset-password', 'change-email'] as const;
export type UserTokenPurpose = (typeof userTokenPurposes)[number];

/** A single-use secret sent by mail (verification, password reset); only its SHA-256 is kept. */
@Entity('user_tokens')
@Check('CHK_user_tokens_purpose', `purpose IN ('verify-email', 'reset-password', 'change-email')`)
@Index('IDX_user_tokens_user_id', ['userId'])
export class UserTokenEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  purpose!: UserTokenPurpose;

  /** For 'change-email': the address that becomes the account's once the link is opened. */
  @Column({ name: 'new_email', type: 'text', nullable: true })
  newEmail!: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
