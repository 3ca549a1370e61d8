export * from './lib/community.entity';
export * from './lib/membership.entity';
export * from './lib/communities.entities';
export * from './lib/communities.module';
export * from './lib/communities.service';
export * from './lib/community.policy';
export * from './lib/community-slug.param';
