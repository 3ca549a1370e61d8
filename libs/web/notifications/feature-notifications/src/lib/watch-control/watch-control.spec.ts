import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { SessionStore } from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { THREAD_ID, signIn } from '../testing.spec-helper';
import { WatchControl } from './watch-control';

const url = `/api/subscriptions/thread/${THREAD_ID}`;

describe('WatchControl', () => {
  let fixture: ComponentFixture<WatchControl>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const items = () =>
    Array.from(document.querySelectorAll<HTMLElement>('.cdk-overlay-container [role="menuitemradio"]'));

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  async function create(): Promise<void> {
    fixture = TestBed.createComponent(WatchControl);
    fixture.componentRef.setInput('targetType', 'thread');
    fixture.componentRef.setInput('targetId', THREAD_ID);
    await stable();
  }

  it('shows nothing to visitors', async () => {
    TestBed.inject(SessionStore).load();
    await create();
    expect(element().querySelector('button')).toBeNull();
    expect(element().hasAttribute('hidden')).toBe(true);
  });

  it('shows the level and offers the four with what they mean', async () => {
    signIn(http);
    await create();
    http.expectOne(url).flush({ targetType: 'thread', targetId: THREAD_ID, level: 'watching', unread: 0 });
    await stable();
    const button = element().querySelector('button') as HTMLButtonElement;
    expect(button.textContent?.trim()).toBe('Notifications: Watching');
    button.click();
    await stable();
    expect(document.querySelector('.cdk-overlay-container [role="menu"]')?.getAttribute('aria-label')).toBe(
      'Notifications for this thread',
    );
    expect(
      items().map((item) => [
        item.querySelector('.level-name')?.textContent?.trim(),
        item.getAttribute('aria-checked'),
        document.getElementById(item.getAttribute('aria-describedby') ?? '')?.textContent?.trim(),
      ]),
    ).toEqual([
      ['✓ Watching', 'true', 'You are notified of every new reply.'],
      ['Tracking', 'false', 'New replies are counted and marked, without notifications.'],
      ['Normal', 'false', 'You are notified when someone replies to you or mentions you.'],
      ['Muted', 'false', 'You are never notified about this thread, not even of mentions.'],
    ]);
  });

  it('saves a level chosen and says so', async () => {
    signIn(http);
    await create();
    http.expectOne(url).flush({ targetType: 'thread', targetId: THREAD_ID, level: 'normal', unread: null });
    await stable();
    (element().querySelector('button') as HTMLButtonElement).click();
    await stable();
    items()[3].click();
    const request = http.expectOne(url);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ level: 'muted' });
    request.flush({ targetType: 'thread', targetId: THREAD_ID, level: 'muted', unread: null });
    await stable();
    expect(element().querySelector('button')?.textContent?.trim()).toBe('Notifications: Muted');
    expect(TestBed.inject(Announcer).announcement()).toEqual(
      expect.objectContaining({
        key: 'notifications.watch.saved.thread',
        params: { level: 'Muted' },
      }),
    );
  });

  it('says when saving failed', async () => {
    signIn(http);
    await create();
    http.expectOne(url).flush({ targetType: 'thread', targetId: THREAD_ID, level: 'normal', unread: null });
    await stable();
    (element().querySelector('button') as HTMLButtonElement).click();
    await stable();
    items()[0].click();
    http.expectOne(url).error(new ProgressEvent('error'));
    await stable();
    expect(element().querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Your choice could not be saved. Try again.',
    );
    expect(element().querySelector('button')?.textContent?.trim()).toBe('Notifications: Normal');
  });
});
