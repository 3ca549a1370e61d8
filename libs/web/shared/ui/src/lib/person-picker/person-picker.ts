import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  linkedSignal,
  model,
  output,
  signal,
} from '@angular/core';
import type { Person } from '@sce/shared-contracts';
import { listboxKeyAction } from '../person-listbox/listbox-keys';
import {
  PersonListbox,
  personOptionId,
} from '../person-listbox/person-listbox';

/**
 * A labelled field to pick one person by name (the ARIA combobox pattern): typing emits `query`
 * — the parent searches and passes the `people` found — and the list under the field offers
 * them with their organisation. ArrowUp/ArrowDown move, Enter or Tab pick, Escape closes, a
 * click picks too. The picked person is `selected` (two-way); typing again clears it, and
 * setting it to null from outside empties the field.
 */
@Component({
  selector: 'sce-person-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PersonListbox],
  // Laid out and styled like every form field (the global `sce-field` classes).
  host: {
    class: 'sce-field',
    '[class.invalid]': 'error() !== null',
  },
  template: `
    <label [for]="inputId()">{{ label() }}</label>
    @if (hint(); as hint) {
      <p class="sce-hint" [id]="inputId() + '-hint'">{{ hint }}</p>
    }
    @if (error(); as error) {
      <p class="sce-field-error" [id]="inputId() + '-error'">{{ error }}</p>
    }
    <div class="combobox">
      <input
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        [id]="inputId()"
        [value]="text()"
        [attr.aria-expanded]="open()"
        [attr.aria-controls]="listboxId()"
        [attr.aria-activedescendant]="activeOptionId()"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-describedby]="describedBy()"
        (input)="onInput($event)"
        (keydown)="onKeydown($event)"
        (blur)="dismissed.set(true)"
      />
      <sce-person-listbox
        [listboxId]="listboxId()"
        [label]="listLabel()"
        [people]="people()"
        [open]="open()"
        [activeIndex]="activeIndex()"
        [emptyText]="emptyText()"
        [status]="open() ? status() : ''"
        (picked)="pick($event)"
      />
    </div>
  `,
  styles: `
    .combobox {
      position: relative;
    }
  `,
})
export class PersonPicker {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  /** The listbox's accessible name, e.g. "People to invite". */
  readonly listLabel = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly error = input<string | null>(null);
  /** The people found for the text typed last. */
  readonly people = input<readonly Person[]>([]);
  /** What the search found, read out politely (translated); empty while nothing was found yet. */
  readonly status = input('');
  /** Shown when the search found no one (translated). */
  readonly emptyText = input<string | null>(null);
  readonly selected = model<Person | null>(null);

  /** The text typed, for the parent to search with. */
  readonly query = output<string>();

  /** The field's text: the picked person's name, or what was typed since. */
  protected readonly text = linkedSignal(
    () => this.selected()?.displayName ?? '',
  );
  /** Escape or leaving the field closed the list; typing opens it again. */
  protected readonly dismissed = signal(false);
  protected readonly activeIndex = linkedSignal({
    source: this.people,
    computation: () => 0,
  });
  protected readonly listboxId = computed(() => `${this.inputId()}-listbox`);
  protected readonly open = computed(
    () =>
      !this.dismissed() &&
      this.selected() === null &&
      this.text().trim().length >= 2 &&
      (this.people().length > 0 || this.status() !== ''),
  );
  protected readonly activeOptionId = computed(() =>
    this.open() && this.people().length > 0
      ? personOptionId(this.listboxId(), this.activeIndex())
      : null,
  );
  protected readonly describedBy = computed(() => {
    const id = this.inputId();
    const parts = [
      this.error() ? `${id}-error` : null,
      this.hint() ? `${id}-hint` : null,
    ].filter((part) => part !== null);
    return parts.length > 0 ? parts.join(' ') : null;
  });

  protected onInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (this.selected() !== null) {
      this.selected.set(null);
    }
    this.text.set(value);
    this.dismissed.set(false);
    this.query.emit(value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (!this.open()) {
      if (event.key === 'ArrowDown' && this.dismissed()) {
        event.preventDefault();
        this.dismissed.set(false);
      }
      return;
    }
    const action = listboxKeyAction(
      event,
      this.activeIndex(),
      this.people().length,
    );
    if (action === null) {
      return;
    }
    event.preventDefault();
    switch (action.kind) {
      case 'move':
        this.activeIndex.set(action.index);
        break;
      case 'pick':
        this.pick(this.people()[action.index]);
        break;
      case 'close':
        event.stopPropagation();
        this.dismissed.set(true);
        break;
    }
  }

  protected pick(person: Person | undefined): void {
    if (person !== undefined) {
      this.selected.set(person);
      this.text.set(person.displayName);
    }
  }
}
