import { DomainError } from '@sce/api-core';
import type { FieldError } from '@sce/shared-contracts';

export enum IdentityErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  LINK_INVALID = 'LINK_INVALID',
}

export class IdentityError extends DomainError<IdentityErrorCode> {}

export const fieldError = (field: string, message: string): IdentityError =>
  new IdentityError(IdentityErrorCode.VALIDATION_FAILED, 400, `The request is not valid. ${field}: ${message}`, [{ field, message }] satisfies FieldError[]);
