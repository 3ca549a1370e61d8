import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { I18nService } from '@sce/web-shared-data-access';
import { moderationRoutes } from '../moderation.routes';
import { anEntry, nextRequest, pieter, tom, uuid } from '../testing.spec-helper';
import { describeAuditDetails } from './audit-details';

const tick = () => new Promise((resolve) => setTimeout(resolve));

// The first test of the file loads and compiles the lazily loaded page.
jest.setTimeout(30_000);

describe('AuditTrail', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  const main = () => harness.routeNativeElement as HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'moderation', children: moderationRoutes }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(pieter);
    harness = await RouterTestingHarness.create();
    const navigation = harness.navigateByUrl(url);
    (await nextRequest(http, '/api/communities?limit=100')).flush({
      items: [
        { id: uuid(501), slug: 'open-data', name: 'Open Data', description: '', visibility: 'public', joinPolicy: 'open', memberCount: 1, threadCount: 1, lastActivityAt: null, membership: null },
        { id: uuid(502), slug: 'digital-identity', name: 'Digital Identity', description: '', visibility: 'public', joinPolicy: 'open', memberCount: 1, threadCount: 1, lastActivityAt: null, membership: null },
      ],
      nextCursor: null,
    });
    return navigation.then(() => undefined);
  }

  it('shows the entries with links to what they concern, and loads older ones', async () => {
    const opened = open('/moderation/audit?action=post.hidden');
    (await nextRequest(http, '/api/moderation/audit?action=post.hidden')).flush({
      items: [anEntry(1), anEntry(2, { actorId: uuid(77) })],
      nextCursor: 'older',
    });
    await opened;
    await harness.fixture.whenStable();
    expect(main().querySelector('h1')?.textContent?.trim()).toBe('Audit trail');
    expect((main().querySelector('#audit-action') as HTMLSelectElement).value).toBe('post.hidden');
    const rows = Array.from(main().querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('Reply hidden');
    expect(rows[0].querySelector('dl')?.textContent?.replace(/\s+/g, '')).toBe('ReasonAdvertising');
    expect(rows[0].textContent).toContain('You');
    const link = Array.from(rows[0].querySelectorAll('a')).find((a) => a.textContent?.trim() === 'Open the reply');
    expect(link?.getAttribute('href')).toBe(`/threads/${uuid(200)}?post=${uuid(101)}`);
    expect(main().querySelector('caption')?.textContent?.trim()).toBe('Audit trail, filtered, newest first');

    const more = Array.from(main().querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Show older entries',
    ) as HTMLButtonElement;
    more.click();
    http
      .expectOne('/api/moderation/audit?action=post.hidden&cursor=older')
      .flush({ items: [anEntry(3)], nextCursor: null });
    await harness.fixture.whenStable();
    await tick();
    expect(main().querySelectorAll('tbody tr')).toHaveLength(3);
    expect(document.activeElement?.tagName).toBe('TH');
    expect(main().textContent).toContain('Showing 3 entries');
  });

  it('describes moves with community names and flags in words', () => {
    const i18n = TestBed.inject(I18nService);
    const names = new Map([[uuid(501), 'Open Data'], [uuid(502), 'Digital Identity']]);
    const lines = describeAuditDetails(
      anEntry(1, {
        action: 'thread.moved',
        targetType: 'thread',
        reason: null,
        details: { from: uuid(501), to: uuid(502) },
      }),
      i18n,
      (id) => names.get(id) ?? null,
      pieter.id,
    );
    expect(lines).toEqual([{ label: 'Moved', value: 'Open Data → Digital Identity' }]);
    expect(
      describeAuditDetails(
        anEntry(2, {
          action: 'flag.updated',
          reason: null,
          details: { state: 'dismissed', assigneeId: pieter.id, locked: true, target: `post:${uuid(7)}` },
        }),
        i18n,
        () => null,
        pieter.id,
      ),
    ).toEqual([
      { label: 'State', value: 'Dismissed' },
      { label: 'Assigned to', value: 'You' },
      { label: 'Locked', value: 'yes' },
      { label: 'Flagged', value: 'Reply 00000000…' },
    ]);
  });

  it('is for global moderators and admins only', async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(tom);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/moderation/audit');
    expect(main().querySelector('h1')?.textContent?.trim()).toBe('For moderators only');
  });
});
