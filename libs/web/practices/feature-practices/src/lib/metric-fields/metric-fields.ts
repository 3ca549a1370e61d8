import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import type { Subscription } from 'rxjs';
import {
  METRICS_MAX,
  metricGroup,
  type MetricArray,
  type MetricPart,
} from './metric-input';

/** The texts of one list of metrics (a practice's outcomes, a transfer's impact). */
export interface MetricFieldKeys {
  /** The list's legend, e.g. "Outcomes". */
  legend: TranslationKey;
  hint: TranslationKey;
  /** One row's legend, with `{n}`: "Outcome 2". */
  item: TranslationKey;
  add: TranslationKey;
  /** With `{n}`: "Remove outcome 2". */
  remove: TranslationKey;
  /** Shown while the list is empty. */
  empty: TranslationKey;
}

interface PartView {
  part: MetricPart;
  label: TranslationKey;
  hint?: TranslationKey;
  wide?: boolean;
  numeric?: boolean;
  max: number;
}

const parts: readonly PartView[] = [
  { part: 'name', label: 'practices.metric.field.name', wide: true, max: 120 },
  {
    part: 'before',
    label: 'practices.metric.field.before',
    numeric: true,
    max: 40,
  },
  {
    part: 'after',
    label: 'practices.metric.field.after',
    numeric: true,
    max: 40,
  },
  {
    part: 'unit',
    label: 'practices.metric.field.unit',
    hint: 'practices.metric.field.unit.hint',
    max: 40,
  },
  {
    part: 'period',
    label: 'practices.metric.field.period',
    hint: 'practices.metric.field.period.hint',
    max: 60,
  },
  {
    part: 'source',
    label: 'practices.metric.field.source',
    wide: true,
    max: 300,
  },
];

/**
 * A repeatable group of measured outcomes — name, value before and after, unit, period and
 * source — each row a fieldset ("Outcome 2") with its own "Remove" button, and "Add" under the
 * list (at most 20). Adding moves focus to the new row's first field; removing, to the row that
 * takes its place (or to "Add"). Control ids are `<idPrefix>-<index>-<part>`; `errors` holds the
 * message key of each `<index>-<part>` to show.
 */
@Component({
  selector: 'sce-metric-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, MatButton],
  template: `
    <fieldset class="metrics" [attr.aria-describedby]="idPrefix() + '-hint'">
      <legend>{{ keys().legend | t }}</legend>
      <p class="sce-hint" [id]="idPrefix() + '-hint'">{{ keys().hint | t }}</p>
      @for (row of array().controls; track row; let i = $index) {
        <fieldset class="metric">
          <legend>{{ keys().item | t: { n: i + 1 } }}</legend>
          <div class="parts">
            @for (view of parts; track view.part) {
              @let id = idPrefix() + '-' + i + '-' + view.part;
              @let error = errors()[i + '-' + view.part];
              <div class="sce-field" [class.wide]="view.wide" [class.invalid]="error">
                <label [for]="id">{{ view.label | t }}</label>
                @if (view.hint) {
                  <p class="sce-hint" [id]="id + '-hint'">{{ view.hint | t }}</p>
                }
                @if (error) {
                  <p class="sce-field-error" [id]="id + '-error'">{{ error | t }}</p>
                }
                <input
                  type="text"
                  autocomplete="off"
                  [id]="id"
                  [attr.inputmode]="view.numeric ? 'decimal' : null"
                  [attr.maxlength]="view.max"
                  [formControl]="row.controls[view.part]"
                  [attr.aria-invalid]="error ? 'true' : null"
                  [attr.aria-describedby]="describedBy(id, !!error, !!view.hint)"
                />
              </div>
            }
          </div>
          <button
            matButton
            type="button"
            class="remove"
            [attr.data-index]="i"
            (click)="remove(i)"
          >
            {{ keys().remove | t: { n: i + 1 } }}
          </button>
        </fieldset>
      } @empty {
        <p class="empty">{{ keys().empty | t }}</p>
      }
      @if (array().length < max) {
        <button matButton="outlined" type="button" class="add" (click)="add()">
          {{ keys().add | t }}
        </button>
      }
    </fieldset>
  `,
  styles: `
    :host {
      display: block;
    }
    .metrics {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 1rem;
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .metrics > legend {
      padding: 0;
      margin-block-end: 0.375rem;
      font: var(--mat-sys-title-small);
      font-size: 1rem;
    }
    .metric {
      align-self: stretch;
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
      margin: 0;
      padding: 0.75rem 1rem 0.5rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      min-inline-size: 0;
    }
    .metric > legend {
      padding-inline: 0.25rem;
      font: var(--mat-sys-title-small);
    }
    .parts {
      align-self: stretch;
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0.75rem 1rem;
      /* Side by side, the fields line up even when only one has a hint or a problem. */
      align-items: end;
    }
    .wide {
      grid-column: 1 / -1;
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 479.98px) {
      .parts {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
})
export class MetricFields {
  readonly array = input.required<MetricArray>();
  /** Start of the control ids, e.g. `practice-metrics`. */
  readonly idPrefix = input.required<string>();
  readonly keys = input.required<MetricFieldKeys>();
  /** The message key of each `<index>-<part>` that needs fixing. */
  readonly errors = input<Readonly<Record<string, TranslationKey>>>({});

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly changes = inject(ChangeDetectorRef);

  protected readonly parts = parts;
  protected readonly max = METRICS_MAX;

  constructor() {
    // The form may fill the list from outside (an edit form loading its values).
    let watching: Subscription | undefined;
    effect(() => {
      watching?.unsubscribe();
      watching = this.array().valueChanges.subscribe(() =>
        this.changes.markForCheck(),
      );
    });
    inject(DestroyRef).onDestroy(() => watching?.unsubscribe());
  }

  protected describedBy(id: string, error: boolean, hint: boolean): string | null {
    const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(
      (part) => part !== null,
    );
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected add(): void {
    const array = this.array();
    if (array.length >= METRICS_MAX) {
      return;
    }
    array.push(metricGroup());
    this.focus(`#${this.idPrefix()}-${array.length - 1}-name`);
  }

  protected remove(index: number): void {
    const array = this.array();
    array.removeAt(index);
    // The next row moves up into its place; without one, the previous row, or "Add".
    const next = Math.min(index, array.length - 1);
    this.focus(next >= 0 ? `button.remove[data-index="${next}"]` : 'button.add');
  }

  private focus(selector: string): void {
    afterNextRender(
      () => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(),
      { injector: this.injector },
    );
  }
}
