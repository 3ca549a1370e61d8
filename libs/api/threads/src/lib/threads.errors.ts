import { DomainError } from '@sce/api-core';

export enum ThreadsErrorCode {
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  RESEARCH_NOT_ALLOWED = 'RESEARCH_NOT_ALLOWED',
  THREAD_LOCKED = 'THREAD_LOCKED',
  NOT_ALLOWED = 'NOT_ALLOWED',
}

export class ThreadsError extends DomainError<ThreadsErrorCode> {}
