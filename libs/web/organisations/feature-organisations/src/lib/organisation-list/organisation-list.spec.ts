import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Organisation } from '@sce/shared-contracts';
import { OrganisationsStore } from '@sce/web-organisations-data-access';
import { I18nService } from '@sce/web-shared-data-access';
import { OrganisationList } from './organisation-list';

const organisation = (
  n: number,
  overrides: Partial<Organisation> = {},
): Organisation => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Organisation ${n}`,
  kind: 'municipality',
  country: 'NL',
  city: 'Groningen',
  website: null,
  memberCount: n,
  ...overrides,
});

describe('OrganisationList', () => {
  let fixture: ComponentFixture<OrganisationList>;
  let http: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) =>
    element().querySelector(selector)?.textContent?.trim() ?? '';

  async function create(q?: string): Promise<void> {
    fixture = TestBed.createComponent(OrganisationList);
    if (q !== undefined) {
      fixture.componentRef.setInput('q', q);
    }
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'organisations', component: OrganisationList }]),
        OrganisationsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the organisations in a table with a caption and column headers', async () => {
    await create();
    expect(text('h1')).toBe('Organisations');
    expect(text('[role="status"]')).toBe('Loading organisations…');
    http.expectOne('/api/organisations').flush({
      items: [
        organisation(1, {
          name: 'Aarhus Municipality',
          kind: 'municipality',
          country: 'DK',
          city: 'Aarhus',
          memberCount: 1,
        }),
        organisation(2, {
          name: 'University of Twente',
          kind: 'university',
          city: 'Enschede',
          memberCount: 2,
        }),
      ],
      nextCursor: null,
    });
    await fixture.whenStable();

    expect(text('caption')).toBe('Organisations in the network, by name');
    const headers = Array.from(element().querySelectorAll('thead th')).map(
      (th) => th.textContent?.trim(),
    );
    expect(headers).toEqual(['Name', 'Kind', 'Place', 'Members']);
    const rows = element().querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    const first = rows[0];
    expect(first.querySelector('th[scope="row"] a')?.getAttribute('href')).toBe(
      '/organisations/00000000-0000-4000-8000-000000000001',
    );
    expect(
      Array.from(first.querySelectorAll('th, td')).map((c) =>
        c.textContent?.trim(),
      ),
    ).toEqual(['Aarhus Municipality', 'Municipality', 'Aarhus Denmark', '1']);
    expect(rows[1].textContent).toContain('University');
    expect(text('.count')).toBe('Showing 2 organisations');
    const region = element().querySelector('[role="region"]');
    expect(region?.getAttribute('aria-labelledby')).toBe(
      element().querySelector('caption')?.id,
    );
  });

  it('searches by name through the address', async () => {
    await create('gron');
    http
      .expectOne('/api/organisations?q=gron')
      .flush({ items: [organisation(1)], nextCursor: null });
    await fixture.whenStable();
    expect(
      element().querySelector<HTMLInputElement>('input[type="search"]')?.value,
    ).toBe('gron');
    expect(text('caption')).toBe('Organisations whose name contains “gron”');

    const input = element().querySelector<HTMLInputElement>(
      'input[type="search"]',
    );
    if (input) {
      input.value = 'aar';
      input.dispatchEvent(new Event('input'));
    }
    element()
      .querySelector<HTMLFormElement>('form')
      ?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/?q=aar');
  });

  it('says when nothing matches', async () => {
    await create('zzz');
    http
      .expectOne('/api/organisations?q=zzz')
      .flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(text('sce-empty-state')).toBe(
      'No organisation’s name contains “zzz”.',
    );
    expect(element().querySelector('table')).toBeNull();
  });

  it('shows more and moves focus to the first new organisation', async () => {
    await create();
    http
      .expectOne('/api/organisations')
      .flush({ items: [organisation(1)], nextCursor: 'c1' });
    await fixture.whenStable();
    element().querySelector<HTMLButtonElement>('.more button')?.click();
    await fixture.whenStable();
    http
      .expectOne('/api/organisations?cursor=c1')
      .flush({ items: [organisation(2)], nextCursor: null });
    await fixture.whenStable();
    const links = element().querySelectorAll('tbody a');
    expect(links).toHaveLength(2);
    expect(document.activeElement).toBe(links[1]);
    expect(element().querySelector('.more button')).toBeNull();
  });

  it('offers to try again after an error, and speaks Dutch', async () => {
    await TestBed.inject(I18nService).setLanguage('nl');
    await create();
    http.expectOne('/api/organisations').error(new ProgressEvent('error'));
    await fixture.whenStable();
    expect(text('[role="alert"]')).toContain(
      'De organisaties konden niet worden geladen',
    );
    element()
      .querySelector<HTMLButtonElement>('sce-empty-state button')
      ?.click();
    http
      .expectOne('/api/organisations')
      .flush({ items: [organisation(1)], nextCursor: null });
    await fixture.whenStable();
    expect(text('tbody td')).toBe('Gemeente');
    expect(text('.count')).toBe('1 organisatie getoond');
  });
});
