import type { Browser } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  launchBrowser,
  openPage,
  viewportNames,
  visit,
  waitForTitle,
  type TestPage,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

describe.each(viewportNames)('home page on a %s', (viewport) => {
  let browser: Browser;
  let tab: TestPage;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    tab = await openPage(browser, viewport);
  });
  afterEach(async () => {
    await tab.close();
  });

  it('shows the communities a visitor may see', async () => {
    const { page, errors } = tab;
    await visit(page, '/');
    await waitForTitle(page, 'Communities · Smart Cities Exchange');

    const communities = page
      .getByRole('region', { name: 'Communities' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await communities.nth(1).waitFor();
    expect(await communities.count()).toBeGreaterThanOrEqual(2);
    expect(
      await communities.filter({ hasText: 'Open Data' }).count(),
    ).toBeGreaterThanOrEqual(1);

    await expectNoAxeViolations(page, `the home page (${viewport})`);
    await saveScreenshot(page, 'home', viewport);
    expect(errors).toEqual([]);
  });
});
