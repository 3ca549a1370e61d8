import { TestBed } from '@angular/core/testing';
import { ANNOUNCEMENT_LIFETIME_MS, Announcer } from './announcer';

describe('Announcer', () => {
  afterEach(() => jest.useRealTimers());

  it('keeps the latest announcement and numbers each one', () => {
    const announcer = TestBed.inject(Announcer);
    expect(announcer.announcement()).toBeNull();

    announcer.announce('shell.account.signedOut');
    const first = announcer.announcement();
    expect(first?.key).toBe('shell.account.signedOut');

    announcer.announce('shell.account.signedOut');
    expect(announcer.announcement()?.id).toBeGreaterThan(first?.id ?? 0);

    announcer.clear();
    expect(announcer.announcement()).toBeNull();
  });
});

describe('Announcer lifetime', () => {
  it('clears an announcement after a while', () => {
    jest.useFakeTimers();
    const announcer = TestBed.inject(Announcer);
    announcer.announce('shell.account.signedOut');
    jest.advanceTimersByTime(ANNOUNCEMENT_LIFETIME_MS - 1);
    expect(announcer.announcement()).not.toBeNull();
    jest.advanceTimersByTime(1);
    expect(announcer.announcement()).toBeNull();
    jest.useRealTimers();
  });
});
