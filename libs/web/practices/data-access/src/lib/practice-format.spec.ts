import {
  buildFlowMatrix,
  formatChange,
  formatScore,
  metricChange,
  nextStages,
  parseFactors,
} from './practice-format';
import { shortDescription } from './page-meta';

describe('practice formatting', () => {
  it('formats a mean score with one decimal in the language’s way', () => {
    expect(formatScore(4.25, 'en-GB')).toBe('4.3');
    expect(formatScore(4, 'en-GB')).toBe('4.0');
    expect(formatScore(3.75, 'nl-NL')).toBe('3,8');
    expect(formatScore(null, 'en-GB')).toBeNull();
  });

  it('computes the relative change of a metric', () => {
    expect(metricChange({ before: 20, after: 5 })).toBe(-75);
    expect(metricChange({ before: 40, after: 50 })).toBe(25);
    expect(metricChange({ before: -10, after: -5 })).toBe(50);
    expect(metricChange({ before: null, after: 5 })).toBeNull();
    expect(metricChange({ before: 0, after: 5 })).toBeNull();
  });

  it('writes a change with a true minus sign or a plus', () => {
    expect(formatChange(-75, 'en-GB')).toBe('\u221275%');
    expect(formatChange(25, 'en-GB')).toBe('+25%');
    expect(formatChange(0, 'en-GB')).toBe('0%');
    expect(formatChange(1250, 'nl-NL')).toBe('+1.250%');
  });

  it('reads comma-separated factors like the API stores them', () => {
    expect(
      parseFactors(
        ' Political support, shared platform ,, x, political support\nTraining',
      ),
    ).toEqual(['political support', 'shared platform', 'training']);
    expect(parseFactors('')).toEqual([]);
    expect(
      parseFactors(Array.from({ length: 12 }, (_, i) => `f${i}`).join(',')),
    ).toHaveLength(10);
  });

  it('lets a transfer move forward or be abandoned, never back', () => {
    expect(nextStages('exploring')).toEqual([
      'piloting',
      'adopted',
      'abandoned',
    ]);
    expect(nextStages('piloting')).toEqual(['adopted', 'abandoned']);
    expect(nextStages('adopted')).toEqual(['abandoned']);
    expect(nextStages('abandoned')).toEqual([]);
  });

  it('builds a country × country matrix of the transfer flows', () => {
    const matrix = buildFlowMatrix([
      {
        fromCountry: 'NL',
        toCountry: 'GB',
        transfers: 4,
        adopted: 2,
        abandoned: 1,
      },
      {
        fromCountry: 'GB',
        toCountry: 'SE',
        transfers: 1,
        adopted: 0,
        abandoned: 0,
      },
    ]);
    expect(matrix.countries).toEqual(['GB', 'NL', 'SE']);
    expect(matrix.max).toBe(4);
    expect(matrix.rows.map((row) => row.fromCountry)).toEqual([
      'GB',
      'NL',
      'SE',
    ]);
    const nl = matrix.rows[1].cells;
    expect(nl.map((cell) => cell.transfers)).toEqual([4, 0, 0]);
    expect(nl[0]).toEqual({
      toCountry: 'GB',
      transfers: 4,
      adopted: 2,
      abandoned: 1,
      intensity: 1,
    });
    expect(matrix.rows[0].cells[2].intensity).toBe(0.25);
    expect(buildFlowMatrix([])).toEqual({ countries: [], rows: [], max: 0 });
  });

  it('shortens a meta description at a word boundary', () => {
    expect(shortDescription('  Short   text ')).toBe('Short text');
    const long = 'word '.repeat(50);
    const short = shortDescription(long);
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short.endsWith('word…')).toBe(true);
  });
});
