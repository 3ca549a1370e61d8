import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { toProblem } from '../errors/problem';
import { AuthError, AuthErrorCode } from './auth.errors';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Paths (under /api) whose requests carry their own signed token and act on no session. */
const TOKEN_AUTHORISED_PATHS = new Set(['/unsubscribe']);

/**
 * CSRF protection for cookie-authenticated requests: every state-changing request must come from
 * the configured public origin (Origin, else Referer) and echo the XSRF-TOKEN cookie in the
 * X-XSRF-TOKEN header (Angular's HttpClient does this). Requests that authenticate with an
 * `Authorization: Bearer` token and carry no cookies are not forgeable by a browser and skip it.
 */
export function csrfProtection(publicUrl: string, secureCookies: boolean, development: boolean) {
  const allowedOrigins = trustedOrigins(publicUrl, development);
  return (req: Request, res: Response, next: NextFunction): void => {
    const cookies = (req.cookies ?? {}) as Record<string, string | undefined>;
    if (ensureCsrfCookie(req, res, secureCookies)) cookies[CSRF_COOKIE] = undefined;
    if (SAFE_METHODS.has(req.method)) return next();
    const bearerOnly = typeof req.headers.authorization === 'string' && !req.headers.cookie;
    if (bearerOnly) return next();
    // Authorised by the signed token in its URL, never by cookies; mail programs post to it (RFC 8058).
    if (TOKEN_AUTHORISED_PATHS.has(req.path)) return next();

    const origin = req.headers.origin ?? refererOrigin(req.headers.referer);
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      return refuse(res, 'This request came from another site.');
    }
    const header = req.headers[CSRF_HEADER];
    const cookie = cookies[CSRF_COOKIE];
    if (typeof header !== 'string' || !cookie || !equal(header, cookie)) {
      return refuse(res, 'The CSRF token is missing or wrong: send the XSRF-TOKEN cookie back in the X-XSRF-TOKEN header.');
    }
    next();
  };
}

/**
 * Sets a fresh XSRF-TOKEN cookie when the request has none (or a malformed one); true when it did.
 * The web app's HTML response sets it too, so a browser holds one token before its first API calls
 * instead of racing several parallel first requests that would each mint a different one.
 */
export function ensureCsrfCookie(req: Request, res: Response, secureCookies: boolean): boolean {
  const token = (req.cookies as Record<string, string | undefined> | undefined)?.[CSRF_COOKIE];
  if (token && /^[A-Za-z0-9_-]{32,64}$/.test(token)) return false;
  res.cookie(CSRF_COOKIE, randomBytes(32).toString('base64url'), {
    path: '/',
    sameSite: 'lax',
    secure: secureCookies,
    httpOnly: false,
  });
  return true;
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The public origin; outside production a loopback public URL also accepts the other loopback
 * names on the same port, so http://127.0.0.1:3000 works when PUBLIC_URL says localhost.
 */
export function trustedOrigins(publicUrl: string, development: boolean): Set<string> {
  const url = new URL(publicUrl);
  const origins = new Set([url.origin]);
  if (development && LOOPBACK.includes(url.hostname)) {
    for (const host of LOOPBACK) origins.add(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`);
  }
  return origins;
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function refuse(res: Response, detail: string): void {
  const { problem } = toProblem(new AuthError(AuthErrorCode.CSRF_FAILED, 403, detail));
  res.status(403).type('application/problem+json').json(problem);
}
