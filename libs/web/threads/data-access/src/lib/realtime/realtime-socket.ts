import { InjectionToken } from '@angular/core';

/**
 * The part of a socket.io-client `Socket` the realtime client uses, so specs can hand it a fake.
 * Listeners receive the server's payloads; `emit` with a callback asks for an acknowledgement.
 */
export interface RealtimeSocket {
  /** Connected to the server now. */
  readonly connected: boolean;
  /** Connected, or trying to (socket.io-client reconnects by itself while this is true). */
  readonly active: boolean;
  connect(): void;
  disconnect(): void;
  on(event: string, listener: (...args: never[]) => void): void;
  emit(event: string, payload: unknown, ack?: (answer: unknown) => void): void;
}

export type RealtimeSocketFactory = () => Promise<RealtimeSocket>;

/** Where the Socket.IO server listens: the app's own origin, like the API. */
export const REALTIME_SOCKET_PATH = '/socket.io';

/**
 * Makes the one socket, not yet connected. socket.io-client is imported here, on first use, so
 * it loads with the first page that follows a room and never with the first page load.
 */
export const REALTIME_SOCKET_FACTORY = new InjectionToken<RealtimeSocketFactory>(
  'REALTIME_SOCKET_FACTORY',
  {
    providedIn: 'root',
    factory: () => async () => {
      const { io } = await import('socket.io-client');
      const socket = io({
        path: REALTIME_SOCKET_PATH,
        autoConnect: false,
        // WebSocket first (no long-polling requests), long-polling when a proxy refuses it.
        transports: ['websocket', 'polling'],
        tryAllTransports: true,
        reconnectionDelay: 1_000,
        reconnectionDelayMax: 10_000,
      });
      // Its listener types are keyed by event name; this client checks payloads where it reads them.
      return socket as unknown as RealtimeSocket;
    },
  },
);
