import { Injectable, signal } from '@angular/core';

/**
 * `connecting` while the first connection is made, `online` while connected, `offline` after
 * it was lost (or could not be made) while socket.io-client tries again.
 */
export type ConnectionState = 'online' | 'offline' | 'connecting';

/**
 * The state of the real-time connection, apart from the client itself: the shell's indicator
 * reads it without loading the client (or socket.io-client), which come with the pages that
 * follow rooms. Only `RealtimeClient` (threads data-access) writes it.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeStatus {
  private readonly state = signal<ConnectionState>('connecting');
  private readonly anything = signal(false);

  readonly connection = this.state.asReadonly();
  /** Whether the page follows anything, i.e. whether the connection matters now. */
  readonly following = this.anything.asReadonly();

  /** For `RealtimeClient`. */
  update(changes: {
    connection?: ConnectionState;
    following?: boolean;
  }): void {
    if (changes.connection !== undefined) {
      this.state.set(changes.connection);
    }
    if (changes.following !== undefined) {
      this.anything.set(changes.following);
    }
  }
}
