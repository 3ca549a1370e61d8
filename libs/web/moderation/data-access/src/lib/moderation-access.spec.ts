import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SessionUser } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { aCommunity, pieter, sofia } from './fixtures.spec-helper';
import { ModerationAccess } from './moderation-access';

describe('ModerationAccess', () => {
  let access: ModerationAccess;
  let http: HttpTestingController;

  function signIn(user: SessionUser): void {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(user);
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    access = TestBed.inject(ModerationAccess);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('knows visitors moderate nothing', () => {
    TestBed.inject(SessionStore).load();
    expect(access.known()).toBe(true);
    expect(access.canModerate()).toBe(false);
    access.load();
  });

  it('lets global moderators moderate everywhere without asking', () => {
    signIn(pieter);
    expect(access.known()).toBe(true);
    expect(access.canModerate()).toBe(true);
    expect(access.canAudit()).toBe(true);
    expect(access.canSuspend()).toBe(true);
    expect(access.canFlag()).toBe(true);
  });

  it('finds the communities someone moderates, once', () => {
    signIn(sofia);
    expect(access.known()).toBe(false);
    access.load();
    access.load();
    http.expectOne('/api/communities?limit=100').flush({
      items: [
        aCommunity(1),
        aCommunity(2, { membership: { role: 'moderator', state: 'active' } }),
        aCommunity(3, { membership: null }),
      ],
      nextCursor: null,
    });
    expect(access.known()).toBe(true);
    expect(access.canModerate()).toBe(true);
    expect(access.canAudit()).toBe(false);
    expect(access.canSuspend()).toBe(false);
    expect(access.moderated().map((c) => c.slug)).toEqual(['community-2']);
    access.load();
  });

  it('says no for a member who moderates nothing, and asks again after a failure', () => {
    signIn(sofia);
    access.load();
    http.expectOne('/api/communities?limit=100').flush('down', { status: 503, statusText: 'Unavailable' });
    expect(access.known()).toBe(true);
    expect(access.canModerate()).toBe(false);
    access.load();
    http
      .expectOne('/api/communities?limit=100')
      .flush({ items: [aCommunity(1)], nextCursor: null });
    expect(access.canModerate()).toBe(false);
  });
});
