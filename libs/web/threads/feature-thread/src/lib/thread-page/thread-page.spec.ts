import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { DeferBlockBehavior, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Post, ThreadDetail } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import {
  FakeRealtimeSocket,
  provideRealtimeTesting,
} from '@sce/web-threads-data-access';
import { Announcer, I18nService } from '@sce/web-shared-data-access';
import { threadRoutes } from '../thread.routes';
import {
  THREAD_ID,
  aPost,
  aThread,
  erik,
  uuid,
} from '../testing.spec-helper';

const threadUrl = `/api/threads/${THREAD_ID}`;
const postsUrl = `${threadUrl}/posts`;
const tick = () => new Promise((resolve) => setTimeout(resolve));
const noContent = [null, { status: 204, statusText: 'No Content' }] as const;

describe('ThreadPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  const main = () => harness.routeNativeElement as HTMLElement;
  const article = (postId: string) =>
    main().querySelector<HTMLElement>(`#post-${postId}`) as HTMLElement;
  const buttonIn = (root: Element, name: string | RegExp) =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find((b) => {
      const label = b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '';
      return typeof name === 'string' ? label === name : name.test(label);
    }) as HTMLButtonElement;
  const stable = () => harness.fixture.whenStable();

  async function signIn(user = erik): Promise<void> {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(user);
  }

  async function open(
    thread: ThreadDetail,
    posts: Post[],
    url = `/threads/${THREAD_ID}`,
  ): Promise<void> {
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    await tick();
    http.expectOne(threadUrl).flush(thread);
    http.expectOne(postsUrl).flush({ items: posts, nextCursor: null });
    await navigation;
    await stable();
  }

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      // The attached documents (a deferred block) are tested in the documents feature.
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'threads', children: threadRoutes }],
          withComponentInputBinding(),
        ),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRealtimeTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    http.verify();
    TestBed.inject(I18nService).setLanguage('en');
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
  });

  it('shows the thread, its state and the nested replies', async () => {
    const a = aPost(1, { replyCount: 1, reactions: { insightful: 3 }, myReactions: ['insightful'] });
    const a1 = aPost(2, { parentId: a.id, depth: 2 });
    const visitor = { canReply: false, canEdit: false, canModerate: false, canAcceptAnswer: false };
    await open(aThread({ pinned: true, locked: true, answered: true, acceptedPostId: a1.id, viewer: visitor }), [
      a,
      { ...a1, accepted: true },
    ]);

    expect(main().querySelector('h1')?.textContent).toBe('Which licence do you use?');
    const badges = Array.from(main().querySelectorAll('.thread-header .badge')).map((b) =>
      b.textContent?.trim(),
    );
    expect(badges).toEqual(['Question', 'Pinned', 'Locked', 'Answered']);
    expect(main().querySelector('.thread-body strong')?.textContent).toBe('licence');
    expect(main().querySelector('#replies-heading')?.textContent?.trim()).toBe('2 replies');

    const replies = main().querySelector(`#post-${a.id}-replies`) as HTMLElement;
    expect(replies.getAttribute('aria-label')).toBe('Replies to Person 1');
    expect(replies.querySelector(`#post-${a1.id}`)).not.toBeNull();
    expect(article(a1.id).textContent).toContain('Accepted answer');

    const insightful = buttonIn(article(a.id), /^Insightful/);
    expect(insightful.getAttribute('aria-label')).toBe('Insightful, 3 people, you reacted');
    expect(insightful.getAttribute('aria-pressed')).toBe('true');
    // A visitor is offered to sign in instead of a composer.
    expect(main().querySelector('textarea')).toBeNull();
    expect(main().querySelector('.reply a')?.textContent?.trim()).toBe('Sign in to reply');
  });

  it('collapses and expands a branch', async () => {
    const a = aPost(1, { replyCount: 1 });
    const a1 = aPost(2, { parentId: a.id, depth: 2 });
    await open(aThread(), [a, a1]);
    const toggle = buttonIn(main(), 'Hide 1 reply');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(`post-${a.id}-replies`);
    toggle.click();
    await stable();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.textContent?.trim()).toBe('Show 1 reply');
    expect((main().querySelector(`#post-${a.id}-replies`) as HTMLElement).hidden).toBe(true);
  });

  it('continues a thread below the depth the page shows', async () => {
    const deep = aPost(1, { moreReplies: true, replyCount: 2 });
    await open(aThread(), [deep]);
    buttonIn(main(), 'Continue this thread (2 replies)').click();
    const c1 = aPost(2, { parentId: deep.id, depth: 2 });
    const c2 = aPost(3, { parentId: deep.id, depth: 2 });
    http
      .expectOne(`${postsUrl}?root=${deep.id}`)
      .flush({ items: [{ ...deep, moreReplies: false }, c1, c2], nextCursor: null });
    await stable();
    await stable();
    expect(main().querySelector(`#post-${deep.id}-replies #post-${c2.id}`)).not.toBeNull();
    expect(document.activeElement).toBe(article(c1.id));
    expect(buttonIn(main(), /^Continue this thread/)).toBeUndefined();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('threads.branch.loaded');
  });

  it('replies to a reply and moves focus to the new one', async () => {
    await signIn();
    const a = aPost(1);
    await open(aThread(), [a]);

    buttonIn(article(a.id), 'Reply').click();
    await stable();
    const box = main().querySelector<HTMLTextAreaElement>(`#post-${a.id}-reply-text`) as HTMLTextAreaElement;
    expect(main().querySelector(`label[for="post-${a.id}-reply-text"]`)?.textContent).toBe(
      'Your reply to Person 1',
    );
    expect(document.activeElement).toBe(box);

    // Empty text is refused at the field, without asking the API.
    buttonIn(article(a.id), 'Post reply').click();
    await stable();
    expect(main().querySelector(`#post-${a.id}-reply-text-error`)?.textContent).toBe(
      'Write something before you send it.',
    );

    box.value = 'We use CC0.';
    box.dispatchEvent(new Event('input'));
    await stable();
    buttonIn(article(a.id), 'Post reply').click();
    const request = http.expectOne(postsUrl);
    expect(request.request.body).toEqual({ body: 'We use CC0.', parentId: a.id });
    const reply = aPost(2, { parentId: a.id, depth: 2, body: 'We use CC0.', bodyHtml: '<p>We use CC0.</p>' });
    request.flush(reply);
    await stable();
    await stable();

    expect(main().querySelector(`#post-${a.id}-replies #post-${reply.id}`)).not.toBeNull();
    expect(document.activeElement).toBe(article(reply.id));
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('threads.reply.posted');
    expect(main().querySelector(`#post-${a.id}-reply-text`)).toBeNull();
    // The sent text is no draft any more.
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(localStorage.getItem(`sce.draft.reply.${THREAD_ID}.${a.id}`)).toBeNull();
  });

  it('replies to the thread, quoting a reply', async () => {
    await signIn();
    const a = aPost(1);
    await open(aThread(), [a]);
    buttonIn(article(a.id), 'Quote').click();
    await stable();
    await stable();
    expect(main().querySelector('.quoting')?.textContent).toContain('Quoting Person 1');
    const box = main().querySelector<HTMLTextAreaElement>('#thread-reply') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    box.value = 'Agreed.';
    box.dispatchEvent(new Event('input'));
    await stable();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }));
    const request = http.expectOne(postsUrl);
    expect(request.request.body).toEqual({ body: 'Agreed.', quotePostId: a.id });
    request.flush(aPost(3, { body: 'Agreed.' }));
    await stable();
    expect(main().querySelector('.quoting')).toBeNull();
    expect(box.value).toBe('');
  });

  it('shows mentions as the person’s name, and offers mentions in the reply composers', async () => {
    await signIn();
    const tom = uuid(700);
    const a = aPost(1, {
      body: `Ask @[Tom](user:${tom})`,
      bodyHtml: `<p>Ask <span class="mention" data-user-id="${tom}">@Tom Ashworth</span></p>`,
    });
    // Angular's sanitizer keeps the span and its class, and drops data-* attributes (saying so
    // in development); the mention stays a styled name.
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await open(aThread(), [a]);
    warn.mockRestore();
    const mention = article(a.id).querySelector('.sce-markdown .mention');
    expect(mention?.tagName).toBe('SPAN');
    expect(mention?.textContent).toBe('@Tom Ashworth');
    expect(main().querySelector('#thread-reply')?.getAttribute('aria-autocomplete')).toBe('list');
    buttonIn(article(a.id), 'Reply').click();
    await stable();
    expect(
      main().querySelector(`#post-${a.id}-reply-text`)?.getAttribute('aria-autocomplete'),
    ).toBe('list');
  });

  it('accepts a reply as the answer, and takes it back', async () => {
    await signIn();
    const a = aPost(1);
    await open(aThread(), [a]);
    buttonIn(article(a.id), 'Accept as answer').click();
    http.expectOne(`${threadUrl}/accept/${a.id}`).flush(...noContent);
    await stable();
    expect(article(a.id).querySelector('.accepted-badge')?.textContent?.trim()).toBe(
      'Accepted answer',
    );
    expect(main().querySelector('.thread-header .answered')).not.toBeNull();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('threads.answer.accepted');
    const clear = buttonIn(article(a.id), 'Withdraw acceptance');
    expect(document.activeElement).toBe(clear);
    clear.click();
    http.expectOne(`${threadUrl}/accept`).flush(...noContent);
    await stable();
    expect(article(a.id).querySelector('.accepted-badge')).toBeNull();
  });

  it('reacts and bookmarks with toggle buttons', async () => {
    await signIn();
    const a = aPost(1);
    await open(aThread(), [a]);
    buttonIn(article(a.id), 'Thanks, 0 people').click();
    http
      .expectOne(`/api/posts/${a.id}/reactions/thanks`)
      .flush({ reactions: { thanks: 1 }, myReactions: ['thanks'] });
    await stable();
    expect(buttonIn(article(a.id), /^Thanks/).getAttribute('aria-label')).toBe(
      'Thanks, 1 person, you reacted',
    );

    const bookmark = buttonIn(article(a.id), 'Bookmark');
    expect(bookmark.getAttribute('aria-pressed')).toBe('false');
    bookmark.click();
    http.expectOne(`/api/posts/${a.id}/bookmark`).flush(...noContent);
    await stable();
    expect(buttonIn(article(a.id), 'Bookmark').getAttribute('aria-pressed')).toBe('true');
  });

  it('deletes a reply after confirming; its replies stay', async () => {
    await signIn();
    const a = aPost(1, {
      author: { id: erik.id, displayName: erik.displayName },
      viewer: { canReply: true, canEdit: true, canDelete: true, canReact: true },
    });
    const child = aPost(2, { parentId: a.id, depth: 2 });
    await open(aThread(), [a, child]);

    buttonIn(article(a.id), 'More actions for the reply of Erik Nilsen').click();
    await stable();
    const items = Array.from(document.querySelectorAll<HTMLElement>('.cdk-overlay-container [role="menuitem"]'));
    expect(items.map((i) => i.textContent?.trim())).toEqual(['Copy link', 'Edit', 'Delete']);
    items[2].click();
    await stable();
    await tick();
    await stable();
    const dialog = document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;
    expect(dialog.textContent).toContain('Delete this reply?');
    buttonIn(dialog, 'Delete reply').click();
    await stable();
    await tick();
    http.expectOne((r) => r.url === `/api/posts/${a.id}` && r.method === 'DELETE').flush(...noContent);
    http
      .expectOne((r) => r.url === `/api/posts/${a.id}` && r.method === 'GET')
      .flush({ ...a, deleted: true, body: null, bodyHtml: null, viewer: { ...a.viewer, canDelete: false, canEdit: false } });
    await stable();
    expect(article(a.id).textContent).toContain('This reply was deleted.');
    expect(article(a.id).querySelector('h3')?.textContent?.trim()).toBe('Deleted reply');
    expect(main().querySelector(`#post-${a.id}-replies #post-${child.id}`)).not.toBeNull();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('threads.post.deleted.done');
  });

  it('shows the edit history with what changed', async () => {
    const a = aPost(1, { editedAt: '2026-11-03T10:00:00.000Z', revisionCount: 1, body: 'We use CC0 now.' });
    await open(aThread(), [a]);
    buttonIn(article(a.id), /^edited/).click();
    await stable();
    http.expectOne(`/api/posts/${a.id}/revisions`).flush([
      { version: 2, editor: { id: a.author.id, displayName: 'Person 1' }, createdAt: '2026-11-03T10:00:00.000Z', body: 'We use CC0 now.', current: true },
      { version: 1, editor: { id: a.author.id, displayName: 'Person 1' }, createdAt: '2026-11-02T10:00:00.000Z', body: 'We use CC BY.', current: false },
    ]);
    await stable();
    const dialog = document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Edit history of the reply of Person 1');
    const versions = Array.from(dialog.querySelectorAll('.version'));
    expect(versions.map((v) => v.querySelector('h3')?.textContent?.trim())).toEqual([
      'Version 2 (current)',
      'Version 1',
    ]);
    const texts = (selector: string) =>
      Array.from(versions[0].querySelectorAll(selector)).map((e) => e.textContent);
    expect(texts('ins')).toEqual(['[added: CC0]', '[added: now.]']);
    expect(texts('del')).toEqual(['[removed: CC]', '[removed: BY.]']);
    expect(versions[0].querySelector('.diff')?.textContent).toBe(
      'We use [removed: CC][added: CC0] [removed: BY.][added: now.]',
    );
    expect(versions[1].textContent).toContain('The first version');
  });

  const menuItems = () =>
    Array.from(document.querySelectorAll<HTMLElement>('.cdk-overlay-container [role="menuitem"]'));
  const openDialog = () => document.querySelector('.cdk-overlay-container [role="dialog"]') as HTMLElement;
  const moderator = { canReply: true, canEdit: true, canModerate: true, canAcceptAnswer: true };

  it('pins and locks for moderators from the moderation menu, announcing it', async () => {
    await signIn();
    await open(aThread({ viewer: moderator }), []);
    buttonIn(main(), 'Moderate').click();
    await stable();
    expect(menuItems().map((i) => i.textContent?.trim())).toEqual([
      'Pin thread',
      'Lock thread',
      'Move to another community…',
      'Slow mode…',
    ]);
    menuItems()[1].click();
    const lock = http.expectOne(`${threadUrl}/lock`);
    expect(lock.request.method).toBe('POST');
    lock.flush(aThread({ locked: true, viewer: moderator }));
    await stable();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('threads.moderation.locked');
    buttonIn(main(), 'Moderate').click();
    await stable();
    expect(menuItems()[1].textContent?.trim()).toBe('Unlock thread');
  });

  it('moves a thread to another community the moderator moderates', async () => {
    await signIn();
    await open(aThread({ viewer: moderator }), []);
    buttonIn(main(), 'Moderate').click();
    await stable();
    menuItems()[2].click();
    await stable();
    http.expectOne('/api/communities?limit=100').flush({
      items: [
        { id: uuid(501), slug: 'open-data', name: 'Open Data & Interoperability', description: '', visibility: 'public', joinPolicy: 'open', memberCount: 1, threadCount: 1, lastActivityAt: null, membership: { role: 'moderator', state: 'active' } },
        { id: uuid(502), slug: 'digital-identity', name: 'Digital Identity', description: '', visibility: 'public', joinPolicy: 'open', memberCount: 1, threadCount: 1, lastActivityAt: null, membership: { role: 'moderator', state: 'active' } },
        { id: uuid(503), slug: 'steering', name: 'Steering', description: '', visibility: 'private', joinPolicy: 'invite', memberCount: 1, threadCount: 1, lastActivityAt: null, membership: { role: 'member', state: 'active' } },
      ],
      nextCursor: null,
    });
    await stable();
    const dialog = openDialog();
    const select = dialog.querySelector('select') as HTMLSelectElement;
    // Only where Erik moderates, and not where the thread is.
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['', 'digital-identity']);
    buttonIn(dialog, 'Move thread').click();
    await stable();
    expect(dialog.textContent).toContain('Choose the community to move the thread to.');
    select.value = 'digital-identity';
    select.dispatchEvent(new Event('change'));
    buttonIn(dialog, 'Move thread').click();
    const move = http.expectOne(`${threadUrl}/move`);
    expect(move.request.body).toEqual({ community: 'digital-identity' });
    move.flush(aThread({ community: { slug: 'digital-identity', name: 'Digital Identity' }, viewer: moderator }));
    await stable();
    await tick();
    expect(TestBed.inject(Announcer).announcement()).toEqual(
      expect.objectContaining({ key: 'threads.move.done', params: { community: 'Digital Identity' } }),
    );
  });

  it('shows the author why their reply was hidden, and that a new reply waits', async () => {
    await signIn();
    const mine = { id: erik.id, displayName: erik.displayName };
    const hidden = aPost(1, { author: mine, hidden: true, hiddenReason: 'Personal data of a resident' });
    const waiting = aPost(2, { author: mine, approval: 'pending' });
    const others = aPost(3, { hidden: true, body: null, bodyHtml: null });
    await open(aThread(), [hidden, waiting, others]);
    expect(article(hidden.id).querySelector('.moderation-notice')?.textContent).toContain(
      'A moderator hid your reply. Only you and the moderators see it now.',
    );
    expect(article(hidden.id).textContent).toContain('Reason: Personal data of a resident');
    expect(article(waiting.id).querySelector('.moderation-notice')?.textContent).toContain(
      'Your reply is waiting for a moderator’s approval.',
    );
    expect(article(waiting.id).textContent).toContain('Waiting for approval');
    expect(article(others.id).querySelector('.moderation-notice')).toBeNull();
    expect(article(others.id).textContent).toContain('This reply is hidden by the moderators.');
  });

  it('lets a moderator hide a reply with a reason the author sees', async () => {
    await signIn();
    const a = aPost(1);
    await open(aThread({ viewer: moderator }), [a]);
    buttonIn(article(a.id), 'More actions for the reply of Person 1').click();
    await stable();
    expect(menuItems().map((i) => i.textContent?.trim())).toEqual(['Copy link', 'Hide…', 'Warn author…']);
    menuItems()[1].click();
    await stable();
    const dialog = openDialog();
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Hide the reply of Person 1?');
    const reason = dialog.querySelector('textarea') as HTMLTextAreaElement;
    expect(reason.labels?.[0]?.textContent?.trim()).toBe('Reason (optional)');
    reason.value = 'Advertising';
    reason.dispatchEvent(new Event('input'));
    buttonIn(dialog, 'Hide reply').click();
    const hide = http.expectOne(`/api/posts/${a.id}/hide`);
    expect(hide.request.body).toEqual({ reason: 'Advertising' });
    hide.flush({ ...a, hidden: true, hiddenReason: 'Advertising' });
    await stable();
    await tick();
    expect(article(a.id).textContent).toContain('Hidden: only its author and the moderators see it.');
    expect(article(a.id).textContent).toContain('Reason: Advertising');
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('threads.post.hidden.done');
  });

  it('lets a moderator warn the author of a reply, announcing it', async () => {
    await signIn();
    const a = aPost(1);
    await open(aThread({ viewer: moderator }), [a]);
    buttonIn(article(a.id), 'More actions for the reply of Person 1').click();
    await stable();
    menuItems()[2].click();
    await stable();
    const dialog = openDialog();
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Warn Person 1');
    const message = dialog.querySelector('textarea') as HTMLTextAreaElement;
    message.value = 'Please keep to the topic of the thread.';
    message.dispatchEvent(new Event('input'));
    buttonIn(dialog, 'Send warning').click();
    const warn = http.expectOne(`/api/users/${a.author.id}/warn`);
    expect(warn.request.body).toEqual({ message: 'Please keep to the topic of the thread.' });
    warn.flush({ id: uuid(77), message: 'Please keep to the topic of the thread.', from: { id: erik.id, displayName: erik.displayName }, createdAt: '2026-11-03T10:00:00.000Z', acknowledgedAt: null });
    await stable();
    await tick();
    expect(openDialog()).toBeNull();
    expect(TestBed.inject(Announcer).announcement()).toEqual(
      expect.objectContaining({ key: 'moderation.warn.done', params: { name: 'Person 1' } }),
    );
  });

  it('lets global moderators suspend the author of a reply, and nobody else', async () => {
    await signIn({ ...erik, role: 'moderator', permissions: [...erik.permissions, 'user.suspend'] });
    const a = aPost(1);
    const own = aPost(2, { author: { id: erik.id, displayName: erik.displayName } });
    await open(aThread({ viewer: moderator }), [a, own]);
    buttonIn(article(own.id), 'More actions for the reply of Erik Nilsen').click();
    await stable();
    expect(menuItems().map((i) => i.textContent?.trim())).not.toContain('Suspend author…');
    TestBed.inject(MatDialog).closeAll();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    await stable();
    buttonIn(article(a.id), 'More actions for the reply of Person 1').click();
    await stable();
    const suspend = menuItems().find((i) => i.textContent?.trim() === 'Suspend author…') as HTMLElement;
    suspend.click();
    await stable();
    const dialog = openDialog();
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Suspend Person 1');
    const reason = dialog.querySelector('#suspend-reason') as HTMLTextAreaElement;
    reason.value = 'Spam in three threads';
    reason.dispatchEvent(new Event('input'));
    buttonIn(dialog, 'Suspend').click();
    const request = http.expectOne(`/api/users/${a.author.id}/suspend`);
    expect(request.request.body).toEqual({ reason: 'Spam in three threads' });
    request.flush({ id: a.author.id, displayName: 'Person 1', status: 'suspended' });
    await stable();
    await tick();
    expect(TestBed.inject(Announcer).announcement()?.key).toBe('admin.users.suspend.done');
  });

  it('shows slow mode on the thread, and how long to wait when a reply comes too soon', async () => {
    await signIn();
    await open(aThread({ slowModeSeconds: 30 }), []);
    expect(main().querySelector('#thread-slow-mode')?.textContent?.trim()).toBe(
      'Slow mode: one post every 30 seconds.',
    );
    const box = main().querySelector<HTMLTextAreaElement>('#thread-reply') as HTMLTextAreaElement;
    box.value = 'Me again.';
    box.dispatchEvent(new Event('input'));
    await stable();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }));
    http.expectOne(postsUrl).flush(
      { type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Slow mode', code: 'SLOW_MODE' },
      { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '12' } },
    );
    await stable();
    expect(main().textContent).toContain('Slow mode is on here: you can post again in 12 seconds.');
  });

  it('opens the slow mode dialog at the interval set now', async () => {
    await signIn();
    await open(aThread({ slowModeSeconds: 900, viewer: moderator }), []);
    buttonIn(main(), 'Moderate').click();
    await stable();
    menuItems()[3].click();
    await stable();
    expect((openDialog().querySelector('select') as HTMLSelectElement).value).toBe('900');
  });

  it('opens a permalink at its reply, highlighted and focused', async () => {
    const a = aPost(1);
    const b = aPost(2);
    await open(aThread(), [a, b], `/threads/${THREAD_ID}?post=${b.id}`);
    await stable();
    expect(article(b.id).classList).toContain('highlighted');
    expect(article(a.id).classList).not.toContain('highlighted');
    expect(document.activeElement).toBe(article(b.id));
  });

  it('shows research details', async () => {
    await open(
      aThread({
        kind: 'research',
        research: {
          authors: ['Hanna Lindqvist', 'Lukas Hoffmann'],
          abstract: 'We surveyed 1,200 residents.',
          doi: '10.1000/xyz123',
          link: null,
          publishedOn: '2026-05-31',
        },
      }),
      [],
    );
    const details = main().querySelector('.research') as HTMLElement;
    expect(details.querySelector('h2')?.textContent?.trim()).toBe('Research details');
    expect(details.textContent).toContain('Hanna Lindqvist, Lukas Hoffmann');
    expect(details.querySelector('a')?.getAttribute('href')).toBe('https://doi.org/10.1000/xyz123');
    expect(details.textContent).toContain('31 May 2026');
  });

  it('says when the thread does not exist', async () => {
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(`/threads/${uuid(5)}`);
    await tick();
    http
      .expectOne(`/api/threads/${uuid(5)}`)
      .flush({ code: 'NOT_FOUND', detail: 'x' }, { status: 404, statusText: 'Not Found' });
    http.expectOne(`/api/threads/${uuid(5)}/posts`).flush({ items: [], nextCursor: null });
    await navigation;
    await stable();
    expect(main().querySelector('h1')?.textContent).toBe('Thread not found');
  });

  describe('live', () => {
    const room = `thread:${THREAD_ID}`;
    let socket: FakeRealtimeSocket;

    async function connect(): Promise<void> {
      socket = TestBed.inject(FakeRealtimeSocket);
      await tick();
      socket.serverConnect();
      socket.answer('follow', { room, lastEventId: 10 });
      await tick();
    }

    it('offers others’ new replies behind a button, announced, and shows them without losing focus', async () => {
      await signIn();
      const a = aPost(1);
      await open(aThread(), [a]);
      await connect();
      const b = aPost(2, { parentId: a.id, depth: 2 });
      socket.serverEmit('event', {
        id: 11,
        type: 'post.created',
        rooms: [room],
        data: { threadId: THREAD_ID, postId: b.id, parentId: a.id, authorId: b.author.id },
        at: '2026-11-03T10:00:00.000Z',
      });
      await stable();

      const show = buttonIn(main(), '1 new reply — show');
      expect(show).toBeDefined();
      expect(TestBed.inject(Announcer).announcement()).toMatchObject({
        key: 'threads.live.announce',
        params: { count: 1 },
      });
      expect(main().querySelector(`#post-${b.id}`)).toBeNull();

      show.focus();
      show.click();
      http.expectOne(`/api/posts/${b.id}`).flush(b);
      http.expectOne(threadUrl).flush(aThread({ replyCount: 3 }));
      await stable();
      await stable();

      const shown = article(b.id);
      expect(main().querySelector(`#post-${a.id}-replies #post-${b.id}`)).toBe(shown);
      expect(shown.querySelector('.new-badge')?.textContent?.trim()).toBe('New');
      expect(buttonIn(main(), /new repl/)).toBeUndefined();
      // Focus stays where the button was.
      const bar = main().querySelector('#new-replies');
      expect(document.activeElement).toBe(bar);
      expect(bar?.textContent?.trim()).toBe('1 new reply shown, marked “New”.');
      expect(main().querySelector('#replies-heading')?.textContent?.trim()).toBe('3 replies');
    });

    it('shows how many are viewing and who is replying, and tells others when the viewer types', async () => {
      await signIn();
      await open(aThread(), []);
      await connect();
      socket.serverEmit('thread.viewers', { threadId: THREAD_ID, count: 2 });
      socket.serverEmit('thread.typing', {
        threadId: THREAD_ID,
        user: { id: uuid(801), displayName: 'Jonas Weber' },
      });
      await stable();
      const line = main().querySelector('.live-line');
      expect(line?.textContent?.trim()).toBe('2 people viewing · Jonas Weber is replying…');
      expect(line?.closest('[aria-live], [role="status"]')).toBeNull();

      const box = main().querySelector<HTMLTextAreaElement>('#thread-reply') as HTMLTextAreaElement;
      box.value = 'I';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      box.value = 'In';
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await stable();
      expect(socket.sent.filter((sent) => sent.event === 'typing').map((s) => s.payload)).toEqual([
        { threadId: THREAD_ID },
      ]);
    });

    it('stops following the thread when the page goes', async () => {
      await open(aThread(), []);
      await connect();
      harness.fixture.destroy();
      expect(socket.sent.at(-1)?.event).toBe('unfollow');
    });
  });
});
