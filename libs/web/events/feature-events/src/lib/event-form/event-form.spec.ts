import {
  HttpErrorResponse,
  provideHttpClient,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Person } from '@sce/shared-contracts';
import {
  SESSION_HINT_STORAGE_KEY,
  SessionStore,
} from '@sce/web-auth-data-access';
import { Announcer } from '@sce/web-shared-data-access';
import { tom, uuid } from '../testing.spec-helper';
import { EventForm, emptyEventForm } from './event-form';
import type { EventFormValue } from './event-input';

const lotte: Person = {
  id: uuid(3),
  displayName: 'Lotte Janssens',
  organisationId: uuid(4),
  organisationName: 'Province of West Flanders',
};
const lukas: Person = {
  id: uuid(5),
  displayName: 'Prof. Lukas Hoffmann',
  organisationId: uuid(6),
  organisationName: 'Jade University',
};

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EventForm', () => {
  let fixture: ComponentFixture<EventForm>;
  let http: HttpTestingController;
  let saved: EventFormValue[];
  const host = () => fixture.nativeElement as HTMLElement;
  const field = () => host().querySelector<HTMLInputElement>('#event-organiserIds');
  const listed = () =>
    Array.from(host().querySelectorAll('.people li')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );

  async function typeName(text: string): Promise<void> {
    const input = field() as HTMLInputElement;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await settle(250);
  }

  beforeEach(async () => {
    localStorage.setItem(SESSION_HINT_STORAGE_KEY, '1');
    document.cookie = 'XSRF-TOKEN=t; path=/';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(SessionStore).load();
    http.expectOne('/api/auth/me').flush(tom);
    fixture = TestBed.createComponent(EventForm);
    fixture.componentRef.setInput(
      'initial',
      emptyEventForm('Europe/London', { id: tom.id, displayName: tom.displayName }),
    );
    fixture.componentRef.setInput('submitKey', 'events.new.submit');
    fixture.componentRef.setInput('pendingKey', 'events.new.publishing');
    fixture.componentRef.setInput('cancelLink', ['/events']);
    saved = [];
    fixture.componentInstance.saved.subscribe((value) => saved.push(value));
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    localStorage.clear();
  });

  it('lists the viewer as organiser and adds co-organisers picked by name', async () => {
    expect(host().querySelector('.organisers legend')?.textContent).toContain('Organisers');
    expect(listed()).toEqual(['Tom Ashworth (you)']);
    expect(host().querySelector('label[for="event-organiserIds"]')?.textContent).toBe(
      'Add a co-organiser (optional)',
    );

    await typeName('lo');
    http
      .expectOne((r) => r.url === '/api/users' && r.params.get('q') === 'lo')
      .flush([lotte, { ...lukas, id: tom.id, displayName: tom.displayName }]);
    await fixture.whenStable();
    // The viewer is never offered: only Lotte.
    const options = host().querySelectorAll('[role="option"]');
    expect(Array.from(options).map((o) => o.getAttribute('aria-label'))).toEqual([
      'Lotte Janssens, Province of West Flanders',
    ]);
    field()?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await fixture.whenStable();
    await settle();
    await fixture.whenStable();
    expect(listed()).toEqual(['Tom Ashworth (you)', 'Lotte Janssens Remove']);
    // The field is empty again for the next one, and keeps the focus.
    expect(field()?.value).toBe('');
    expect(document.activeElement).toBe(field());
    expect(TestBed.inject(Announcer).announcement()?.params).toEqual({
      name: 'Lotte Janssens',
    });

    const remove = host().querySelector<HTMLButtonElement>('.people button');
    expect(remove?.getAttribute('aria-label')).toBe('Remove Lotte Janssens as organiser');
    remove?.click();
    await fixture.whenStable();
    expect(listed()).toEqual(['Tom Ashworth (you)']);
    expect(document.activeElement).toBe(field());
  });

  it('sends the organisers with the form and shows the API’s refusal at the field', async () => {
    await typeName('lu');
    http.expectOne((r) => r.url === '/api/users').flush([lukas]);
    await fixture.whenStable();
    host().querySelector<HTMLElement>('[role="option"]')?.click();
    await fixture.whenStable();

    const set = (id: string, value: string) => {
      const input = host().querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
      if (input) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
    };
    set('event-title', 'Data sprint');
    set('event-startLocal', '2027-03-01');
    set('event-startLocal-time', '10:00');
    set('event-venue', 'Aberdeen');
    host().querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(saved).toHaveLength(1);
    expect(saved[0].organisers.map((person) => person.displayName)).toEqual([
      'Tom Ashworth',
      'Prof. Lukas Hoffmann',
    ]);

    fixture.componentInstance.showApiError(
      new HttpErrorResponse({
        status: 400,
        error: {
          code: 'VALIDATION_FAILED',
          status: 400,
          detail: 'Invalid',
          errors: [
            { field: 'body.organiserIds', message: 'must be active members of the community' },
          ],
        },
      }),
    );
    await fixture.whenStable();
    expect(host().querySelector('#event-organiserIds-error')?.textContent).toContain(
      'Co-organisers must be active members of the community.',
    );
    expect(field()?.getAttribute('aria-invalid')).toBe('true');
    expect(host().querySelector('.sce-problems')?.textContent).toContain(
      'Co-organisers must be active members',
    );
    expect(document.activeElement).toBe(field());
  });
});
