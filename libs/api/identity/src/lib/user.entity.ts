import { type GlobalRole, globalRoles, type Language, languages, type UserStatus, userStatuses } from '@sce/shared-contracts';
import { sqlList } from '@sce/api-core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

@Entity('users')
@Check('CHK_users_role', `role IN (${sqlList(globalRoles)})`)
@Check('CHK_users_status', `status IN (${sqlList(userStatuses)})`)
@Check('CHK_users_language', `language IN (${sqlList(languages)})`)
@Check('CHK_users_email_lowercase', 'email = lower(email)')
@Index('IDX_users_organisation_id', ['organisationId'])
@Index('IDX_users_created_id', ['createdAt', 'id'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased, so uniqueness is case-insensitive. */
  @Index('UQ_users_email', { unique: true })
  @Column({ type: 'text' })
  email!: string;

  /** Trigram index on the unaccented name (made by hand in the migration): search suggestions. */
  @Index('IDX_users_display_name_trgm', { synchronize: false })
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ type: 'text', default: 'member' })
  role!: GlobalRole;

  @Column({ type: 'text', default: 'pending' })
  status!: UserStatus;

  @Column({ type: 'text', default: 'en' })
  language!: Language;

  @Column({ name: 'time_zone', type: 'text', default: 'Europe/Brussels' })
  timeZone!: string;

  @Column({ type: 'text', default: '' })
  bio!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise!: string[];

  /** argon2id; null for accounts that only sign in through SSO. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt!: Date | null;

  /** End of a suspension; null while suspended means until lifted. */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil!: Date | null;

  @Column({ name: 'suspension_reason', type: 'text', nullable: true })
  suspensionReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
