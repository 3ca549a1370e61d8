import { TestBed } from '@angular/core/testing';
import {
  ComposerDrafts,
  DRAFT_STORAGE_PREFIX,
  newThreadDraftKey,
  replyDraftKey,
} from './composer-drafts';

describe('ComposerDrafts', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a draft per place and forgets blank ones', () => {
    const drafts = TestBed.inject(ComposerDrafts);
    const key = replyDraftKey('t1', 'p1');
    expect(drafts.load(key)).toBeNull();
    drafts.save(key, 'Half a reply');
    expect(localStorage.getItem(`${DRAFT_STORAGE_PREFIX}reply.t1.p1`)).toBe(
      'Half a reply',
    );
    expect(drafts.load(key)).toBe('Half a reply');
    expect(drafts.load(replyDraftKey('t1', null))).toBeNull();
    drafts.save(key, '   ');
    expect(drafts.load(key)).toBeNull();
    drafts.save(newThreadDraftKey('open-data'), 'A thread');
    drafts.clear(newThreadDraftKey('open-data'));
    expect(localStorage.length).toBe(0);
  });
});
