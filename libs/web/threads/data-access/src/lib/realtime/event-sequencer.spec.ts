import type { RealtimeEvent } from '@sce/shared-contracts';
import { EventSequencer, REORDER_WINDOW } from './event-sequencer';

const THREAD = 'thread:11111111-1111-4111-8111-111111111111';

function anEvent(id: number): RealtimeEvent {
  return {
    id,
    type: 'post.edited',
    rooms: [THREAD],
    data: { threadId: '11111111-1111-4111-8111-111111111111', postId: `p${id}` },
    at: '2026-11-01T10:00:00.000Z',
  };
}

const ids = (events: RealtimeEvent[]) => events.map((event) => event.id);

describe('EventSequencer', () => {
  it('delivers each live event once, also one overtaken by a newer event of another room', () => {
    const sequencer = new EventSequencer();
    sequencer.followed(3);
    expect(ids(sequencer.live(anEvent(5)))).toEqual([5]);
    expect(ids(sequencer.live(anEvent(5)))).toEqual([]);
    expect(ids(sequencer.live(anEvent(4)))).toEqual([4]);
    expect(ids(sequencer.live(anEvent(4)))).toEqual([]);
    expect(ids(sequencer.live(anEvent(7)))).toEqual([7]);
    expect(sequencer.lastSeen).toBe(7);
  });

  it('lets go of late events further back than the reorder window', () => {
    const sequencer = new EventSequencer();
    sequencer.followed(0);
    expect(ids(sequencer.live(anEvent(REORDER_WINDOW + 10)))).toEqual([REORDER_WINDOW + 10]);
    expect(ids(sequencer.live(anEvent(5)))).toEqual([]);
    expect(ids(sequencer.live(anEvent(REORDER_WINDOW + 5)))).toEqual([REORDER_WINDOW + 5]);
  });

  it('counts from the first follow when nothing was seen yet', () => {
    const sequencer = new EventSequencer();
    sequencer.followed(10);
    expect(sequencer.lastSeen).toBe(10);
    expect(ids(sequencer.live(anEvent(9)))).toEqual([]);
    expect(ids(sequencer.live(anEvent(11)))).toEqual([11]);
    // A later follow does not move the count back or forward.
    sequencer.followed(30);
    expect(sequencer.lastSeen).toBe(11);
    expect(ids(sequencer.live(anEvent(12)))).toEqual([12]);
  });

  it('after a reconnect delivers the missed events, then the live ones held meanwhile, each once', () => {
    const sequencer = new EventSequencer();
    sequencer.followed(10);
    sequencer.live(anEvent(11));

    sequencer.startCatchUp();
    expect(sequencer.catchingUp).toBe(true);
    expect(ids(sequencer.live(anEvent(15)))).toEqual([]);
    expect(ids(sequencer.live(anEvent(14)))).toEqual([]);
    // Asking again while it runs keeps what is held.
    sequencer.startCatchUp();

    const delivered = sequencer.caughtUp([anEvent(11), anEvent(12), anEvent(14)], 14);
    expect(ids(delivered)).toEqual([12, 14, 15]);
    expect(sequencer.catchingUp).toBe(false);
    expect(sequencer.lastSeen).toBe(15);
    expect(ids(sequencer.live(anEvent(15)))).toEqual([]);
    expect(ids(sequencer.live(anEvent(16)))).toEqual([16]);
  });

  it('continues from the newest id the catch-up names, even when nothing in these rooms happened', () => {
    const sequencer = new EventSequencer();
    sequencer.followed(10);
    sequencer.startCatchUp();
    expect(ids(sequencer.caughtUp([], 40))).toEqual([]);
    expect(sequencer.lastSeen).toBe(40);
  });

  it('drops what it held when the page reloads instead', () => {
    const sequencer = new EventSequencer();
    sequencer.followed(10);
    sequencer.startCatchUp();
    sequencer.live(anEvent(900));
    sequencer.skipTo(800);
    expect(sequencer.catchingUp).toBe(false);
    expect(sequencer.lastSeen).toBe(900);
    expect(ids(sequencer.live(anEvent(900)))).toEqual([]);
    expect(ids(sequencer.live(anEvent(901)))).toEqual([901]);
  });
});
