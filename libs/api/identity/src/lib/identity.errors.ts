import { DomainError } from '@sce/api-core';
import type { FieldError } from '@sce/shared-contracts';

export enum IdentityErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  LINK_INVALID = 'LINK_INVALID',
}

export class IdentityError extends DomainError<IdentityErrorCode> {}

/** A mailed link that was already used, has expired or never existed. */
export const linkInvalid = (): IdentityError =>
  new IdentityError(IdentityErrorCode.LINK_INVALID, 400, 'This link is not valid any more: it was already used or has expired. Ask for a new one.');

export const fieldError = (field: string, message: string): IdentityError =>
  new IdentityError(IdentityErrorCode.VALIDATION_FAILED, 400, `The request is not valid. ${field}: ${message}`, [{ field, message }] satisfies FieldError[]);
