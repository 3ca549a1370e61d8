import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Global, Module, UseGuards, applyDecorators } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';

const MINUTE = 60_000;

function accountOf(req: Request): string | null {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : null;
}

/**
 * Rate limits for the routes people can abuse without an account (sign-in, registration,
 * verification, password reset): per client IP — `req.ip`, derived from TRUST_PROXY hops — and
 * per account (the email in the body). Counters live in Redis when REDIS_URL is set, so every
 * instance sees the same counts; otherwise in memory.
 */
@Global()
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'ip', ttl: MINUTE, limit: config.authRateLimit.perIpPerMinute, getTracker: (req: Record<string, unknown>) => `ip:${(req as unknown as Request).ip ?? ''}` },
          {
            name: 'account',
            ttl: 15 * MINUTE,
            limit: config.authRateLimit.perAccountPer15Minutes,
            getTracker: (req: Record<string, unknown>) => `account:${accountOf(req as unknown as Request) ?? ''}`,
            skipIf: (context) => accountOf(context.switchToHttp().getRequest<Request>()) === null,
          },
        ],
        errorMessage: 'Too many attempts: wait a few minutes and try again.',
        storage: config.redisUrl ? new ThrottlerStorageRedisService(config.redisUrl) : undefined,
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}

/** Applies the per-IP and per-account limits to a route or controller. */
export const RateLimited = () => applyDecorators(UseGuards(ThrottlerGuard));
