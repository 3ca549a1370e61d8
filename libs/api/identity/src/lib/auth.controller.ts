import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, CurrentViewer, Public, SignedIn, type Viewer, isHttps, parse } from '@sce/api-core';
import { type LoginRequest, type SessionUser, loginSchema, sessionUserSchema } from '@sce/shared-contracts';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { REFRESH_COOKIE, clearSessionCookies, setSessionCookies } from './auth-cookies';
import { AuthService } from './auth.service';
import type { SessionViewer } from './session.authenticator';

const sessionUserJsonSchema = z.toJSONSchema(sessionUserSchema) as object;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password; sets the session cookies.' })
  @ApiOkResponse({ schema: sessionUserJsonSchema })
  async login(@Body(parse(loginSchema)) body: LoginRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionUser> {
    const issued = await this.auth.login(body, { ip: req.ip ?? '', userAgent: req.get('user-agent') ?? '' });
    setSessionCookies(res, issued, isHttps(this.config));
    return issued.user;
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate the refresh cookie and get a new access cookie. A reused refresh token ends the session.' })
  @ApiOkResponse({ schema: sessionUserJsonSchema })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionUser> {
    try {
      const issued = await this.auth.refresh(cookie(req, REFRESH_COOKIE));
      setSessionCookies(res, issued, isHttps(this.config));
      return issued.user;
    } catch (error) {
      clearSessionCookies(res, isHttps(this.config));
      throw error;
    }
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session (idempotent) and clear its cookies.' })
  @ApiNoContentResponse()
  async logout(@CurrentViewer() viewer: Viewer | null, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout({ sessionId: (viewer as SessionViewer | null)?.sessionId, refreshToken: cookie(req, REFRESH_COOKIE) });
    clearSessionCookies(res, isHttps(this.config));
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in person and their permissions.' })
  @ApiOkResponse({ schema: sessionUserJsonSchema })
  me(@CurrentViewer() viewer: Viewer): Promise<SessionUser> {
    return this.auth.me(viewer);
  }

  @Get('csrf')
  @Public()
  @ApiOperation({ summary: 'Makes sure the XSRF-TOKEN cookie is set; send it back in X-XSRF-TOKEN on every state-changing request.' })
  csrf(): { cookieName: string; headerName: string } {
    return { cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' };
  }
}

function cookie(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
