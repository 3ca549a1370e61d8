import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';

/**
 * A cell: a number (right-aligned), plain text, the row's header, or the row's header naming a
 * practice (a link, with its organisation below).
 */
export type InsightsCell =
  | { kind: 'number'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'header'; text: string }
  | { kind: 'practice'; id: string; text: string; organisation: string };

/** One table of the insights page, ready to show. */
export interface InsightsTableData {
  /** Prefix of the ids: `{id}-heading` (the section's heading), `{id}-caption`. */
  id: string;
  /** Whether the table itself carries the id (the tables journeys look up do). */
  tableId: boolean;
  heading: TranslationKey;
  caption: TranslationKey;
  /** Said instead of an empty table; null: the table shows even when it is empty. */
  empty: TranslationKey | null;
  columns: { key: TranslationKey; number: boolean }[];
  rows: { key: string; cells: InsightsCell[] }[];
}

/** A captioned data table in a scrollable, focusable region (for keyboard scrolling). */
@Component({
  selector: 'sce-insights-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    @let data = table();
    <div
      class="sce-table-scroll"
      role="region"
      tabindex="0"
      [attr.aria-labelledby]="data.id + '-caption'"
    >
      <table class="sce-table" [attr.id]="data.tableId ? data.id : null">
        <caption [id]="data.id + '-caption'">
          {{ data.caption | t }}
        </caption>
        <thead>
          <tr>
            @for (column of data.columns; track column.key) {
              <th scope="col" [class.number]="column.number">
                {{ column.key | t }}
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of data.rows; track row.key) {
            <tr>
              @for (cell of row.cells; track $index) {
                @if (cell.kind === 'practice') {
                  <th scope="row">
                    <a [routerLink]="['/practices', cell.id]">{{ cell.text }}</a>
                    <span class="muted block">{{ cell.organisation }}</span>
                  </th>
                } @else if (cell.kind === 'header') {
                  <th scope="row">{{ cell.text }}</th>
                } @else if (cell.kind === 'number') {
                  <td class="number">{{ cell.text }}</td>
                } @else {
                  <td>{{ cell.text }}</td>
                }
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .block {
      display: block;
      font-weight: 400;
    }
    .number {
      text-align: end;
    }
  `,
})
export class InsightsTable {
  readonly table = input.required<InsightsTableData>();
}
