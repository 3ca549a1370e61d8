import {
  checkMetrics,
  emptyMetric,
  metricToForm,
  parseDecimal,
  problemLines,
  repeatedFieldOf,
  sentRows,
  toMetrics,
  type MetricFormValue,
} from './metric-input';

const processing: MetricFormValue = {
  name: ' Average processing time ',
  before: '21',
  after: '4,5',
  unit: 'days',
  period: '2023–2024',
  source: '',
};

describe('metric input', () => {
  it('reads numbers as people type them', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('  ')).toBeNull();
    expect(parseDecimal('12')).toBe(12);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('\u22123')).toBe(-3);
    expect(parseDecimal('1 200')).toBe(1200);
    expect(parseDecimal('1,200.5')).toBe(1200.5);
    expect(parseDecimal('1.200,5')).toBe(1200.5);
    expect(parseDecimal('twelve')).toBeNaN();
    expect(parseDecimal('12 days')).toBeNaN();
  });

  it('sends filled rows as metrics and leaves blank ones out', () => {
    expect(toMetrics([emptyMetric(), processing])).toEqual([
      {
        name: 'Average processing time',
        before: 21,
        after: 4.5,
        unit: 'days',
        period: '2023–2024',
        source: '',
      },
    ]);
    expect(
      metricToForm({
        name: 'Share online',
        before: null,
        after: 80,
        unit: '%',
        period: '',
        source: 'survey',
      }),
    ).toEqual({
      name: 'Share online',
      before: '',
      after: '80',
      unit: '%',
      period: '',
      source: 'survey',
    });
  });

  it('names what is wrong per row and part', () => {
    expect(
      checkMetrics('metrics', [
        processing,
        emptyMetric(),
        { ...emptyMetric(), name: 'Calls', before: 'many', after: '' },
      ]),
    ).toEqual({
      'metrics-2-before': 'practices.metric.error.before',
      'metrics-2-after': 'practices.metric.error.after',
      'metrics-2-unit': 'practices.metric.error.unit',
    });
  });

  it('turns the API’s paths into the form’s fields, blank rows counted back in', () => {
    const fieldOf = repeatedFieldOf({ metrics: sentRows([false, true, false]) });
    // The API saw two metrics: its second is the form's third row.
    expect(fieldOf('body.metrics.1.after')).toBe('metrics-2-after');
    expect(fieldOf('body.metrics')).toBe('metrics');
    expect(fieldOf('body.prerequisites.legal')).toBe('prerequisites-legal');
    expect(fieldOf('body.title')).toBe('title');
    expect(fieldOf('body.evidence.0.url')).toBe('evidence-0-url');
  });

  it('says which row a problem is in', () => {
    const translate = (key: string, params?: Record<string, string | number>) =>
      params ? `${key}(${JSON.stringify(params)})` : key;
    expect(
      problemLines(
        translate,
        ['title', 'metrics-0-name', 'metrics-1-after'],
        { title: 'practices.form.error.title', 'metrics-1-after': 'practices.metric.error.after' },
        { metrics: 'practices.form.metrics.problem' },
      ),
    ).toEqual([
      'practices.form.error.title',
      'practices.form.metrics.problem({"n":2,"problem":"practices.metric.error.after"})',
    ]);
  });
});
