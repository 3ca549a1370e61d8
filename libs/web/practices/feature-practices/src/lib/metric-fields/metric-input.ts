import { FormControl, FormGroup, type FormArray } from '@angular/forms';
import type { Metric } from '@sce/shared-contracts';
import type { TranslationKey } from '@sce/web-shared-data-access';

/**
 * One measured outcome as a form holds it (a practice's outcomes, a transfer's impact): every
 * part as typed, numbers included, so that "12,5" can be read and a wrong number shown.
 */
export interface MetricFormValue {
  name: string;
  before: string;
  after: string;
  unit: string;
  period: string;
  source: string;
}

/** The parts of a metric, in the order the form shows them and the API names them. */
export const metricParts = [
  'name',
  'before',
  'after',
  'unit',
  'period',
  'source',
] as const;
export type MetricPart = (typeof metricParts)[number];

/** At most this many metrics per practice or transfer (the contract's limit). */
export const METRICS_MAX = 20;

const limits = { name: 120, unit: 40, period: 60, source: 300 } as const;

export const metricErrorKeys: Readonly<Record<MetricPart, TranslationKey>> = {
  name: 'practices.metric.error.name',
  before: 'practices.metric.error.before',
  after: 'practices.metric.error.after',
  unit: 'practices.metric.error.unit',
  period: 'practices.metric.error.period',
  source: 'practices.metric.error.source',
};

export type MetricControls = {
  [P in MetricPart]: FormControl<string>;
};
export type MetricGroup = FormGroup<MetricControls>;
export type MetricArray = FormArray<MetricGroup>;

export const emptyMetric = (): MetricFormValue => ({
  name: '',
  before: '',
  after: '',
  unit: '',
  period: '',
  source: '',
});

/** A stored metric as the form shows it. */
export function metricToForm(metric: Metric): MetricFormValue {
  return {
    name: metric.name,
    before: metric.before === null ? '' : String(metric.before),
    after: String(metric.after),
    unit: metric.unit,
    period: metric.period,
    source: metric.source,
  };
}

export function metricGroup(value: MetricFormValue = emptyMetric()): MetricGroup {
  const control = (text: string) => new FormControl(text, { nonNullable: true });
  return new FormGroup({
    name: control(value.name),
    before: control(value.before),
    after: control(value.after),
    unit: control(value.unit),
    period: control(value.period),
    source: control(value.source),
  });
}

/** Puts `values` in the array, one group each (the array is emptied first). */
export function setMetrics(array: MetricArray, values: readonly MetricFormValue[]): void {
  array.clear({ emitEvent: false });
  for (const value of values) {
    array.push(metricGroup(value), { emitEvent: false });
  }
  array.updateValueAndValidity();
}

/**
 * A number as people type it: "12.5", "12,5" (a decimal comma), "-3", "1 200" or "1,200.5"
 * (thousands); null for nothing, NaN for anything else.
 */
export function parseDecimal(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') {
    return null;
  }
  let normal = compact.replace('\u2212', '-');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(normal)) {
    normal = normal.replace(/,/g, ''); // 1,200.5
  } else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(normal)) {
    normal = normal.replace(/\./g, '').replace(',', '.'); // 1.200,5
  } else if (/^-?\d*,\d+$/.test(normal)) {
    normal = normal.replace(',', '.'); // 12,5
  }
  return /^-?(\d+\.?\d*|\.\d+)$/.test(normal) ? Number(normal) : Number.NaN;
}

/** Nothing typed in any part: a row added and left alone, which is not sent. */
export const isBlankMetric = (value: MetricFormValue): boolean =>
  metricParts.every((part) => value[part].trim() === '');

