import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Organisation, PublicProfile } from '@sce/shared-contracts';
import { OrganisationPageStore } from '@sce/web-organisations-data-access';
import { OrganisationDetail } from './organisation-detail';

const id = '00000000-0000-4000-8000-000000000001';
const groningen: Organisation = {
  id,
  name: 'Municipality of Groningen',
  kind: 'municipality',
  country: 'NL',
  city: 'Groningen',
  website: 'https://groningen.example.org',
  memberCount: 2,
};
const member = (
  n: number,
  overrides: Partial<PublicProfile> = {},
): PublicProfile => ({
  id: `00000000-0000-4000-8000-${String(n + 100).padStart(12, '0')}`,
  displayName: `Person ${n}`,
  role: 'member',
  bio: '',
  expertise: [],
  organisationId: id,
  ...overrides,
});

describe('OrganisationDetail', () => {
  let fixture: ComponentFixture<OrganisationDetail>;
  let http: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    element().querySelector(selector)?.textContent?.trim() ?? '';

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        OrganisationPageStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrganisationDetail);
    fixture.componentRef.setInput('id', id);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function respond(
    organisation: Organisation | null,
    members: PublicProfile[],
    next: string | null = null,
  ) {
    const request = http.expectOne(`/api/organisations/${id}`);
    if (organisation) {
      request.flush(organisation);
    } else {
      request.flush(
        {
          type: 'about:blank',
          title: 'Not Found',
          status: 404,
          detail: 'The organisation was not found.',
          code: 'NOT_FOUND',
        },
        { status: 404, statusText: 'Not Found' },
      );
    }
    http
      .expectOne(`/api/organisations/${id}/members`)
      .flush({ items: members, nextCursor: next });
    await fixture.whenStable();
  }

  it('shows what the organisation is, where, its website and its members', async () => {
    expect(text('[role="status"]')).toBe('Loading the organisation…');
    await respond(groningen, [
      member(1, {
        displayName: 'Pieter de Vries',
        role: 'moderator',
        bio: 'Coordinator.',
        expertise: ['eID', 'service design'],
      }),
      member(2, { displayName: 'Sanne Bakker' }),
    ]);

    expect(text('h1')).toBe('Municipality of Groningen');
    expect(text('.lead')).toBe('Municipality in Groningen, Netherlands');
    const facts = Array.from(element().querySelectorAll('dl.facts div')).map(
      (d) => [
        d.querySelector('dt')?.textContent?.trim(),
        d.querySelector('dd')?.textContent?.trim(),
      ],
    );
    expect(facts).toEqual([
      ['Kind', 'Municipality'],
      ['City', 'Groningen'],
      ['Country', 'Netherlands'],
      ['Website', 'https://groningen.example.org/'],
    ]);
    const website = element().querySelector<HTMLAnchorElement>('dl.facts a');
    expect(website?.getAttribute('href')).toBe(
      'https://groningen.example.org/',
    );
    expect(website?.getAttribute('rel')).toBe('external noopener noreferrer');

    expect(text('h2')).toBe('Members');
    const profiles = element().querySelectorAll('ul.profiles > li');
    expect(profiles).toHaveLength(2);
    expect(profiles[0].querySelector('h3')?.textContent?.trim()).toBe(
      'Pieter de Vries',
    );
    expect(profiles[0].textContent).toContain('Moderator');
    expect(profiles[0].textContent).toContain('Coordinator.');
    expect(
      Array.from(profiles[0].querySelectorAll('.tags li')).map(
        (li) => li.textContent,
      ),
    ).toEqual(['eID', 'service design']);
    expect(text('.count')).toBe('Showing 2 of 2 members');
  });

  it('never links to a website that is not http(s)', async () => {
    await respond({ ...groningen, website: 'javascript:alert(1)' }, []);
    expect(element().querySelector('dl.facts a')).toBeNull();
    expect(element().querySelector('dl.facts')?.textContent).toContain(
      'No website given',
    );
    expect(text('sce-empty-state')).toBe(
      'Nobody from this organisation has joined yet.',
    );
  });

  it('shows more members and moves focus to the first new one', async () => {
    await respond(groningen, [member(1)], 'next');
    element().querySelector<HTMLButtonElement>('.more button')?.click();
    await fixture.whenStable();
    http
      .expectOne(`/api/organisations/${id}/members?cursor=next`)
      .flush({ items: [member(2)], nextCursor: null });
    await fixture.whenStable();
    const profiles = element().querySelectorAll('ul.profiles > li');
    expect(profiles).toHaveLength(2);
    expect(document.activeElement).toBe(profiles[1]);
  });

  it('says so when there is no such organisation', async () => {
    await respond(null, []);
    expect(text('h1')).toBe('Organisation not found');
    expect(element().querySelector('.back a')?.getAttribute('href')).toBe(
      '/organisations',
    );
  });
});
