import { emptyMetric } from '../metric-fields/metric-input';
import { aPracticeDetail } from '../testing.spec-helper';
import {
  checkPracticeForm,
  emptyEvidence,
  emptyPracticeForm,
  practiceFieldKey,
  practiceFieldOf,
  practiceToForm,
  toCreatePracticeRequest,
  toUpdatePracticeRequest,
  type PracticeFormValue,
} from './practice-input';

const filled: PracticeFormValue = {
  ...emptyPracticeForm(),
  title: '  Chat assistant for permits ',
  summary: 'Answers permit questions day and night.',
  domain: 'permits_licences',
  maturity: 'pilot',
  channels: ['chatbot', 'web'],
  metrics: [
    emptyMetric(),
    { name: 'Calls', before: '900', after: '400', unit: 'calls', period: '', source: '' },
  ],
  evidence: [emptyEvidence(), { label: 'Pilot report', url: '', documentId: null }],
  contact: { id: 'person-2', displayName: 'Tom Ashworth' },
  communitySlug: 'open-data',
};

describe('the practice form', () => {
  it('turns the form into the request: blank rows left out, channels in order', () => {
    expect(checkPracticeForm(filled)).toEqual({});
    expect(toCreatePracticeRequest(filled)).toEqual({
      title: 'Chat assistant for permits',
      summary: 'Answers permit questions day and night.',
      domain: 'permits_licences',
      maturity: 'pilot',
      channels: ['web', 'chatbot'],
      costBand: null,
      targetUsers: '',
      problem: '',
      solution: '',
      technology: '',
      metrics: [{ name: 'Calls', before: 900, after: 400, unit: 'calls', period: '', source: '' }],
      evidence: [{ label: 'Pilot report', url: null, documentId: null }],
      prerequisites: { legal: '', organisational: '', technical: '', language: '' },
      contactUserId: 'person-2',
      visibility: 'public',
      communitySlug: 'open-data',
    });
    expect(toCreatePracticeRequest({ ...filled, communitySlug: '' })).not.toHaveProperty(
      'communitySlug',
    );
  });

  it('finds what is missing before sending, row by row', () => {
    expect(
      checkPracticeForm({
        ...emptyPracticeForm(),
        title: 'ab',
        metrics: [{ ...emptyMetric(), name: 'Calls', after: 'fewer', unit: 'calls' }],
        evidence: [{ label: '', url: 'ftp://example.org', documentId: null }],
        prerequisites: { legal: 'x'.repeat(2001), organisational: '', technical: '', language: '' },
      }),
    ).toEqual({
      title: 'practices.form.error.title',
      summary: 'practices.form.error.summary',
      domain: 'practices.form.error.domain',
      maturity: 'practices.form.error.maturity',
      'metrics-0-after': 'practices.metric.error.after',
      'evidence-0-label': 'practices.form.error.evidenceLabel',
      'evidence-0-url': 'practices.form.error.evidenceUrl',
      'prerequisites-legal': 'practices.form.error.tooLong',
    });
  });

  it('sends only what changed of a practice', () => {
    const practice = aPracticeDetail();
    const value = practiceToForm(practice);
    expect(toUpdatePracticeRequest(practice, value)).toBeNull();
    expect(
      toUpdatePracticeRequest(practice, {
        ...value,
        maturity: 'scaled',
        metrics: [...value.metrics, { name: 'Complaints', before: '', after: '3', unit: 'per month', period: '', source: '' }],
        contact: null,
      }),
    ).toEqual({
      maturity: 'scaled',
      metrics: [
        { name: 'Calls per month', before: 1200, after: 700, unit: 'calls', period: '2024', source: '' },
        { name: 'Complaints', before: null, after: 3, unit: 'per month', period: '', source: '' },
      ],
      contactUserId: null,
    });
  });

  it('places the API’s refusals at the form’s fields and rows', () => {
    const fieldOf = practiceFieldOf(filled);
    // The blank first rows were not sent: the API's first is the form's second.
    expect(fieldOf('body.metrics.0.after')).toBe('metrics-1-after');
    expect(fieldOf('body.evidence.0.url')).toBe('evidence-1-url');
    expect(fieldOf('body.contactUserId')).toBe('contactUserId');
    expect(practiceFieldKey('metrics-1-after')).toBe('practices.metric.error.after');
    expect(practiceFieldKey('evidence-3-url')).toBe('practices.form.error.evidenceUrl');
    expect(practiceFieldKey('contactUserId')).toBe('practices.form.error.contact');
  });
});
