import { TestBed } from '@angular/core/testing';
import type { CommunitySummary } from '@sce/shared-contracts';
import { CommunityCard, type CommunityCardLabels } from './community-card';

const community: CommunitySummary = {
  id: '7d3c1c55-0a43-4c7b-9d6e-0b1f1c4a6d01',
  slug: 'open-data',
  name: 'Open Data & Interoperability',
  description: 'Publishing and linking public data.',
  visibility: 'members',
  joinPolicy: 'open',
  memberCount: 12,
  threadCount: 3,
  lastActivityAt: '2026-11-01T10:00:00Z',
  membership: null,
};

const labels: CommunityCardLabels = {
  visibility: 'Members only',
  members: '12 members',
  threads: '3 threads',
  lastActivity: 'Last activity 1 Nov 2026',
};

describe('CommunityCard', () => {
  it('shows the name as a heading, the visibility as text and the figures', async () => {
    const fixture = TestBed.createComponent(CommunityCard);
    fixture.componentRef.setInput('community', community);
    fixture.componentRef.setInput('labels', labels);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    expect(element.querySelector('h3')?.textContent?.trim()).toBe(
      'Open Data & Interoperability',
    );
    const badge = element.querySelector('sce-visibility-badge');
    expect(badge?.textContent?.trim()).toBe('Members only');
    expect(badge?.classList).toContain('members');
    expect(badge?.querySelector('svg')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    const figures = Array.from(element.querySelectorAll('li')).map(
      (li) => li.textContent,
    );
    expect(figures).toEqual([
      '12 members',
      '3 threads',
      'Last activity 1 Nov 2026',
    ]);
  });

  it('shows the viewer’s membership when there is one', async () => {
    const fixture = TestBed.createComponent(CommunityCard);
    fixture.componentRef.setInput('community', community);
    fixture.componentRef.setInput('labels', {
      ...labels,
      membership: 'You are a member',
    });
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('.membership')?.textContent).toBe(
      'You are a member',
    );
  });
});
