import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, UseInterceptors, applyDecorators } from '@nestjs/common';
import { type Observable, from, lastValueFrom } from 'rxjs';
import type { RequestWithViewer } from '../auth/auth.decorators';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';

const MAX_ENTRIES = 1000;

interface Entry {
  expires: number;
  value: Promise<unknown>;
}

/**
 * Visitors who are not signed in all see the same public page, so each instance computes a busy
 * page once per `ANONYMOUS_CACHE_MS` (default 1 s) and serves it to every visitor meanwhile; misses
 * arriving together share one computation. Signed-in requests never touch it: their answers carry
 * unread markers and what the viewer may do, and must show their own writes at once.
 * Only public content is cached (a visitor cannot see anything else), for at most the TTL.
 */
@Injectable()
export class AnonymousCacheInterceptor implements NestInterceptor {
  private readonly entries = new Map<string, Entry>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const ttl = this.config.anonymousCacheMs;
    const req = context.switchToHttp().getRequest<RequestWithViewer>();
    if (ttl === 0 || req.method !== 'GET' || req.viewer) return next.handle();
    const key = req.originalUrl;
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return from(hit.value);
    const entry: Entry = { expires: now + ttl, value: lastValueFrom(next.handle()) };
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Failures are not kept; the oldest entry makes room (Map keeps insertion order).
    entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return from(entry.value);
  }
}

/** Marks a public GET route whose visitor answer may be shared for `ANONYMOUS_CACHE_MS`. */
export const AnonymousCache = () => applyDecorators(UseInterceptors(AnonymousCacheInterceptor));
