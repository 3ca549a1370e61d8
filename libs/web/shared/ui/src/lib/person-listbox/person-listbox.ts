import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import type { Person } from '@sce/shared-contracts';

/** The id of a person listbox's option, for the field's `aria-activedescendant`. */
export const personOptionId = (listboxId: string, index: number): string =>
  `${listboxId}-option-${index}`;

/**
 * The popup of a person combobox: a listbox of people (name and organisation) under the field
 * it belongs to, and a polite status region that says how many were found. Focus stays in the
 * field: it points at the highlighted option with `aria-activedescendant` and handles the keys
 * (see `listboxKeyAction`); a click picks an option without taking focus from the field.
 *
 * It positions itself below its parent, which must be `position: relative`. The listbox element
 * is always there (hidden while closed), so the field's `aria-controls` always names something.
 */
@Component({
  selector: 'sce-person-listbox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul
      class="listbox"
      role="listbox"
      [id]="listboxId()"
      [attr.aria-label]="label()"
      [hidden]="!showList()"
    >
      @for (person of people(); track person.id; let i = $index) {
        <!-- The options never take focus: the field keeps it and handles their keys. -->
        <!-- eslint-disable-next-line @angular-eslint/template/click-events-have-key-events, @angular-eslint/template/interactive-supports-focus -->
        <li
          class="option"
          role="option"
          [id]="optionId(i)"
          [attr.aria-selected]="i === activeIndex()"
          [attr.aria-label]="
            person.displayName + ', ' + person.organisationName
          "
          (mousedown)="$event.preventDefault()"
          (click)="picked.emit(person)"
        >
          <span class="name">{{ person.displayName }}</span>
          <span class="organisation">{{ person.organisationName }}</span>
        </li>
      }
    </ul>
    @if (showEmpty()) {
      <p class="listbox empty">{{ emptyText() }}</p>
    }
    <p class="sce-visually-hidden" role="status">{{ status() }}</p>
  `,
  styleUrl: './person-listbox.scss',
})
export class PersonListbox {
  readonly listboxId = input.required<string>();
  /** The listbox's accessible name, e.g. "People to mention". */
  readonly label = input.required<string>();
  readonly people = input<readonly Person[]>([]);
  readonly open = input(false);
  /** The highlighted option, -1 for none. */
  readonly activeIndex = input(-1);
  /** Shown in the popup when it is open without people (translated), e.g. "No one found". */
  readonly emptyText = input<string | null>(null);
  /** Read out politely whenever it changes, e.g. "3 people found" (translated). */
  readonly status = input('');

  readonly picked = output<Person>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly showList = computed(
    () => this.open() && this.people().length > 0,
  );
  protected readonly showEmpty = computed(
    () => this.open() && this.people().length === 0 && !!this.emptyText(),
  );

  constructor() {
    // Keeps the highlighted option in the viewport as the arrow keys move.
    afterRenderEffect(() => {
      if (!this.showList()) {
        return;
      }
      const id = this.optionId(this.activeIndex());
      this.host.nativeElement
        .querySelector(`[id="${id}"]`)
        ?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  protected optionId(index: number): string {
    return personOptionId(this.listboxId(), index);
  }
}
