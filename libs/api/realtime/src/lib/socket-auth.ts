import { type AppConfig, type Authenticator, type Viewer, trustedOrigins } from '@sce/api-core';
import { parse as parseCookies } from 'cookie';
import type { Request } from 'express';
import type { Socket } from 'socket.io';

export interface SocketData {
  /** With the session's id when it came from a session cookie, so signing out can end the socket. */
  viewer: (Viewer & { sessionId?: string }) | null;
  /** Loaded the first time the person sends "typing". */
  displayName?: string;
}

/**
 * Authenticates a Socket.IO handshake with the same code as HTTP (session cookie or bearer
 * token) after checking its Origin. Visitors may connect (public content has live updates too);
 * credentials that are present but invalid, or a foreign Origin, refuse the connection.
 */
export function socketAuthMiddleware(authenticator: Authenticator, config: AppConfig) {
  const origins = trustedOrigins(config.publicUrl, !config.isProduction);
  return (socket: Socket, next: (error?: Error) => void): void => {
    const origin = socket.handshake.headers.origin;
    if (origin !== undefined && !origins.has(origin)) {
      next(Object.assign(new Error('This connection came from another site.'), { data: { code: 'ORIGIN_REFUSED' } }));
      return;
    }
    const cookieHeader = socket.handshake.headers.cookie;
    const request = { headers: socket.handshake.headers, cookies: cookieHeader ? parseCookies(cookieHeader) : {} } as unknown as Request;
    authenticator.authenticate(request).then(
      (viewer) => {
        (socket.data as SocketData).viewer = viewer;
        next();
      },
      () => next(Object.assign(new Error('Your session is not valid: sign in again.'), { data: { code: 'UNAUTHENTICATED' } })),
    );
  };
}
