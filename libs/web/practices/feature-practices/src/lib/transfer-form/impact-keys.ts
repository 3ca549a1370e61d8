import type { MetricFieldKeys } from '../metric-fields/metric-fields';

/** The texts of a transfer's measured impact (the metric fields of both transfer forms). */
export const impactKeys: MetricFieldKeys = {
  legend: 'practices.transferForm.impact.legend',
  hint: 'practices.transferForm.impact.hint',
  item: 'practices.transferForm.impact.item',
  add: 'practices.transferForm.impact.add',
  remove: 'practices.transferForm.impact.remove',
  empty: 'practices.transferForm.impact.empty',
};
