import { randomUUID } from 'node:crypto';
import { CommunityEntity, MembershipEntity } from '@sce/api-communities';
import { OrganisationEntity, UserEntity, hashPassword } from '@sce/api-identity';
import type { CommunityVisibility, GlobalRole, MembershipRole, MembershipState } from '@sce/shared-contracts';
import type { DataSource } from 'typeorm';

/** Small builders so each test makes exactly the rows it needs: `await aCommunity(ds, { visibility: 'private' })`. */
const unique = () => randomUUID().slice(0, 8);

export async function anOrganisation(ds: DataSource, overrides: Partial<OrganisationEntity> = {}): Promise<OrganisationEntity> {
  return ds.getRepository(OrganisationEntity).save({ name: `Test municipality ${unique()}`, kind: 'municipality', country: 'NL', city: 'Utrecht', website: null, emailDomains: [], ...overrides });
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** An active member who can sign in with {@link TEST_PASSWORD}. */
export async function aUser(ds: DataSource, overrides: Partial<UserEntity> & { role?: GlobalRole } = {}): Promise<UserEntity> {
  const organisationId = overrides.organisationId ?? (await anOrganisation(ds)).id;
  const id = unique();
  return ds.getRepository(UserEntity).save({
    email: `user-${id}@test.example.org`, displayName: `Test user ${id}`, status: 'active', role: 'member',
    passwordHash: await hashPassword(TEST_PASSWORD), ...overrides, organisationId,
  });
}

export async function aCommunity(ds: DataSource, overrides: Partial<CommunityEntity> & { visibility?: CommunityVisibility } = {}): Promise<CommunityEntity> {
  const id = unique();
  // Tests post freely unless they test the approval of new accounts' first posts.
  return ds.getRepository(CommunityEntity).save({ slug: `community-${id}`, name: `Community ${id}`, description: 'A community made by a test.', newMemberApprovals: 0, ...overrides });
}

/** An active membership unless `state` says otherwise; keeps the community's member count. */
export async function aMembership(ds: DataSource, community: CommunityEntity, user: UserEntity, role: MembershipRole = 'member', state: MembershipState = 'active'): Promise<MembershipEntity> {
  const membership = await ds.getRepository(MembershipEntity).save({ communityId: community.id, userId: user.id, role, state });
  if (state === 'active') await ds.query('UPDATE communities SET member_count = member_count + 1 WHERE id = $1', [community.id]);
  return membership;
}

/** How many SQL statements `work` sends through TypeORM (for "a fixed number of queries" tests). */
export async function countQueries(ds: DataSource, work: () => Promise<unknown>): Promise<number> {
  const logger = ds.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args: Parameters<typeof original>) => {
    count += 1;
    return original(...args);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return count;
}
