import { type CountryCode, countryCodes, type OrganisationKind, organisationKinds } from '@sce/shared-contracts';
import { sqlList } from '@sce/api-core';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organisations')
@Check('CHK_organisations_kind', `kind IN (${sqlList(organisationKinds)})`)
@Check('CHK_organisations_country', `country IN (${sqlList(countryCodes)})`)
@Index('IDX_organisations_name_id', ['name', 'id'])
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'char', length: 2 })
  country!: CountryCode;

  @Column({ type: 'text' })
  city!: string;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** Addresses in these domains are activated after email verification, without approval. */
  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" })
  emailDomains!: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
