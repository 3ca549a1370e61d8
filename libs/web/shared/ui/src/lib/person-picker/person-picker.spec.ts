import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Person } from '@sce/shared-contracts';
import { PersonPicker } from './person-picker';

const anne: Person = {
  id: '00000000-0000-4000-8000-000000000001',
  displayName: 'Anne Kjær',
  organisationId: '00000000-0000-4000-8000-000000000101',
  organisationName: 'Aarhus Municipality',
};
const joanna: Person = {
  id: '00000000-0000-4000-8000-000000000002',
  displayName: 'Joanna Berg',
  organisationId: '00000000-0000-4000-8000-000000000102',
  organisationName: 'Stavanger Municipality',
};

@Component({
  selector: 'sce-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PersonPicker],
  template: `
    <sce-person-picker
      inputId="invitee"
      label="Person"
      listLabel="People to invite"
      hint="Type a name."
      emptyText="No one found."
      [error]="error()"
      [people]="people()"
      [status]="status()"
      [(selected)]="selected"
      (query)="queries.push($event)"
    />
  `,
})
class Host {
  readonly people = signal<readonly Person[]>([]);
  readonly status = signal('');
  readonly error = signal<string | null>(null);
  readonly selected = signal<Person | null>(null);
  readonly queries: string[] = [];
}

describe('PersonPicker', () => {
  let fixture: ComponentFixture<Host>;
  const element = () => fixture.nativeElement as HTMLElement;
  const field = () => element().querySelector('input') as HTMLInputElement;
  const listbox = () =>
    element().querySelector('[role="listbox"]') as HTMLElement;
  const options = () =>
    Array.from(element().querySelectorAll<HTMLElement>('[role="option"]'));

  async function type(text: string): Promise<void> {
    field().value = text;
    field().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function key(init: KeyboardEventInit): Promise<KeyboardEvent> {
    const event = new KeyboardEvent('keydown', {
      bubbles: true,
      cancelable: true,
      ...init,
    });
    field().dispatchEvent(event);
    await fixture.whenStable();
    return event;
  }

  async function found(
    people: readonly Person[],
    status: string,
  ): Promise<void> {
    fixture.componentInstance.people.set(people);
    fixture.componentInstance.status.set(status);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  it('is a labelled combobox whose list is closed at first', () => {
    expect(element().querySelector('label[for="invitee"]')?.textContent).toBe(
      'Person',
    );
    expect(field().getAttribute('role')).toBe('combobox');
    expect(field().getAttribute('aria-autocomplete')).toBe('list');
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(field().getAttribute('aria-controls')).toBe('invitee-listbox');
    expect(field().getAttribute('aria-describedby')).toBe('invitee-hint');
    expect(listbox().id).toBe('invitee-listbox');
    expect(listbox().getAttribute('aria-label')).toBe('People to invite');
    expect(listbox().hidden).toBe(true);
  });

  it('asks for the typed text, offers the people found and picks with the keyboard', async () => {
    await type('an');
    expect(fixture.componentInstance.queries).toEqual(['an']);
    await found([anne, joanna], '2 people found.');
    expect(field().getAttribute('aria-expanded')).toBe('true');
    expect(listbox().hidden).toBe(false);
    expect(options().map((o) => o.getAttribute('aria-label'))).toEqual([
      'Anne Kjær, Aarhus Municipality',
      'Joanna Berg, Stavanger Municipality',
    ]);
    expect(element().querySelector('[role="status"]')?.textContent).toBe(
      '2 people found.',
    );
    expect(field().getAttribute('aria-activedescendant')).toBe(options()[0].id);
    expect(options()[0].getAttribute('aria-selected')).toBe('true');

    expect((await key({ key: 'ArrowDown' })).defaultPrevented).toBe(true);
    expect(field().getAttribute('aria-activedescendant')).toBe(options()[1].id);
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    expect(options()[0].getAttribute('aria-selected')).toBe('false');

    expect((await key({ key: 'Enter' })).defaultPrevented).toBe(true);
    expect(fixture.componentInstance.selected()).toBe(joanna);
    expect(field().value).toBe('Joanna Berg');
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect(field().getAttribute('aria-activedescendant')).toBeNull();

    // Typing again forgets the pick; the parent clearing it empties the field.
    await type('Joanna B');
    expect(fixture.componentInstance.selected()).toBeNull();
    expect(field().value).toBe('Joanna B');
    fixture.componentInstance.selected.set(anne);
    await fixture.whenStable();
    expect(field().value).toBe('Anne Kjær');
    fixture.componentInstance.selected.set(null);
    await fixture.whenStable();
    expect(field().value).toBe('');
  });

  it('picks with a click, and closes with Escape until typing goes on', async () => {
    await type('an');
    await found([anne, joanna], '2 people found.');
    const escape = await key({ key: 'Escape' });
    expect(escape.defaultPrevented).toBe(true);
    expect(field().getAttribute('aria-expanded')).toBe('false');
    expect((await key({ key: 'Enter' })).defaultPrevented).toBe(false);

    await key({ key: 'ArrowDown' });
    expect(field().getAttribute('aria-expanded')).toBe('true');
    const mousedown = new MouseEvent('mousedown', {
      bubbles: true,
      cancelable: true,
    });
    options()[0].dispatchEvent(mousedown);
    expect(mousedown.defaultPrevented).toBe(true);
    options()[0].click();
    await fixture.whenStable();
    expect(fixture.componentInstance.selected()).toBe(anne);
  });

  it('says when no one was found, and shows its error', async () => {
    await type('zz');
    await found([], 'No one found.');
    expect(field().getAttribute('aria-expanded')).toBe('true');
    expect(listbox().hidden).toBe(true);
    expect(element().querySelector('.empty')?.textContent).toBe(
      'No one found.',
    );
    expect(field().getAttribute('aria-activedescendant')).toBeNull();
    expect((await key({ key: 'Enter' })).defaultPrevented).toBe(false);

    fixture.componentInstance.error.set('Choose the person to invite.');
    await fixture.whenStable();
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(field().getAttribute('aria-describedby')).toBe(
      'invitee-error invitee-hint',
    );
  });
});
