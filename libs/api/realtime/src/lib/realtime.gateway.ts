import { Inject } from '@nestjs/common';
import { type OnGatewayInit, SubscribeMessage, WebSocketGateway, ConnectedSocket } from '@nestjs/websockets';
import { APP_CONFIG, type AppConfig, Authenticator } from '@sce/api-core';
import type { Server, Socket } from 'socket.io';
import { type SocketData, socketAuthMiddleware } from './socket-auth';

/** Largest message a client may send; anything bigger closes the connection. */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;

/**
 * The one Socket.IO gateway, on the same port as HTTP at /socket.io. The handshake is
 * authenticated like HTTP; for now clients can only `ping`. Rooms and server events arrive with
 * real-time updates. Clients never write through sockets: writes go through REST.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false, maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES, cors: { origin: false } })
export class RealtimeGateway implements OnGatewayInit {
  constructor(
    private readonly authenticator: Authenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(server: Server): void {
    server.use(socketAuthMiddleware(this.authenticator, this.config));
  }

  @SubscribeMessage('ping')
  ping(@ConnectedSocket() socket: Socket): { ok: true; data: { serverTime: string; signedIn: boolean } } {
    return { ok: true, data: { serverTime: new Date().toISOString(), signedIn: (socket.data as SocketData).viewer !== null } };
  }
}
