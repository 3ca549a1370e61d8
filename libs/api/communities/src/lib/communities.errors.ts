import { DomainError } from '@sce/api-core';

export enum CommunitiesErrorCode {
  SLUG_TAKEN = 'SLUG_TAKEN',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  INVITE_ONLY = 'INVITE_ONLY',
  BANNED = 'BANNED',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  NOTHING_TO_APPROVE = 'NOTHING_TO_APPROVE',
}

export class CommunitiesError extends DomainError<CommunitiesErrorCode> {}

export const slugTaken = (slug: string) =>
  new CommunitiesError(CommunitiesErrorCode.SLUG_TAKEN, 409, `Another community already uses the address "${slug}". Choose another slug.`, [{ field: 'body.slug', message: 'is already used by another community' }]);
