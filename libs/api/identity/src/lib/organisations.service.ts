import { Injectable } from '@nestjs/common';
import { AuditLog, NotFoundError, TransactionRunner, type Viewer, decodeCursor, keysetPage } from '@sce/api-core';
import type { OrganisationFilter, OrganisationRow } from './organisation.repository';
import type { OrganisationAdmin, OrganisationInput, OrganisationPage, OrganisationPatch, PageQuery, Organisation, PublicProfilePage } from '@sce/shared-contracts';
import { toOrganisation, toOrganisationAdmin, toPublicProfile } from './organisation.mapper';
import { OrganisationRepository } from './organisation.repository';
import { UserRepository } from './user.repository';

const byName = ({ organisation: o }: OrganisationRow) => [o.name, o.id];

const afterKey = (cursor: string | undefined) => {
  if (!cursor) return null;
  const [name, id] = decodeCursor(cursor, ['string', 'uuid']);
  return { name: String(name), id: String(id) };
};

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly users: UserRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditLog,
  ) {}

  async list(page: PageQuery, filter: OrganisationFilter = {}): Promise<OrganisationPage> {
    const rows = await this.organisations.page(afterKey(page.cursor), page.limit + 1, filter);
    return keysetPage(rows, page.limit, byName, toOrganisation);
  }

  async listForAdmin(page: PageQuery, filter: OrganisationFilter = {}): Promise<{ items: OrganisationAdmin[]; nextCursor: string | null }> {
    const rows = await this.organisations.page(afterKey(page.cursor), page.limit + 1, filter);
    return keysetPage(rows, page.limit, byName, toOrganisationAdmin);
  }

  async get(id: string): Promise<Organisation> {
    const row = await this.organisations.withMemberCount(id);
    if (!row) throw new NotFoundError('The organisation');
    return toOrganisation(row);
  }

  async members(id: string, page: PageQuery): Promise<PublicProfilePage> {
    if (!(await this.organisations.findById(id))) throw new NotFoundError('The organisation');
    const rows = await this.users.membersOf(id, afterKey(page.cursor), page.limit + 1);
    return keysetPage(rows, page.limit, (u) => [u.displayName, u.id], toPublicProfile);
  }

  async create(admin: Viewer, input: OrganisationInput): Promise<OrganisationAdmin> {
    const organisation = await this.transactions.run(async (tx) => {
      const created = await this.organisations.create(tx, input);
      await this.audit.record(tx, { actorId: admin.id, action: 'organisation.created', targetType: 'organisation', targetId: created.id, details: { ...input } });
      return created;
    });
    return toOrganisationAdmin({ organisation, memberCount: 0 });
  }

  async update(admin: Viewer, id: string, patch: OrganisationPatch): Promise<OrganisationAdmin> {
    const organisation = await this.transactions.run(async (tx) => {
      const updated = await this.organisations.update(tx, id, patch);
      if (!updated) throw new NotFoundError('The organisation');
      await this.audit.record(tx, { actorId: admin.id, action: 'organisation.updated', targetType: 'organisation', targetId: id, details: { ...patch } });
      return updated;
    });
    const row = await this.organisations.withMemberCount(organisation.id);
    return toOrganisationAdmin(row ?? { organisation, memberCount: 0 });
  }
}
