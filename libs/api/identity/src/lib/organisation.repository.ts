import type { CountryCode, OrganisationKind } from '@sce/shared-contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { UserEntity } from './user.entity';

export interface OrganisationRow {
  organisation: OrganisationEntity;
  memberCount: number;
}

export interface OrganisationFilter {
  /** Part of the name. */
  q?: string;
  country?: CountryCode;
  kind?: OrganisationKind;
}

@Injectable()
export class OrganisationRepository {
  constructor(@InjectRepository(OrganisationEntity) private readonly organisations: Repository<OrganisationEntity>) {}

  findById(id: string): Promise<OrganisationEntity | null> {
    return this.organisations.findOne({ where: { id } });
  }

  /**
   * A keyset page in name order (IDX_organisations_name_id) with each one's active members,
   * counted by a correlated subquery on IDX_users_organisation_id: one statement per page.
   */
  async page(after: { name: string; id: string } | null, limit: number, filter: OrganisationFilter = {}): Promise<OrganisationRow[]> {
    const search = filter.q;
    const query = this.organisations
      .createQueryBuilder('o')
      .addSelect((sub) => sub.select('count(*)::int').from(UserEntity, 'u').where("u.organisation_id = o.id AND u.status = 'active'"), 'member_count')
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(o.name, o.id) > (:name, :id)', after);
    if (search) query.andWhere("o.name ILIKE :search ESCAPE '\\'", { search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (filter.country) query.andWhere('o.country = :country', { country: filter.country });
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    const { entities, raw } = await query.getRawAndEntities<{ member_count: number }>();
    return entities.map((organisation, i) => ({ organisation, memberCount: raw[i]?.member_count ?? 0 }));
  }

  async withMemberCount(id: string): Promise<OrganisationRow | null> {
    const organisation = await this.findById(id);
    if (!organisation) return null;
    const memberCount = await this.organisations.manager.count(UserEntity, { where: { organisationId: id, status: 'active' } });
    return { organisation, memberCount };
  }

  create(tx: EntityManager, values: Partial<OrganisationEntity>): Promise<OrganisationEntity> {
    return tx.save(OrganisationEntity, tx.create(OrganisationEntity, values));
  }

  async update(tx: EntityManager, id: string, values: Partial<OrganisationEntity>): Promise<OrganisationEntity | null> {
    const existing = await tx.findOne(OrganisationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!existing) return null;
    return tx.save(OrganisationEntity, Object.assign(existing, values));
  }
}
