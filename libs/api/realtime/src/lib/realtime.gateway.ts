import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Socket } from 'socket.io';

/** Largest message a client may send; anything bigger closes the connection. */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;

/**
 * The one Socket.IO gateway, on the same port as HTTP at /socket.io. For now it only answers
 * `ping`; rooms, authentication in the handshake and server events arrive with real-time updates.
 * Clients never write through sockets: writes go through REST.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false, maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES, cors: { origin: false } })
export class RealtimeGateway implements OnGatewayConnection {
  private readonly logger = new Logger(RealtimeGateway.name);

  handleConnection(socket: Socket): void {
    this.logger.debug(`socket ${socket.id} connected`);
  }

  @SubscribeMessage('ping')
  ping(): { ok: true; data: { serverTime: string } } {
    return { ok: true, data: { serverTime: new Date().toISOString() } };
  }
}
