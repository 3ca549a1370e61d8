import type { CookieOptions, Response } from 'express';

export const ACCESS_COOKIE = 'sce_access';
export const REFRESH_COOKIE = 'sce_refresh';
/** The refresh cookie only travels to the auth routes. */
export const REFRESH_COOKIE_PATH = '/api/auth';
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;

/**
 * The access cookie outlives the 15-minute token inside it on purpose: the server then sees the
 * expired token and answers SESSION_EXPIRED, which tells the client to refresh.
 */
export function setSessionCookies(res: Response, tokens: { access: string; refresh: string }, secure: boolean): void {
  const base: CookieOptions = { httpOnly: true, secure };
  res.cookie(ACCESS_COOKIE, tokens.access, { ...base, sameSite: 'lax', path: '/', maxAge: REFRESH_TOKEN_TTL_MS });
  res.cookie(REFRESH_COOKIE, tokens.refresh, { ...base, sameSite: 'strict', path: REFRESH_COOKIE_PATH, maxAge: REFRESH_TOKEN_TTL_MS });
}

export function clearSessionCookies(res: Response, secure: boolean): void {
  res.clearCookie(ACCESS_COOKIE, { httpOnly: true, secure, sameSite: 'lax', path: '/' });
  res.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
}
