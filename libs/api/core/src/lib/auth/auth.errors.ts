import { DomainError } from '../errors/domain-error';

export enum AuthErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  CSRF_FAILED = 'CSRF_FAILED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_PENDING = 'ACCOUNT_PENDING',
  ACCOUNT_SUSPENDED = 'ACCOUNT_SUSPENDED',
  SESSION_EXPIRED = 'SESSION_EXPIRED',
}

export class AuthError extends DomainError<AuthErrorCode> {}
