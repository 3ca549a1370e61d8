import { QueryFailedError } from 'typeorm';

/** A write that broke a unique constraint (PostgreSQL error 23505), e.g. two requests racing. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