/** What is wrong with one metric, per part. */
export function checkMetric(
  value: MetricFormValue,
): Partial<Record<MetricPart, TranslationKey>> {
  const problems: Partial<Record<MetricPart, TranslationKey>> = {};
  const name = value.name.trim();
  if (name === '' || name.length > limits.name) {
    problems.name = metricErrorKeys.name;
  }
  const before = parseDecimal(value.before);
  if (before !== null && !Number.isFinite(before)) {
    problems.before = metricErrorKeys.before;
  }
  const after = parseDecimal(value.after);
  if (after === null || !Number.isFinite(after)) {
    problems.after = metricErrorKeys.after;
  }
  const unit = value.unit.trim();
  if (unit === '' || unit.length > limits.unit) {
    problems.unit = metricErrorKeys.unit;
  }
  if (value.period.trim().length > limits.period) {
    problems.period = metricErrorKeys.period;
  }
  if (value.source.trim().length > limits.source) {
    problems.source = metricErrorKeys.source;
  }
  return problems;
}

/**
 * The problems of a list of metrics as form fields `<list>-<index>-<part>` (blank rows are
 * skipped: they are not sent).
 */
export function checkMetrics(
  list: string,
  values: readonly MetricFormValue[],
): Record<string, TranslationKey> {
  const problems: Record<string, TranslationKey> = {};
  values.forEach((value, index) => {
    if (isBlankMetric(value)) {
      return;
    }
    for (const [part, key] of Object.entries(checkMetric(value))) {
      problems[`${list}-${index}-${part}`] = key;
    }
  });
  return problems;
}

/** The metric to send (check it first). */
export function toMetric(value: MetricFormValue): Metric {
  return {
    name: value.name.trim(),
    before: parseDecimal(value.before),
    after: parseDecimal(value.after) ?? 0,
    unit: value.unit.trim(),
    period: value.period.trim(),
    source: value.source.trim(),
  };
}

/** The metrics to send: blank rows left out. */
export function toMetrics(values: readonly MetricFormValue[]): Metric[] {
  return values.filter((value) => !isBlankMetric(value)).map(toMetric);
}

/** The fields `<list>-<index>-<part>` of every possible row, top to bottom. */
export function metricFieldNames(list: string): string[] {
  return Array.from({ length: METRICS_MAX }, (_, index) =>
    metricParts.map((part) => `${list}-${index}-${part}`),
  ).flat();
}

/** The form's index of each row that is sent (blank rows are left out), in order. */
export function sentRows(blank: readonly boolean[]): number[] {
  return blank
    .map((isBlank, index) => (isBlank ? -1 : index))
    .filter((index) => index >= 0);
}

/**
 * Where an API error path points in a form with repeated groups: `body.metrics.2.after` →
 * `metrics-<row>-after` (the API's index 2 turned back into the form's row, since blank rows
 * are not sent), `body.prerequisites.legal` → `prerequisites-legal`, `body.title` → `title`.
 */
export function repeatedFieldOf(
  rows: Readonly<Record<string, readonly number[]>>,
): (path: string) => string {
  return (path) => {
    const [list, second, part] = path.replace(/^body\./, '').split('.');
    if (second !== undefined && /^\d+$/.test(second)) {
      const row = rows[list]?.[Number(second)] ?? Number(second);
      return part === undefined ? list : `${list}-${row}-${part}`;
    }
    return second === undefined ? list : `${list}-${second}`;
  };
}

/**
 * The summary above a form with repeated groups: each field's problem in order, a row's named by
 * its row ("Outcome 2: Enter the value after …"), since the same text for two rows would not
 * say which to fix. `rowKeys` has, per list, a key with `{n}` and `{problem}`.
 */
export function problemLines(
  translate: (key: TranslationKey, params?: Record<string, string | number>) => string,
  fields: readonly string[],
  errors: Readonly<Partial<Record<string, TranslationKey>>>,
  rowKeys: Readonly<Record<string, TranslationKey>>,
): string[] {
  return fields
    .filter((field) => errors[field] !== undefined)
    .map((field) => {
      const problem = translate(errors[field] as TranslationKey);
      const [list, row] = field.split('-');
      const rowKey = rowKeys[list];
      return rowKey !== undefined && /^\d+$/.test(row ?? '')
        ? translate(rowKey, { n: Number(row) + 1, problem })
        : problem;
    });
}
