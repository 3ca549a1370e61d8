import type { RealtimeEvent } from '@sce/shared-contracts';

/**
 * The order of durable events, without the socket: every event is delivered once, in id order,
 * and nothing at or below the largest id seen. Ids are global (shared by every room), so one
 * number is enough.
 *
 * After a reconnect the client first asks REST for what it missed (`startCatchUp`): live events
 * that arrive meanwhile are held back, then delivered after the missed ones (`caughtUp`), or
 * dropped when the page reloads its data instead (`skipTo`).
 */
export class EventSequencer {
  private last: number | null = null;
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
    return delivered;
  }

  /**
   * Too much was missed: the page reloads its data, which covers everything up to now, so the
   * held events are dropped and counting goes on from the newest id.
   */
  skipTo(lastEventId: number): void {
    const held = this.held ?? [];
    this.held = null;
    this.advance(Math.max(lastEventId, ...held.map((event) => event.id)));
  }

  private take(events: readonly RealtimeEvent[]): RealtimeEvent[] {
    const fresh: RealtimeEvent[] = [];
    const sorted = [...events].sort((a, b) => a.id - b.id);
    for (const event of sorted) {
      if (this.last === null || event.id > this.last) {
        fresh.push(event);
        this.last = event.id;
      }
    }
    return fresh;
  }

  private advance(id: number): void {
    if (Number.isFinite(id) && (this.last === null || id > this.last)) {
      this.last = id;
    }
  }
}
