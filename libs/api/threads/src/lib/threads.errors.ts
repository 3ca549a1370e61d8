import { DomainError } from '@sce/api-core';

export enum ThreadsErrorCode {
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  RESEARCH_NOT_ALLOWED = 'RESEARCH_NOT_ALLOWED',
  THREAD_LOCKED = 'THREAD_LOCKED',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

export class ThreadsError extends DomainError<ThreadsErrorCode> {}

/** Slow mode: 429 with how long to wait (Retry-After). */
export class SlowModeError extends DomainError<'SLOW_MODE'> {
  constructor(readonly retryAfterSeconds: number) {
    super('SLOW_MODE', 429, `Slow mode is on here: you can post again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`);
  }
}
