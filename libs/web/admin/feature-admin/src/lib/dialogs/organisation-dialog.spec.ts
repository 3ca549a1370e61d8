import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { OrganisationAdmin } from '@sce/shared-contracts';
import { Subject, firstValueFrom } from 'rxjs';
import {
  OrganisationDialog,
  apiFieldErrors,
  organisationPatch,
  parseDomains,
  validateOrganisation,
  type OrganisationDialogData,
} from './organisation-dialog';

const groningen: OrganisationAdmin = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Municipality of Groningen',
  kind: 'municipality',
  country: 'NL',
  city: 'Groningen',
  website: 'https://groningen.example.org',
  memberCount: 3,
  emailDomains: ['groningen.example.org'],
};

describe('organisation form rules', () => {
  it('reads domains one per line or separated by commas, lower case, once each', () => {
    expect(
      parseDomains(' Groningen.nl\n\nhaarlem.nl, groningen.nl ;x.org '),
    ).toEqual(['groningen.nl', 'haarlem.nl', 'x.org']);
  });

  it('checks what it can before asking the API', () => {
    expect(
      validateOrganisation({
        name: ' A ',
        kind: '',
        country: '',
        city: ' ',
        website: 'www.x.org',
        emailDomains: '',
      }),
    ).toEqual({
      name: { key: 'admin.organisations.error.name' },
      kind: { key: 'admin.organisations.error.kind' },
      country: { key: 'admin.organisations.error.country' },
      city: { key: 'admin.organisations.error.city' },
      website: { key: 'admin.organisations.error.website' },
    });
    expect(
      validateOrganisation({
        name: 'Haarlem',
        kind: 'municipality',
        country: 'NL',
        city: 'Haarlem',
        website: '',
        emailDomains: 'not a domain',
      }),
    ).toEqual({});
  });

  it('puts the API’s field errors at our fields, naming the bad domain', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'x',
        code: 'VALIDATION_FAILED',
        errors: [
          {
            field: 'body.emailDomains.1',
            message: 'must be a domain name such as groningen.nl',
          },
          { field: 'body.website', message: 'must be a web address' },
        ],
      },
    });
    expect(apiFieldErrors(error, ['ok.nl', 'not_a_domain'])).toEqual({
      emailDomains: {
        key: 'admin.organisations.error.domain',
        params: { domain: 'not_a_domain' },
      },
      website: { key: 'admin.organisations.error.website' },
    });
  });

  it('sends only what changed', () => {
    expect(
      organisationPatch(groningen, {
        name: groningen.name,
        kind: 'region',
        country: 'NL',
        city: 'Groningen',
        website: null,
        emailDomains: ['groningen.example.org'],
      }),
    ).toEqual({ kind: 'region', website: null });
  });
});

describe('OrganisationDialog', () => {
  const overlay = () =>
    document.querySelector('.cdk-overlay-container') as HTMLElement;
  const field = <T extends HTMLElement>(id: string) =>
    overlay().querySelector<T>(`#${id}`) as T;

  function type(id: string, value: string): void {
    const input = field<
      HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
    >(id);
    input.value = value;
    input.dispatchEvent(
      new Event(input instanceof HTMLSelectElement ? 'change' : 'input'),
    );
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient()] });
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    overlay()?.replaceChildren();
  });

  it('creates an organisation; the API’s objection to a domain shows at that field', async () => {
    const answers = new Subject<OrganisationAdmin>();
    const sent: unknown[] = [];
    const data: OrganisationDialogData = {
      create: (input) => {
        sent.push(input);
        return answers;
      },
      update: () => answers,
    };
    const ref = TestBed.inject(MatDialog).open(OrganisationDialog, { data });
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    expect(overlay().querySelector('h2')?.textContent?.trim()).toBe(
      'New organisation',
    );

    // Nothing filled in: errors at the fields, focus on the first.
    overlay()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    expect(field('organisation-name-error').textContent?.trim()).toBe(
      'Enter a name of 2 to 120 characters.',
    );
    expect(field('organisation-name').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(field('organisation-name').getAttribute('aria-describedby')).toBe(
      'organisation-name-error',
    );
    expect(document.activeElement).toBe(field('organisation-name'));
    expect(sent).toEqual([]);

    type('organisation-name', 'Haarlem');
    type('organisation-kind', 'municipality');
    type('organisation-country', 'NL');
    type('organisation-city', 'Haarlem');
    type('organisation-emailDomains', 'haarlem.nl\nnot_a_domain');
    overlay()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    TestBed.tick();
    expect(sent).toEqual([
      {
        name: 'Haarlem',
        kind: 'municipality',
        country: 'NL',
        city: 'Haarlem',
        website: null,
        emailDomains: ['haarlem.nl', 'not_a_domain'],
      },
    ]);

    answers.error(
      new HttpErrorResponse({
        status: 400,
        error: {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'x',
          code: 'VALIDATION_FAILED',
          errors: [
            {
              field: 'body.emailDomains.1',
              message: 'must be a domain name such as groningen.nl',
            },
          ],
        },
      }),
    );
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
    expect(field('organisation-emailDomains-error').textContent?.trim()).toBe(
      '“not_a_domain” is not a domain name. Enter domains such as groningen.nl.',
    );
    expect(
      field('organisation-emailDomains').getAttribute('aria-describedby'),
    ).toBe('organisation-emailDomains-error organisation-emailDomains-hint');
    expect(document.activeElement).toBe(field('organisation-emailDomains'));
    expect(field('organisation-name').getAttribute('aria-invalid')).toBeNull();
    ref.close();
  });

  it('edits an organisation, sending the changed fields and closing with the result', async () => {
    const sent: unknown[] = [];
    const data: OrganisationDialogData = {
      organisation: groningen,
      create: () => new Subject<OrganisationAdmin>(),
      update: (id, patch) => {
        sent.push([id, patch]);
        return new Subject<OrganisationAdmin>();
      },
    };
    const answers = new Subject<OrganisationAdmin>();
    data.update = (id, patch) => {
      sent.push([id, patch]);
      return answers;
    };
    const ref = TestBed.inject(MatDialog).open(OrganisationDialog, { data });
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    expect(overlay().querySelector('h2')?.textContent?.trim()).toBe(
      'Edit Municipality of Groningen',
    );
    expect(field<HTMLTextAreaElement>('organisation-emailDomains').value).toBe(
      'groningen.example.org',
    );

    // Unchanged: nothing is sent.
    overlay()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    TestBed.tick();
    expect(sent).toEqual([]);
    expect(overlay().querySelector('[role="alert"]')?.textContent).toContain(
      'Nothing has changed',
    );

    type('organisation-city', 'Haren');
    overlay()
      .querySelector<HTMLButtonElement>('button[type="submit"]')
      ?.click();
    TestBed.tick();
    expect(sent).toEqual([[groningen.id, { city: 'Haren' }]]);
    const closed = firstValueFrom(ref.afterClosed());
    answers.next({ ...groningen, city: 'Haren' });
    answers.complete();
    expect((await closed)?.city).toBe('Haren');
  });
});
