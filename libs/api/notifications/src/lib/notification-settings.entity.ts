import { UserEntity } from '@sce/api-identity';
import type { EmailFrequency, NotificationType } from '@sce/shared-contracts';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/** A person's notification choices; no row means the defaults (auto-watch on, no activity mail). */
@Entity('notification_settings')
export class NotificationSettingsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'auto_watch_started', type: 'boolean', default: true })
  autoWatchStarted!: boolean;

  @Column({ name: 'auto_watch_replied', type: 'boolean', default: true })
  autoWatchReplied!: boolean;

  /** Per notification type: immediately, daily or never (absent = never). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  email!: Partial<Record<NotificationType, EmailFrequency>>;

  @Column({ name: 'muted_user_ids', type: 'uuid', array: true, default: () => "'{}'" })
  mutedUserIds!: string[];

  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true })
  lastDigestAt!: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
