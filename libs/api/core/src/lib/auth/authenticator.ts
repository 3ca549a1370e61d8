import type { Request } from 'express';
import type { Viewer } from './viewer';

/**
 * Turns a request's credentials (session cookie or bearer token) into a viewer. Implemented by
 * the identity domain; the guard in core only knows this interface.
 */
export abstract class Authenticator {
  /** Null when the request carries no credentials; throws UNAUTHENTICATED when they are invalid. */
  abstract authenticate(request: Request): Promise<Viewer | null>;
}
