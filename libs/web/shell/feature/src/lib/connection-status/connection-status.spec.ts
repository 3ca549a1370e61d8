import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { I18nService, RealtimeStatus } from '@sce/web-shared-data-access';
import {
  BACK_ONLINE_MS,
  ConnectionStatus,
  OFFLINE_GRACE_MS,
} from './connection-status';

describe('ConnectionStatus', () => {
  let fixture: ComponentFixture<ConnectionStatus>;
  let status: RealtimeStatus;

  const region = () =>
    (fixture.nativeElement as HTMLElement).querySelector('[role="status"]') as HTMLElement;
  const text = () => region().textContent?.trim() ?? '';

  beforeEach(() => {
    jest.useFakeTimers();
    localStorage.clear();
    fixture = TestBed.createComponent(ConnectionStatus);
    status = TestBed.inject(RealtimeStatus);
    fixture.detectChanges();
  });

  afterEach(() => {
    TestBed.inject(I18nService).setLanguage('en');
    jest.useRealTimers();
  });

  function set(changes: Parameters<RealtimeStatus['update']>[0]): void {
    status.update(changes);
    fixture.detectChanges();
  }

  function wait(ms: number): void {
    jest.advanceTimersByTime(ms);
    fixture.detectChanges();
  }

  it('says nothing while online, and keeps its polite status region in place', () => {
    set({ following: true, connection: 'connecting' });
    set({ connection: 'online' });
    expect(region()).not.toBeNull();
    expect(text()).toBe('');
  });

  it('says "Offline — reconnecting…" when the connection stays lost, then "Back online" for a while', () => {
    set({ following: true, connection: 'online' });
    set({ connection: 'offline' });
    wait(OFFLINE_GRACE_MS - 1);
    expect(text()).toBe('');
    wait(1);
    expect(text()).toBe('Offline — reconnecting…');
    expect(region().querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');

    set({ connection: 'online' });
    expect(text()).toBe('Back online');
    wait(BACK_ONLINE_MS);
    expect(text()).toBe('');
  });

  it('does not mention a connection lost only for a moment', () => {
    set({ following: true, connection: 'online' });
    set({ connection: 'offline' });
    wait(OFFLINE_GRACE_MS / 2);
    set({ connection: 'online' });
    wait(OFFLINE_GRACE_MS);
    expect(text()).toBe('');
  });

  it('says nothing when the page follows nothing live', () => {
    set({ following: false, connection: 'offline' });
    wait(OFFLINE_GRACE_MS);
    expect(text()).toBe('');
    set({ following: true });
    wait(OFFLINE_GRACE_MS);
    expect(text()).toBe('Offline — reconnecting…');
    set({ following: false });
    expect(text()).toBe('');
  });

  it('speaks Dutch', async () => {
    const i18n = TestBed.inject(I18nService);
    await i18n.setLanguage('nl');
    // Another language's messages may be loaded on first use.
    for (let i = 0; i < 50 && i18n.language() !== 'nl'; i++) {
      await Promise.resolve();
    }
    set({ following: true, connection: 'offline' });
    wait(OFFLINE_GRACE_MS);
    expect(text()).toBe('Offline — opnieuw verbinden…');
  });
});
