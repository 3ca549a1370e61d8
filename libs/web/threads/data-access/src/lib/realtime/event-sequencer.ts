import type { RealtimeEvent } from '@sce/shared-contracts';

/**
 * How far below the newest id seen an event that arrives late is still delivered. Events of
 * different rooms can cross on their way (the server announces them through its adapter): a
 * moderator's notice to the author's own room may come before the `post.hidden` of the thread
 * room that was numbered first.
 */
export const REORDER_WINDOW = 1_000;

/**
 * The order of durable events, without the socket: every event is delivered once, and nothing
 * the page already covers — at or below the id it started from (its first follow, a catch-up or
 * a reload). Ids are global (shared by every room). Live events are delivered as they come, so
 * one that was overtaken by a newer event of another room still arrives (within
 * {@link REORDER_WINDOW}); a batch is delivered in id order.
 *
 * After a reconnect the client first asks REST for what it missed (`startCatchUp`): live events
 * that arrive meanwhile are held back, then delivered after the missed ones (`caughtUp`), or
 * dropped when the page reloads its data instead (`skipTo`).
 */
export class EventSequencer {
  private last: number | null = null;
  /** Everything at or below this is covered already (or too old to take); null before a follow. */
  private floor: number | null = null;
  /** The ids delivered above the floor. */
  private readonly delivered = new Set<number>();
  /** Live events held back while a catch-up runs; null when none runs. */
  private held: RealtimeEvent[] | null = null;

  /** The largest event id seen (or the first follow's starting point); null before either. */
  get lastSeen(): number | null {
    return this.last;
  }

  get catchingUp(): boolean {
    return this.held !== null;
  }

  /** A live event: what to deliver now (nothing while catching up, nothing already seen). */
  live(event: RealtimeEvent): RealtimeEvent[] {
    if (this.held !== null) {
      this.held.push(event);
      return [];
    }
    return this.take([event]);
  }

  /**
   * A follow was acknowledged with the newest event id at that moment: when nothing was seen
   * yet, later events are counted from there.
   */
  followed(lastEventId: number): void {
    if (this.last === null) {
      this.last = lastEventId;
      this.raiseFloor(lastEventId);
    }
  }

  /** Holds live events back until `caughtUp` or `skipTo` (asking again keeps what is held). */
  startCatchUp(): void {
    this.held ??= [];
  }

  /** The missed events arrived: they and the held live events, in id order, each once. */
  caughtUp(missed: readonly RealtimeEvent[], lastEventId: number): RealtimeEvent[] {
    const held = this.held ?? [];
    this.held = null;
    const delivered = this.take([...missed, ...held]);
    this.advance(lastEventId);
    // The catch-up named everything of these rooms up to its newest id.
    this.raiseFloor(lastEventId);
    return delivered;
  }

  /**
   * Too much was missed: the page reloads its data, which covers everything up to now, so the
   * held events are dropped and counting goes on from the newest id.
   */
  skipTo(lastEventId: number): void {
    const held = this.held ?? [];
    this.held = null;
    const newest = Math.max(lastEventId, ...held.map((event) => event.id));
    this.advance(newest);
    this.raiseFloor(newest);
  }

  private take(events: readonly RealtimeEvent[]): RealtimeEvent[] {
    const fresh: RealtimeEvent[] = [];
    const sorted = [...events].sort((a, b) => a.id - b.id);
    for (const event of sorted) {
      if ((this.floor === null || event.id > this.floor) && !this.delivered.has(event.id)) {
        fresh.push(event);
        this.delivered.add(event.id);
        this.advance(event.id);
      }
    }
    if (this.last !== null) {
      this.raiseFloor(this.last - REORDER_WINDOW);
    }
    return fresh;
  }

  private raiseFloor(id: number): void {
    if (!Number.isFinite(id) || (this.floor !== null && id <= this.floor)) {
      return;
    }
    this.floor = id;
    for (const delivered of this.delivered) {
      if (delivered <= id) {
        this.delivered.delete(delivered);
      }
    }
  }

  private advance(id: number): void {
    if (Number.isFinite(id) && (this.last === null || id > this.last)) {
      this.last = id;
    }
  }
}
