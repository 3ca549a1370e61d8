import { type BeforeApplicationShutdown, Inject, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway } from '@nestjs/websockets';
import { APP_CONFIG, type AppConfig, Authenticator, type GatewayInstructions } from '@sce/api-core';
import {
  type ClientEventName,
  type FollowResult,
  type RealtimeEvent,
  type RoomRef,
  SERVER_EVENT,
  type SocketAck,
  type SocketErrorCode,
  TYPING_EVENT,
  type TypingEvent,
  VIEWERS_EVENT,
  type ViewersEvent,
  clientEvents,
  parseRoomName,
  roomName,
} from '@sce/shared-contracts';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { RemoteSocket, Server, Socket } from 'socket.io';
import { RealtimeDispatcher, type RealtimeSink } from './realtime-dispatcher';
import { RealtimeEvents } from './realtime-events.service';
import { RoomAccess } from './room-access';
import { type SocketAdapterHandle, attachSocketAdapter } from './socket-adapter';
import { type SocketData, socketAuthMiddleware } from './socket-auth';

/** Largest message a client may send; anything bigger closes the connection. */
export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;
/** Per socket: this many events per 10 seconds; far beyond it the socket is closed. */
const EVENTS_PER_10S = 40;
const DISCONNECT_AFTER_REFUSALS = 40;
/**
 * "X is replying" at most this often per socket and thread. Shorter than the web client's own
 * 3-second interval, so a well-behaved client is never refused a signal.
 */
const TYPING_INTERVAL_S = 2;
const VIEWER_COUNT_DELAY_MS = 1000;

