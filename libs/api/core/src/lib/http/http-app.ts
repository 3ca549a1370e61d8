import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { csrfProtection, ensureCsrfCookie } from '../auth/csrf';
import type { AppConfig } from '../config/config.schema';

export const API_PREFIX = 'api';
const NOT_SPA = /^\/(api|socket\.io)(\/|$)/;

/**
 * Everything the HTTP side needs beyond the Nest routes: security headers, body limits, the
 * `/api` prefix, the OpenAPI docs and the Angular app with deep-link fallback — one port for all.
 */
export function configureHttpApp(app: NestExpressApplication, config: AppConfig): void {
  // A hop count, never `true`: the client IP is what the last N trusted proxies saw, not what the client claims.
  app.set('trust proxy', config.trustProxyHops);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(config.publicUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: config.publicUrl.startsWith('https:'),
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  app.use(`/${API_PREFIX}`, csrfProtection(config.publicUrl, isHttps(config), !config.isProduction));
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  app.setGlobalPrefix(API_PREFIX);
  setupApiDocs(app);
  serveWebApp(app, config.webDistDir, isHttps(config));
}

/** Cookies are marked Secure when the public URL is HTTPS. */
export function isHttps(config: AppConfig): boolean {
  return config.publicUrl.startsWith('https:');
}

function setupApiDocs(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Smart Cities Exchange API')
      .setDescription(
        'REST API of the Smart Cities Exchange. Errors are RFC 9457 problem+json.\n\n' +
          '**Real-time**: Socket.IO at `/socket.io` (same origin and session cookie, or `Authorization: Bearer`). ' +
          'Client events, each acknowledged `{ ok, data }` or `{ ok: false, error: { code, message } }`: `follow` and `unfollow` ' +
          '`{ type: "thread" | "community" | "user", id }`, `typing` `{ threadId }`, `ping`. Server events: `event` ' +
          '`{ id, type, rooms, data, at }` (post.created, post.edited, post.hidden, post.deleted, reactions.changed, thread.created, ' +
          'thread.updated, thread.locked, thread.pinned, thread.moved, thread.answer-accepted, thread.deleted, event.changed; in your own user room ' +
          'notification.created and notification.read with your unread count, event.reminder, event.promoted, moderation.notice, practice.transfer, ' +
          'practice.evaluated; moderators also moderation.flag and moderation.queued), and the ephemeral ' +
          '`thread.typing` and `thread.viewers`. After a reconnect, `GET /api/realtime/events` returns what was missed.',
      )
      .setVersion('0.1.0')
      .addCookieAuth('sce_access', { type: 'apiKey', in: 'cookie', name: 'sce_access', description: 'Session cookie set by POST /api/auth/login' })
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'A personal access token (sce_pat_...) from /api/users/me/tokens' })
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
    customSiteTitle: 'Smart Cities Exchange API',
  });
}

function serveWebApp(app: NestExpressApplication, webDistDir: string, secureCookies: boolean): void {
  const indexHtml = join(webDistDir, 'index.html');
  const files = express.static(webDistDir, {
    index: false,
    setHeaders: (res, path) => {
      // Hashed bundle names change with content; everything else is revalidated.
      const hashed = /\.[a-f0-9]{8,}\.[a-z0-9]+$/i.test(path) || /-[A-Z0-9]{8}\.(js|css)$/.test(path);
      res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // API and socket requests never look for a file on disk (a stat per request otherwise).
  app.use((req: Request, res: Response, next: NextFunction) => (NOT_SPA.test(req.path) ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_SPA.test(req.path)) return next();
    if (!existsSync(indexHtml)) {
      res.status(503).type('text/plain').send('The web app has not been built yet: run `npx nx build web` (npm start does this for you).');
      return;
    }
    ensureCsrfCookie(req, res, secureCookies);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}
