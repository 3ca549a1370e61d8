import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CommunityEntity } from './community.entity';
import type { CommunityReadScope } from './community.policy';

export interface CommunityKey {
  name: string;
  id: string;
}

@Injectable()
export class CommunityRepository {
  constructor(@InjectRepository(CommunityEntity) private readonly communities: Repository<CommunityEntity>) {}

  /**
   * One keyset page in name order, of the communities the scope may read. Served by
   * IDX_communities_visibility_name_id; private ones are checked against the membership's primary key.
   */
  async listReadable(scope: CommunityReadScope, after: CommunityKey | null, limit: number): Promise<CommunityEntity[]> {
    const query = this.communities
      .createQueryBuilder('c')
      .where(
        scope.memberId
          ? `(c.visibility = ANY(:visibilities) OR (c.visibility = 'private' AND EXISTS (
               SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.user_id = :memberId AND m.state = 'active')))`
          : 'c.visibility = ANY(:visibilities)',
        { visibilities: scope.visibilities, memberId: scope.memberId },
      )
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(limit);
    if (after) query.andWhere('(c.name, c.id) > (:name, :id)', { name: after.name, id: after.id });
    return query.getMany();
  }
}