/** Internal rooms, never followed by a client: every socket of a person, of a session, of a community's threads. */
export const viewerRoom = (userId: string) => `viewer:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const communityThreadsRoom = (communityId: string) => `community-threads:${communityId}`;

type AnySocket = Socket | RemoteSocket<Record<string, never>, SocketData>;

class SocketEventError extends Error {
  constructor(
    readonly code: SocketErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The one Socket.IO gateway, on the HTTP port at /socket.io. The handshake is authenticated like
 * HTTP. Clients follow rooms they may read and send ephemeral signals; every client event is
 * acknowledged `{ ok, data }` or `{ ok: false, error }`. Writes go through REST, never sockets.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false, maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES, cors: { origin: false } })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, RealtimeSink, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly log = new Logger(RealtimeGateway.name);
  private server!: Server;
  private adapter: SocketAdapterHandle | null = null;
  private readonly limiter = new RateLimiterMemory({ points: EVENTS_PER_10S, duration: 10 });
  private readonly typingLimiter = new RateLimiterMemory({ points: 1, duration: TYPING_INTERVAL_S });
  private readonly viewerCounts = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly authenticator: Authenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: RoomAccess,
    private readonly dispatcher: RealtimeDispatcher,
    private readonly events: RealtimeEvents,
  ) {}

  afterInit(server: Server): void {
    this.server = server;
    server.use(socketAuthMiddleware(this.authenticator, this.config));
    this.adapter = attachSocketAdapter(server, {
      databaseUrl: this.config.databaseUrl ?? '',
      redisUrl: this.config.redisUrl,
      onError: (error) => this.log.warn(`socket.io adapter: ${error.message}`),
    });
    void this.dispatcher.start(this).catch((error: Error) => this.log.error(`realtime dispatcher did not start: ${error.message}`));
  }

  /** Runs before Nest closes the Socket.IO server (and with it the adapter). */
  async beforeApplicationShutdown(): Promise<void> {
    await this.adapter?.settled();
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.viewerCounts.values()) clearTimeout(timer);
    await this.adapter?.close().catch(() => undefined);
  }

  handleConnection(socket: Socket): void {
    const data = socket.data as SocketData;
    if (data.viewer) {
      void socket.join(viewerRoom(data.viewer.id));
      if (data.viewer.sessionId) void socket.join(sessionRoom(data.viewer.sessionId));
    }
    let refusals = 0;
    socket.use((packet, next) => {
      const [name, ...args] = packet as unknown[];
      const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (answer: SocketAck) => void) : null;
      this.handle(socket, name, args, ack).catch((error: unknown) => {
        const known = error instanceof SocketEventError;
        if (!known) this.log.error(`socket event ${String(name).slice(0, 40)} failed: ${(error as Error).message}`);
        if (known && error.code === 'RATE_LIMITED' && ++refusals > DISCONNECT_AFTER_REFUSALS) socket.disconnect(true);
        ack?.({ ok: false, error: known ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: 'Something went wrong on our side.' } });
      });
      // Every event is answered here; Socket.IO's own listeners never see client events.
      void next;
    });
    socket.on('disconnecting', () => {
      for (const room of socket.rooms) if (room.startsWith('thread:')) this.scheduleViewerCount(room);
    });
  }

  private async handle(socket: Socket, name: unknown, args: unknown[], ack: ((answer: SocketAck) => void) | null): Promise<void> {
    if (typeof name !== 'string' || !Object.hasOwn(clientEvents, name)) throw new SocketEventError('UNKNOWN_EVENT', 'Unknown event: the events are follow, unfollow, typing and ping.');
    await this.limiter.consume(socket.id).catch(() => {
      throw new SocketEventError('RATE_LIMITED', 'Too many messages: slow down.');
    });
    if (args.length > 1) throw new SocketEventError('BAD_REQUEST', 'Send one payload object.');
    const schema = clientEvents[name as ClientEventName];
    const parsed = schema.safeParse(args[0]);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SocketEventError('BAD_REQUEST', `${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'invalid payload'}`);
    }
    const data = await this.dispatch(socket, name as ClientEventName, parsed.data);
    ack?.({ ok: true, data });
  }

  private dispatch(socket: Socket, name: ClientEventName, payload: unknown): Promise<unknown> {
    switch (name) {
      case 'follow':
        return this.follow(socket, payload as RoomRef);
      case 'unfollow':
        return this.unfollow(socket, payload as RoomRef);
      case 'typing':
        return this.typing(socket, (payload as { threadId: string }).threadId);
      case 'ping':
        return Promise.resolve({ serverTime: new Date().toISOString(), signedIn: (socket.data as SocketData).viewer !== null });
    }
  }

  private async follow(socket: Socket, room: RoomRef): Promise<FollowResult> {
    const viewer = (socket.data as SocketData).viewer;
    const verdict = await this.access.check(viewer, room);
    if (!verdict.ok) {
      throw verdict.code === 'FORBIDDEN' ? new SocketEventError('FORBIDDEN', 'You may only follow your own user room.') : new SocketEventError('NOT_FOUND', `That ${room.type} does not exist or is not visible to you.`);
    }
    const name = roomName(room);
    await socket.join(verdict.communityId && room.type === 'thread' ? [name, communityThreadsRoom(verdict.communityId)] : name);
    if (room.type === 'thread') this.scheduleViewerCount(name);
    return { room: name, lastEventId: await this.events.lastEventId() };
  }

  private async unfollow(socket: Socket, room: RoomRef): Promise<{ room: string }> {
    const name = roomName(room);
    await socket.leave(name);
    if (room.type === 'thread') this.scheduleViewerCount(name);
    return { room: name };
  }

  private async typing(socket: Socket, threadId: string): Promise<{ sent: boolean }> {
    const viewer = (socket.data as SocketData).viewer;
    const room = roomName({ type: 'thread', id: threadId });
    if (!socket.rooms.has(room)) throw new SocketEventError('NOT_FOLLOWING', 'Follow the thread first.');
    if (!viewer) throw new SocketEventError('FORBIDDEN', 'Sign in to reply.');
    const allowed = await this.typingLimiter.consume(`${socket.id}:${threadId}`).then(
      () => true,
      () => false,
    );
    if (!allowed) return { sent: false };
    const data = socket.data as SocketData;
    data.displayName ??= await this.access.displayName(viewer.id);
    const event: TypingEvent = { threadId, user: { id: viewer.id, displayName: data.displayName } };
    socket.to(room).emit(TYPING_EVENT, event);
    return { sent: true };
  }

  /** How many are viewing a thread, across instances, announced at most once a second per room. */
  private scheduleViewerCount(room: string): void {
    if (this.viewerCounts.has(room)) return;
    this.viewerCounts.set(
      room,
      setTimeout(() => {
        this.viewerCounts.delete(room);
        this.server
          .in(room)
          .fetchSockets()
          .then((sockets) => {
            const event: ViewersEvent = { threadId: room.slice('thread:'.length), count: sockets.length };
            this.server.to(room).emit(VIEWERS_EVENT, event);
          })
          .catch((error: Error) => this.log.warn(`viewer count: ${error.message}`));
      }, VIEWER_COUNT_DELAY_MS),
    );
  }

  broadcast(event: RealtimeEvent): void {
    this.server.to(event.rooms).emit(SERVER_EVENT, event);
  }

  async carryOut<K extends keyof GatewayInstructions>(type: K, data: GatewayInstructions[K]): Promise<void> {
    switch (type) {
      case 'disconnect.user':
        this.server.in(viewerRoom((data as GatewayInstructions['disconnect.user']).userId)).disconnectSockets(true);
        return;
      case 'disconnect.sessions':
        for (const id of (data as GatewayInstructions['disconnect.sessions']).sessionIds) this.server.in(sessionRoom(id)).disconnectSockets(true);
        return;
      case 'access.user':
        return this.recheck(await this.server.in(viewerRoom((data as GatewayInstructions['access.user']).userId)).fetchSockets());
      case 'access.room':
        return this.recheck(await this.server.in((data as GatewayInstructions['access.room']).room).fetchSockets());
      case 'access.community': {
        const { communityId } = data as GatewayInstructions['access.community'];
        return this.recheck(await this.server.in([roomName({ type: 'community', id: communityId }), communityThreadsRoom(communityId)]).fetchSockets());
      }
    }
  }

  /** Every followed room of these sockets is checked again with the person as they are now; refused rooms are left at once. */
  private async recheck(sockets: AnySocket[]): Promise<void> {
    const fresh = new Map<string, Awaited<ReturnType<RoomAccess['freshViewer']>>>();
    for (const socket of sockets) {
      const viewer = (socket.data as SocketData).viewer;
      if (viewer && !fresh.has(viewer.id)) fresh.set(viewer.id, await this.access.freshViewer(viewer.id));
      const now = viewer ? fresh.get(viewer.id) ?? null : null;
      if (viewer && !now) {
        socket.disconnect(true);
        continue;
      }
      for (const name of socket.rooms) {
        const room = parseRoomName(name);
        if (!room) continue;
        const verdict = await this.access.check(now ? { ...viewer, ...now } : null, room);
        if (!verdict.ok) {
          await socket.leave(name);
          if (room.type === 'thread') this.scheduleViewerCount(name);
        }
      }
    }
  }
}
