import type { Organisation, OrganisationAdmin, PublicProfile } from '@sce/shared-contracts';
import type { OrganisationRow } from './organisation.repository';
import type { UserEntity } from './user.entity';

export function toOrganisation({ organisation: o, memberCount }: OrganisationRow): Organisation {
  return { id: o.id, name: o.name, kind: o.kind, country: o.country, city: o.city, website: o.website, memberCount };
}

export function toOrganisationAdmin(row: OrganisationRow): OrganisationAdmin {
  return { ...toOrganisation(row), emailDomains: row.organisation.emailDomains };
}

export function toPublicProfile(u: UserEntity): PublicProfile {
  return { id: u.id, displayName: u.displayName, role: u.role, bio: u.bio, expertise: u.expertise, organisationId: u.organisationId };
}
