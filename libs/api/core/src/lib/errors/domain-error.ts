import type { FieldError } from '@sce/shared-contracts';

/**
 * Base of every error a domain throws on purpose. Each domain extends it with its own code enum;
 * the global problem filter turns it into RFC 9457 problem+json.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export enum CommonErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  NOT_FOUND = 'NOT_FOUND',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  CONFLICT = 'CONFLICT',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  MALFORMED_REQUEST = 'MALFORMED_REQUEST',
  RATE_LIMITED = 'RATE_LIMITED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_ERROR = 'INTERNAL_ERROR',
}

export class ValidationError extends DomainError<CommonErrorCode.VALIDATION_FAILED> {
  constructor(errors: FieldError[]) {
    const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    super(CommonErrorCode.VALIDATION_FAILED, 400, `The request is not valid. ${summary}`, errors);
  }
}

export class NotFoundError extends DomainError<CommonErrorCode.NOT_FOUND> {
  constructor(what: string) {
    super(CommonErrorCode.NOT_FOUND, 404, `${what} was not found.`);
  }
}

/** Seen but not allowed (CONVENTIONS.md: what the caller may not see is a 404 instead). */
export class ForbiddenError extends DomainError<CommonErrorCode.FORBIDDEN> {
  constructor(detail: string) {
    super(CommonErrorCode.FORBIDDEN, 403, detail);
  }
}
