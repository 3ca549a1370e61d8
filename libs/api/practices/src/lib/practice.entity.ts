import { sqlList } from '@sce/api-core';
import { OrganisationEntity, UserEntity } from '@sce/api-identity';
import { type CostBand, type Evidence, type Language, languages, type Maturity, type Metric, type PracticeVisibility, type Prerequisites, type ServiceChannel, type ServiceDomain, costBands, maturities, practiceVisibilities, serviceDomains } from '@sce/shared-contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An e-service practice of one organisation, with its measured outcomes and what a transfer needs. */
@Entity('practices')
@Check('CHK_practices_domain', `domain IN (${sqlList(serviceDomains)})`)
@Check('CHK_practices_maturity', `maturity IN (${sqlList(maturities)})`)
@Check('CHK_practices_cost_band', `cost_band IS NULL OR cost_band IN (${sqlList(costBands)})`)
@Check('CHK_practices_visibility', `visibility IN (${sqlList(practiceVisibilities)})`)
@Check('CHK_practices_language', `language IN (${sqlList(languages)})`)
@Index('IDX_practices_updated', ['updatedAt', 'id'])
@Index('IDX_practices_domain_updated', ['domain', 'updatedAt', 'id'])
@Index('IDX_practices_organisation', ['organisationId', 'updatedAt', 'id'])
export class PracticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  /** Trigram index on the unaccented title (made by hand in the migration): typos and parts of words in search and the list filter. */
  @Index('IDX_practices_title_trgm', { synchronize: false })
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  domain!: ServiceDomain;

  @Column({ type: 'text', default: '' })
  problem!: string;

  @Column({ type: 'text', default: '' })
  solution!: string;

  @Column({ name: 'target_users', type: 'text', default: '' })
  targetUsers!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  channels!: ServiceChannel[];

  @Column({ type: 'text', default: '' })
  technology!: string;

  @Column({ name: 'cost_band', type: 'text', nullable: true })
  costBand!: CostBand | null;

  @Column({ type: 'text' })
  maturity!: Maturity;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  metrics!: Metric[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence!: Evidence[];

  @Column({ type: 'jsonb', default: () => `'{"legal": "", "language": "", "technical": "", "organisational": ""}'` })
  prerequisites!: Prerequisites;

  @Column({ name: 'contact_user_id', type: 'uuid', nullable: true })
  contactUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contact_user_id' })
  contact?: UserEntity;

  @Column({ type: 'text', default: 'public' })
  visibility!: PracticeVisibility;

  /** The language it is written in (search stems it so); defaults to the author's profile language. */
  @Column({ type: 'text', default: 'en' })
  language!: Language;

  /** Full-text search vector (libs/api/search), kept by PostgreSQL; GIN index made by hand. Never read or written by the app. */
  @Index('IDX_practices_search', { synchronize: false })
  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: `sce_search_vector(language, title, summary, problem || ' ' || solution, technology || ' ' || target_users)`,
  })
  searchVector?: string;

  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
