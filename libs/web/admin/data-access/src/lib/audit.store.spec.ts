import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AuditStore, isKnownAuditAction } from './audit.store';

describe('AuditStore', () => {
  it('asks for the audit log with the filters that are set', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), AuditStore],
    });
    const store = TestBed.inject(AuditStore);
    const http = TestBed.inject(HttpTestingController);
    store.list.load({
      action: 'user.suspended',
      targetType: '',
      targetId: ' ',
      actorId: '',
    });
    http
      .expectOne('/api/admin/audit?action=user.suspended')
      .flush({ items: [], nextCursor: null });
    expect(store.list.status()).toBe('loaded');
    http.verify();
  });

  it('knows the actions the API records', () => {
    expect(isKnownAuditAction('user.approved')).toBe(true);
    expect(isKnownAuditAction('post.hidden')).toBe(false);
  });
});
