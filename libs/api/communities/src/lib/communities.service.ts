import { Injectable } from '@nestjs/common';
import { type Viewer, decodeCursor, keysetPage } from '@sce/api-core';
import type { CommunityPage, PageQuery } from '@sce/shared-contracts';
import { toCommunitySummary } from './community.mapper';
import { communityReadScope } from './community.policy';
import { CommunityRepository } from './community.repository';

@Injectable()
export class CommunitiesService {
  constructor(private readonly communities: CommunityRepository) {}

  async list(viewer: Viewer | null, page: PageQuery): Promise<CommunityPage> {
    const after = page.cursor ? decodeCursor(page.cursor, 2) : null;
    const rows = await this.communities.listReadable(
      communityReadScope(viewer),
      after ? { name: String(after[0]), id: String(after[1]) } : null,
      page.limit + 1,
    );
    return keysetPage(rows, page.limit, (c) => [c.name, c.id], toCommunitySummary);
  }
}
