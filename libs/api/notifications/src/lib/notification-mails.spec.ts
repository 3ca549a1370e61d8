import { drain } from './notification-mails';

describe('drain', () => {
  it('runs batches until one sends nothing, and adds up what they sent', async () => {
    const batches = [100, 100, 37, 0, 5];
    const batch = jest.fn(async () => batches.shift() ?? 0);
    expect(await drain(batch, Number.POSITIVE_INFINITY)).toBe(237);
    expect(batch).toHaveBeenCalledTimes(4);
  });

  it('stops when the time is up, even with more to send', async () => {
    let clock = 0;
    const batch = jest.fn(async () => {
      clock += 20_000;
      return 100;
    });
    expect(await drain(batch, 45_000, () => clock)).toBe(300);
    expect(batch).toHaveBeenCalledTimes(3);
  });

  it('sends nothing when the time is already up', async () => {
    const batch = jest.fn(async () => 1);
    expect(await drain(batch, 0, () => 1)).toBe(0);
    expect(batch).not.toHaveBeenCalled();
  });
});
