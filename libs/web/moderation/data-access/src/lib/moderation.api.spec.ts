import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CommunitySummary } from '@sce/shared-contracts';
import { aCommunity, aFlag, aWarning, uuid } from './fixtures.spec-helper';
import { ModerationApi } from './moderation.api';

describe('ModerationApi', () => {
  let api: ModerationApi;
  let http: HttpTestingController;

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ModerationApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('raises a flag', () => {
    api.flag({ targetType: 'post', targetId: uuid(1), reason: 'abuse', note: 'Rude' }).subscribe();
    const request = http.expectOne('/api/flags');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      targetType: 'post',
      targetId: uuid(1),
      reason: 'abuse',
      note: 'Rude',
    });
    request.flush(aFlag(1));
  });

  it('asks for the flag queue by state, community and page', () => {
    api.flags({ state: 'dismissed', community: 'open-data' }, 'next').subscribe();
    http
      .expectOne('/api/moderation/flags?state=dismissed&community=open-data&cursor=next')
      .flush({ items: [], nextCursor: null });
    api.flags({ state: 'open', community: null }, null).subscribe();
    http.expectOne('/api/moderation/flags?state=open').flush({ items: [], nextCursor: null });
    api
      .flags({ state: 'open', community: null, reason: 'privacy', assignee: uuid(4) }, null)
      .subscribe();
    http
      .expectOne(`/api/moderation/flags?state=open&reason=privacy&assignee=${uuid(4)}`)
      .flush({ items: [], nextCursor: null });
  });

  it('asks who may be assigned a community’s flags', () => {
    api.moderators('open data').subscribe();
    http
      .expectOne('/api/moderation/moderators?community=open%20data')
      .flush([{ id: uuid(3), displayName: 'Lotte Janssens', scope: 'community' }]);
  });

  it('suspends someone with a reason and an optional end', () => {
    const until = '2999-01-31T00:00:00.000Z';
    api.suspend(uuid(7), { reason: 'Spam again', until }).subscribe();
    const request = http.expectOne(`/api/users/${uuid(7)}/suspend`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ reason: 'Spam again', until });
    request.flush({});
  });

  it('works a flag and the approval queue', () => {
    api.updateFlag(uuid(1), { state: 'actioned', assigneeId: null }).subscribe();
    const patch = http.expectOne(`/api/moderation/flags/${uuid(1)}`);
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ state: 'actioned', assigneeId: null });
    patch.flush(aFlag(1, { state: 'actioned' }));

    api.queue('c2').subscribe();
    http.expectOne('/api/moderation/queue?cursor=c2').flush({ items: [], nextCursor: null });
  });

  it('reads and acknowledges warnings, and warns', () => {
    api.warnings().subscribe();
    http.expectOne('/api/users/me/warnings').flush([aWarning(1)]);
    api.acknowledge(uuid(1)).subscribe();
    const ack = http.expectOne(`/api/users/me/warnings/${uuid(1)}/acknowledge`);
    expect(ack.request.method).toBe('POST');
    ack.flush(aWarning(1, { acknowledgedAt: '2026-11-03T10:00:00.000Z' }));
    api.warn(uuid(7), 'Please stay on topic.').subscribe();
    const warn = http.expectOne(`/api/users/${uuid(7)}/warn`);
    expect(warn.request.body).toEqual({ message: 'Please stay on topic.' });
    warn.flush(aWarning(2));
  });

  it('asks for the audit trail with the filters that are set', () => {
    api
      .audit({ action: 'post.hidden', targetType: ' ', targetId: '', actorId: uuid(9) }, null)
      .subscribe();
    http
      .expectOne(`/api/moderation/audit?action=post.hidden&actorId=${uuid(9)}`)
      .flush({ items: [], nextCursor: null });
  });

  it('reads every page of the communities', () => {
    let all: CommunitySummary[] = [];
    api.communities().subscribe((communities) => (all = communities));
    http.expectOne('/api/communities?limit=100').flush({ items: [aCommunity(1)], nextCursor: 'p2' });
    http
      .expectOne('/api/communities?limit=100&cursor=p2')
      .flush({ items: [aCommunity(2)], nextCursor: null });
    expect(all.map((c) => c.slug)).toEqual(['community-1', 'community-2']);
  });
});
