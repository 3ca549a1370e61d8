import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, CurrentViewer, Public, RateLimited, SignedIn, type Viewer, isHttps, parse } from '@sce/api-core';
import {
  type Accepted,
  type ForgotPasswordRequest,
  type LoginRequest,
  type RegisterRequest,
  type ResetPasswordRequest,
  type SessionUser,
  type VerifyEmailRequest,
  type VerifyEmailResult,
  acceptedSchema,
  forgotPasswordSchema,
  loginSchema,
  registerSchema,
  resetPasswordSchema,
  sessionUserSchema,
  verifyEmailResultSchema,
  verifyEmailSchema,
} from '@sce/shared-contracts';
import type { Request, Response } from 'express';
import { z } from 'zod';
import { REFRESH_COOKIE, clearSessionCookies, setSessionCookies } from './auth-cookies';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import type { SessionViewer } from './session.authenticator';

const sessionUserJsonSchema = z.toJSONSchema(sessionUserSchema) as object;

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('register')
  @Public()
  @RateLimited()
  @HttpCode(202)
  @ApiOperation({ summary: 'Create an account; a confirmation link is mailed. The answer is the same for a known address.' })
  @ApiAcceptedResponse({ schema: z.toJSONSchema(acceptedSchema) as object })
  register(@Body(parse(registerSchema)) body: RegisterRequest): Promise<Accepted> {
    return this.accounts.register(body);
  }

  @Post('verify')
  @Public()
  @RateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm an email address with the mailed token. The account is active at once when its domain belongs to the organisation, otherwise it awaits approval.' })
  @ApiOkResponse({ schema: z.toJSONSchema(verifyEmailResultSchema) as object })
  verify(@Body(parse(verifyEmailSchema)) body: VerifyEmailRequest): Promise<VerifyEmailResult> {
    return this.accounts.verifyEmail(body.token);
  }

  @Post('password/forgot')
  @Public()
  @RateLimited()
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a password reset link. The answer is the same for an unknown address.' })
  @ApiAcceptedResponse({ schema: z.toJSONSchema(acceptedSchema) as object })
  forgotPassword(@Body(parse(forgotPasswordSchema)) body: ForgotPasswordRequest): Promise<Accepted> {
    return this.accounts.forgotPassword(body);
  }

  @Post('password/reset')
  @Public()
  @RateLimited()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set a new password with the mailed token; ends every session of the account.' })
  @ApiNoContentResponse()
  resetPassword(@Body(parse(resetPasswordSchema)) body: ResetPasswordRequest): Promise<void> {
    return this.accounts.resetPassword(body);
  }

  @Post('login')
  @Public()
  @RateLimited()
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
