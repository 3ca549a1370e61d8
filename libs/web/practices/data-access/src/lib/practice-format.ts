import type {
  Metric,
  TransferInsights,
  TransferStage,
} from '@sce/shared-contracts';

/** A mean score (1–5) with one decimal, e.g. "4.3" ("4,3" in Dutch); null when nobody rated. */
export function formatScore(
  value: number | null,
  locale: string,
): string | null {
  if (value === null || !Number.isFinite(value)) {
    return null;
  }
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * The relative change of a metric from before to after, in percent rounded to a whole number;
 * null when there is no "before" or it is zero (no meaningful ratio).
 */
export function metricChange(
  metric: Pick<Metric, 'before' | 'after'>,
): number | null {
  const { before, after } = metric;
  if (before === null || before === 0 || !Number.isFinite(before)) {
    return null;
  }
  return Math.round(((after - before) / Math.abs(before)) * 100);
}

/** A change in percent as "−75%" or "+20%" (a true minus sign), "0%" for none. */
export function formatChange(percent: number, locale: string): string {
  const sign = percent < 0 ? '\u2212' : percent > 0 ? '+' : '';
  const amount = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 0,
  }).format(Math.abs(percent));
  return `${sign}${amount}%`;
}

/** A number as written in `locale`; an empty string for null. */
export function formatNumber(value: number | null, locale: string): string {
  return value === null ? '' : new Intl.NumberFormat(locale).format(value);
}

/**
 * Factors typed as comma- (or line-) separated text: trimmed, lower case like the API stores
 * them, at least two characters, each once, at most ten.
 */
export function parseFactors(text: string): string[] {
  const factors = text
    .split(/[,\n;]/)
    .map((factor) => factor.trim().toLowerCase())
    .filter((factor) => factor.length >= 2);
  return [...new Set(factors)].slice(0, 10);
}

/** Where a transfer may move from its stage: later stages, or abandoned. */
export function nextStages(stage: TransferStage): TransferStage[] {
  switch (stage) {
    case 'exploring':
      return ['piloting', 'adopted', 'abandoned'];
    case 'piloting':
      return ['adopted', 'abandoned'];
    case 'adopted':
      return ['abandoned'];
    case 'abandoned':
      return [];
  }
}

export interface FlowCell {
  toCountry: string;
  transfers: number;
  adopted: number;
  abandoned: number;
  /** transfers / the largest flow, 0–1: the shade of the cell. */
  intensity: number;
}

export interface FlowMatrix {
  /** Every country that gives or takes, sorted: the rows and the columns. */
  countries: string[];
  rows: { fromCountry: string; cells: FlowCell[] }[];
  max: number;
}

/** The transfer flows as a country × country matrix (rows: from, columns: to). */
export function buildFlowMatrix(flows: TransferInsights['flows']): FlowMatrix {
  const countries = [
    ...new Set(flows.flatMap((flow) => [flow.fromCountry, flow.toCountry])),
  ].sort();
  const max = flows.reduce((most, flow) => Math.max(most, flow.transfers), 0);
  const byPair = new Map(
    flows.map((flow) => [`${flow.fromCountry}>${flow.toCountry}`, flow]),
  );
  return {
    countries,
    max,
    rows: countries.map((fromCountry) => ({
      fromCountry,
      cells: countries.map((toCountry) => {
        const flow = byPair.get(`${fromCountry}>${toCountry}`);
        const transfers = flow?.transfers ?? 0;
        return {
          toCountry,
          transfers,
          adopted: flow?.adopted ?? 0,
          abandoned: flow?.abandoned ?? 0,
          intensity: max > 0 ? transfers / max : 0,
        };
      }),
    })),
  };
}
