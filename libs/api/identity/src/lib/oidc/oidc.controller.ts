import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, AuthError, AuthErrorCode, CurrentViewer, Public, RateLimited, type Viewer, isHttps } from '@sce/api-core';
import { type SsoErrorCode, type SsoInfo, ssoErrorCodes, ssoInfoSchema } from '@sce/shared-contracts';
import type { CookieOptions, Request, Response } from 'express';
import { z } from 'zod';
import { setSessionCookies } from '../auth-cookies';
import { OIDC_FLOW_COOKIE, OIDC_FLOW_TTL_MS } from './oidc-flow-cookie';
import { OidcService, SsoError } from './oidc.service';

const FLOW_COOKIE_PATH = '/api/auth/oidc';

/**
 * Single sign-on with the organisation's OpenID Connect provider. These are browser navigations,
 * so outcomes are redirects into the app, failures included (`?ssoError=CODE`).
 */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether single sign-on is offered, and the name of the provider to show.' })
  @ApiOkResponse({ schema: z.toJSONSchema(ssoInfoSchema) as object })
  info(): SsoInfo {
    return this.oidc.info();
  }

  @Get('start')
  @Public()
  @RateLimited()
  @ApiOperation({ summary: 'Redirects to the provider to sign in (or, with link=true and a session, to link the provider account to yours).' })
  @ApiQuery({ name: 'returnTo', required: false, description: 'A path in the app to return to afterwards.' })
  @ApiQuery({ name: 'link', required: false, enum: ['true'] })
  @ApiFoundResponse({ description: 'To the provider’s authorization endpoint.' })
  async start(@Query('returnTo') returnTo: unknown, @Query('link') link: unknown, @CurrentViewer() viewer: Viewer | null, @Res() res: Response): Promise<void> {
    const linking = link === 'true';
    if (linking && !viewer) throw new AuthError(AuthErrorCode.UNAUTHENTICATED, 401, 'Sign in first to link your organisation’s account.');
    try {
      const { url, cookie } = await this.oidc.start(returnTo ?? (linking ? '/settings/account' : '/'), linking && viewer ? viewer.id : null);
      res.cookie(OIDC_FLOW_COOKIE, cookie, { ...this.flowCookie(), maxAge: OIDC_FLOW_TTL_MS });
      res.redirect(302, url);
    } catch (error) {
      if (error instanceof SsoError && error.status === 404) throw error;
      // The provider could not be reached: back to the app with an explanation.
      this.failTo(res, viewer, 'SSO_FAILED');
    }
  }

  @Get('callback')
  @Public()
  @RateLimited()
  @ApiOperation({ summary: 'Where the provider sends the browser back; checks state, nonce and PKCE, then signs in and redirects into the app.' })
  @ApiFoundResponse({ description: 'Into the app; on failure to /sign-in?ssoError=CODE.' })
  async callback(@Req() req: Request, @CurrentViewer() viewer: Viewer | null, @Res() res: Response): Promise<void> {
    const cookie = (req.cookies as Record<string, unknown> | undefined)?.[OIDC_FLOW_COOKIE];
    res.clearCookie(OIDC_FLOW_COOKIE, this.flowCookie());
    const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    try {
      const outcome = await this.oidc.finish(search, typeof cookie === 'string' ? cookie : undefined, viewer?.id ?? null, {
        ip: req.ip ?? '',
        userAgent: req.get('user-agent') ?? '',
      });
      if (outcome.kind === 'signed-in') setSessionCookies(res, outcome.session, isHttps(this.config));
      res.redirect(302, this.appUrl(outcome.kind === 'linked' ? withQuery(outcome.returnTo, 'sso', 'linked') : outcome.returnTo));
    } catch (error) {
      const code = (error instanceof SsoError || error instanceof AuthError) && (ssoErrorCodes as readonly string[]).includes(error.code) ? (error.code as SsoErrorCode) : null;
      if (!code) throw error;
      this.failTo(res, viewer, code);
    }
  }

  private failTo(res: Response, viewer: Viewer | null, code: SsoErrorCode): void {
    res.redirect(302, this.appUrl(withQuery(viewer ? '/settings/account' : '/sign-in', 'ssoError', code)));
  }

  private appUrl(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  /** Lax: the provider sends the browser back with a top-level GET from its own site. */
  private flowCookie(): CookieOptions {
    return { httpOnly: true, secure: isHttps(this.config), sameSite: 'lax', path: FLOW_COOKIE_PATH };
  }
}

function withQuery(path: string, key: string, value: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
}
