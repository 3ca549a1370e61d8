import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  model,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { Person, PersonRef } from '@sce/shared-contracts';
import { PeopleSearch } from '@sce/web-threads-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
} from '@sce/web-shared-data-access';
import { PersonPicker } from '@sce/web-shared-ui';

/**
 * The organisers of an event: the people listed (each but the viewer with a "Remove" button) and
 * the shared person picker to add a co-organiser by name. Picking someone adds them at once and
 * empties the field for the next one; adding and removing are announced, and focus stays in (or
 * returns to) the field. The API checks that they are members of the community; its refusal is
 * shown at the field (`error`). The field's id is `inputId`, so a form's problems focus it.
 */
@Component({
  selector: 'sce-organiser-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, MatButton, PersonPicker],
  template: `
    <fieldset class="organisers" [attr.aria-describedby]="inputId() + '-list-hint'">
      <legend>{{ 'events.form.organisers.legend' | t }}</legend>
      <p class="sce-hint" [id]="inputId() + '-list-hint'">
        {{ 'events.form.organisers.hint' | t }}
      </p>
      @if (organisers().length > 0) {
        <ul class="people" role="list" [attr.aria-label]="'events.form.organisers.list' | t">
          @for (person of organisers(); track person.id) {
            <li>
              <span class="name">{{ person.displayName }}</span>
              @if (person.id === viewerId()) {
                <!-- The space inside keeps "Name (you)" apart when read out. -->
                <span class="you"> {{ 'events.form.organisers.you' | t }}</span>
              } @else {
                <button
                  matButton
                  type="button"
                  [attr.aria-label]="
                    'events.form.organisers.remove' | t: { name: person.displayName }
                  "
                  (click)="remove(person)"
                >
                  {{ 'events.form.organisers.removeShort' | t }}
                </button>
              }
            </li>
          }
        </ul>
      }
      <sce-person-picker
        [inputId]="inputId()"
        [label]="'events.form.organisers.add' | t"
        [listLabel]="'events.form.organisers.suggestions' | t"
        [hint]="'events.form.organisers.addHint' | t"
        [error]="error()"
        [people]="candidates()"
        [status]="status()"
        [emptyText]="'people.search.none' | t"
        [selected]="picked()"
        (selectedChange)="add($event)"
        (query)="search.search($event)"
      />
    </fieldset>
  `,
  styles: `
    :host {
      display: block;
    }
    .organisers {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      margin: 0;
      padding: 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    legend {
      padding-inline: 0.25rem;
      font: var(--mat-sys-title-small);
      font-size: 1rem;
    }
    .people {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .people li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0 0.75rem;
      min-block-size: 2.75rem;
      padding: 0 0 0 0.75rem;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-surface-container);
    }
    .name {
      font: var(--mat-sys-body-large);
    }
    .you {
      padding-inline-end: 0.75rem;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OrganiserPicker {
  /** The id of the name field (`event-organiserIds` in the event form). */
  readonly inputId = input.required<string>();
  /** Who organises the event, in order (two-way). */
  readonly organisers = model.required<readonly PersonRef[]>();
  /** The signed-in person: listed without "Remove", never offered. */
  readonly viewerId = input<string | null>(null);
  /** The API's or the form's problem with the organisers (translated), or null. */
  readonly error = input<string | null>(null);

  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly search = new PeopleSearch();
  /** The person just picked, shown until the field is emptied for the next one. */
  protected readonly picked = signal<Person | null>(null);
  /** People found who are not organisers already (nor the viewer). */
  protected readonly candidates = computed(() => {
    const taken = new Set([
      ...this.organisers().map((person) => person.id),
      this.viewerId(),
    ]);
    return this.search.people().filter((person) => !taken.has(person.id));
  });
  protected readonly status = computed(() => {
    switch (this.search.status()) {
      case 'loaded': {
        const count = this.candidates().length;
        return count === 0
          ? this.i18n.translate('people.search.none')
          : this.i18n.translate('people.search.found', { count });
      }
      case 'failed':
        return this.i18n.translate('people.search.failed');
      case 'idle':
      case 'searching':
        return '';
    }
  });

  protected add(person: Person | null): void {
    if (person === null) {
      return;
    }
    if (!this.organisers().some((existing) => existing.id === person.id)) {
      this.organisers.update((list) => [
        ...list,
        { id: person.id, displayName: person.displayName },
      ]);
      this.announcer.announce('events.form.organisers.added', {
        name: person.displayName,
      });
    }
    this.search.clear();
    // The picker shows the name it picked; once rendered, the field empties for the next one.
    this.picked.set(person);
    afterNextRender(() => this.picked.set(null), { injector: this.injector });
  }

  protected remove(person: PersonRef): void {
    this.organisers.update((list) =>
      list.filter((existing) => existing.id !== person.id),
    );
    this.announcer.announce('events.form.organisers.removed', {
      name: person.displayName,
    });
    // The button is gone: focus goes to the name field rather than to the page.
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLInputElement>(`#${this.inputId()}`)
          ?.focus(),
      { injector: this.injector },
    );
  }
}
