import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function describeViolations(results: AxeResults): string {
  return results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const target = node.target.map(String).join(' ');
          const summary = (node.failureSummary ?? '').replace(
            /\n/g,
            '\n        ',
          );
          return `    - ${target}\n        ${summary}`;
        })
        .join('\n');
      return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Runs axe-core with the WCAG 2.1 A and AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(
  page: Page,
  label: string,
): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  if (results.violations.length > 0) {
    throw new Error(
      `axe found ${results.violations.length} WCAG 2.1 AA violation(s) on ${label} (${page.url()}):\n` +
        describeViolations(results),
    );
  }
}
