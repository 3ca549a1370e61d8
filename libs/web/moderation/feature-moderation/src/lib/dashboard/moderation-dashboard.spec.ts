import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { FlagView, QueuedPost, SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { moderationRoutes } from '../moderation.routes';
import { aFlag, aQueuedPost, nextRequest, pieter, tom, uuid } from '../testing.spec-helper';

const tick = () => new Promise((resolve) => setTimeout(resolve));
const flagsUrl = '/api/moderation/flags?state=open';
const queueUrl = '/api/moderation/queue';

// The first test of the file loads and compiles the lazily loaded page.
jest.setTimeout(30_000);

describe('ModerationDashboard', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const main = () => harness.routeNativeElement as HTMLElement;
  const buttonIn = (root: Element, name: string | RegExp) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => {
      const label = b.textContent?.trim() ?? '';
      return typeof name === 'string' ? label === name : name.test(label);
    }) as HTMLButtonElement;
  const card = (id: string) => main().querySelector<HTMLElement>(`#flag-${id}`) as HTMLElement;
  const dialog = () =>
    document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;
  const stable = async () => {
    await harness.fixture.whenStable();
    await tick();
    await harness.fixture.whenStable();
  };

  function signIn(user: SessionUser): void {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(user);
  }

  async function open(
    flags: FlagView[] = [aFlag(1), aFlag(2, { reason: 'abuse' })],
    queue: QueuedPost[] = [aQueuedPost(11)],
    url = '/moderation',
  ): Promise<void> {
    signIn(pieter);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    (await nextRequest(http, queueUrl)).flush({ items: queue, nextCursor: null });
    (await nextRequest(http, '/api/communities?limit=100')).flush({ items: [], nextCursor: null });
    (await nextRequest(http, (r) => r.url === '/api/moderation/flags')).flush({ items: flags, nextCursor: null });
    await navigation;
    await stable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'moderation', children: moderationRoutes }], withComponentInputBinding()),
        provideRealtimeTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  it('shows the flag queue and the waiting posts in two tabs', async () => {
    await open();
    expect(main().querySelector('h1')?.textContent?.trim()).toBe('Moderation');
    const tabs = Array.from(main().querySelectorAll<HTMLElement>('[role="tab"]'));
    expect(tabs.map((t) => t.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Flags', 'Waiting posts 1']);
    expect(tabs[0].getAttribute('aria-selected')).toBe('true');
    expect(main().querySelector('#moderation-panel-queue')?.hasAttribute('hidden')).toBe(true);
    expect(main().querySelector('a[href="/moderation/audit"]')).not.toBeNull();

    const first = card(uuid(1));
    expect(first.querySelector('h3')?.textContent).toContain('Thread 1');
    expect(first.querySelector('h3 a')?.getAttribute('href')).toBe(`/threads/${uuid(200)}?post=${uuid(101)}`);
    expect(first.textContent).toContain('Flagged reply 1');
    expect(first.textContent).toContain('Lotte Janssens');
    expect(first.textContent).toContain('Looks like an advert');

    // Arrow keys move between the tabs.
    tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await stable();
    expect(main().querySelector('#moderation-tab-queue')?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.id).toBe('moderation-tab-queue');
    expect(main().querySelector('#moderation-panel-queue')?.textContent).toContain('Post by Newcomer 11 in');
  });

  it('asks the API for the flags of a reason and an assignee from the address', async () => {
    signIn(pieter);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/moderation?reason=abuse&assignee=me');
    (await nextRequest(http, queueUrl)).flush({ items: [], nextCursor: null });
    (await nextRequest(http, '/api/communities?limit=100')).flush({ items: [], nextCursor: null });
    (
      await nextRequest(http, `/api/moderation/flags?state=open&reason=abuse&assignee=${pieter.id}`)
    ).flush({ items: [aFlag(2, { reason: 'abuse' })], nextCursor: null });
    await navigation;
    await stable();
    expect(card(uuid(2))).not.toBeNull();
    expect((main().querySelector('#flag-reason') as HTMLSelectElement).value).toBe('abuse');
    const assignee = main().querySelector('#flag-assignee') as HTMLSelectElement;
    expect(assignee.value).toBe('me');
    expect(assignee.labels?.[0]?.textContent?.trim()).toBe('Assigned to');
    expect(Array.from(assignee.options).map((o) => o.textContent?.trim())).toEqual(['Anyone', 'Me', 'Nobody']);
  });

  it('assigns a flag to another moderator picked in a dialog', async () => {
    await open();
    buttonIn(card(uuid(1)), 'Assign to…').click();
    await stable();
    expect(dialog().querySelector('h2')?.textContent?.trim()).toBe('Assign the flag');
    expect(dialog().getAttribute('aria-describedby')).toBe('assign-dialog-message');
    const lotte = { id: uuid(301), displayName: 'Lotte Janssens' };
    http
      .expectOne('/api/moderation/moderators?community=open-data')
      .flush([
        { ...lotte, scope: 'community' },
        { id: pieter.id, displayName: pieter.displayName, scope: 'global' },
      ]);
    await stable();
    const select = dialog().querySelector('select') as HTMLSelectElement;
    expect(select.labels?.[0]?.textContent?.trim()).toBe('Moderator');
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual([
      'Nobody',
      'Lotte Janssens (community moderator)',
      'Pieter de Vries (global moderator)',
    ]);
    select.value = lotte.id;
    select.dispatchEvent(new Event('change'));
    buttonIn(dialog(), 'Assign').click();
    const patch = http.expectOne(`/api/moderation/flags/${uuid(1)}`);
    expect(patch.request.body).toEqual({ assigneeId: lotte.id });
    patch.flush(aFlag(1, { assignee: lotte }));
    await stable();
    expect(dialog()).toBeNull();
    expect(card(uuid(1)).textContent).toContain('Lotte Janssens');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('moderation.assign.done');
  });

  it('hides a flagged reply with a reason and closes its flag', async () => {
    await open();
    buttonIn(card(uuid(1)), 'Hide reply…').click();
    await stable();
    expect(dialog().querySelector('h2')?.textContent?.trim()).toBe('Hide this reply?');
    const reason = dialog().querySelector('textarea') as HTMLTextAreaElement;
    reason.value = 'Advertising';
    reason.dispatchEvent(new Event('input'));
    buttonIn(dialog(), 'Hide reply').click();
    const hide = http.expectOne(`/api/posts/${uuid(101)}/hide`);
    expect(hide.request.body).toEqual({ reason: 'Advertising' });
    hide.flush({});
    http.expectOne(`/api/moderation/flags/${uuid(1)}`).flush(aFlag(1, { state: 'actioned' }));
    await stable();
    expect(main().querySelector(`#flag-${uuid(1)}`)).toBeNull();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('moderation.flags.postHidden');
    expect(document.activeElement?.id).toBe(`flag-${uuid(2)}`);
  });

  it('dismisses the selected flags after a confirmation', async () => {
    await open();
    const selectAll = main().querySelector('#flag-select-all') as HTMLInputElement;
    expect(selectAll.labels?.[0]?.textContent?.trim()).toBe('Select all shown (2)');
    selectAll.click();
    await stable();
    expect(main().textContent).toContain('2 selected');
    buttonIn(main(), 'Dismiss selected').click();
    await stable();
    expect(dialog().querySelector('h2')?.textContent?.trim()).toBe('Dismiss 2 flags?');
    buttonIn(dialog(), 'Dismiss').click();
    await stable();
    for (const n of [1, 2]) {
      const patch = http.expectOne(`/api/moderation/flags/${uuid(n)}`);
      expect(patch.request.body).toEqual({ state: 'dismissed' });
      patch.flush(aFlag(n, { state: 'dismissed' }));
      await tick();
    }
    await stable();
    expect(main().textContent).toContain('No open flags.');
    expect(TestBed.inject(Announcer).announcement()).toEqual(
      expect.objectContaining({ key: 'moderation.flags.bulk.dismissed.done', params: { count: 2 } }),
    );
  });

  it('assigns a flag and keeps an internal note', async () => {
    await open();
    buttonIn(card(uuid(1)), 'Assign to me').click();
    const assign = http.expectOne(`/api/moderation/flags/${uuid(1)}`);
    expect(assign.request.body).toEqual({ assigneeId: pieter.id });
    assign.flush(aFlag(1, { assignee: { id: pieter.id, displayName: pieter.displayName } }));
    await stable();
    expect(card(uuid(1)).textContent).toContain('Assigned to You');

    const note = card(uuid(1)).querySelector('textarea') as HTMLTextAreaElement;
    expect(note.labels?.[0]?.textContent?.trim()).toBe('Internal note (moderators only)');
    note.value = 'Asked the author';
    note.dispatchEvent(new Event('input'));
    await stable();
    buttonIn(card(uuid(1)), 'Save note').click();
    const save = http.expectOne(`/api/moderation/flags/${uuid(1)}`);
    expect(save.request.body).toEqual({ internalNote: 'Asked the author' });
    save.flush(aFlag(1, { internalNote: 'Asked the author' }));
    await stable();
  });

  it('announces flags that arrive live and shows them on request', async () => {
    await open();
    const socket = TestBed.inject(FakeRealtimeSocket);
    socket.serverConnect();
    socket.answer('follow', { room: `user:${pieter.id}`, lastEventId: 1 });
    await stable();
    socket.serverEmit('event', {
      id: 2,
      type: 'moderation.flag',
      rooms: [`user:${pieter.id}`],
      data: { flagId: uuid(3), targetType: 'post', targetId: uuid(103), reason: 'spam' },
      at: '2026-11-03T10:00:00.000Z',
    });
    await stable();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('moderation.live.flags');
    expect(main().querySelector('#moderation-tab-flags')?.textContent).toContain('1 new');
    buttonIn(main(), '1 new flag — show').click();
    http.expectOne(flagsUrl).flush({ items: [aFlag(3), aFlag(1), aFlag(2)], nextCursor: null });
    await stable();
    expect(card(uuid(3))).not.toBeNull();
    expect(document.activeElement?.id).toBe('flag-queue-heading');
  });

  it('approves a waiting post and rejects another with a reason', async () => {
    await open([], [aQueuedPost(11), aQueuedPost(12)], '/moderation?tab=queue');
    const panel = main().querySelector('#moderation-panel-queue') as HTMLElement;
    buttonIn(panel.querySelector(`#queued-${uuid(11)}`) as HTMLElement, 'Approve').click();
    http.expectOne(`/api/moderation/queue/${uuid(11)}/approve`).flush({});
    await stable();
    expect(panel.querySelector(`#queued-${uuid(11)}`)).toBeNull();
    expect(document.activeElement?.id).toBe(`queued-${uuid(12)}`);

    buttonIn(panel.querySelector(`#queued-${uuid(12)}`) as HTMLElement, 'Reject…').click();
    await stable();
    const reason = dialog().querySelector('textarea') as HTMLTextAreaElement;
    reason.value = 'Advertising';
    reason.dispatchEvent(new Event('input'));
    buttonIn(dialog(), 'Reject post').click();
    const reject = http.expectOne(`/api/moderation/queue/${uuid(12)}/reject`);
    expect(reject.request.body).toEqual({ reason: 'Advertising' });
    reject.flush({});
    await stable();
    expect(panel.textContent).toContain('No posts are waiting for approval.');
  });

  it('shows people who moderate nothing that the page is not for them', async () => {
    signIn(tom);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl('/moderation');
    (await nextRequest(http, '/api/communities?limit=100')).flush({ items: [], nextCursor: null });
    await navigation;
    await stable();
    expect(main().querySelector('h1')?.textContent?.trim()).toBe('For moderators only');
  });
});
