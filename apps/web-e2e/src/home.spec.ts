import { expectNoAxeViolations } from './support/axe';
import {
  useBrowserTab,
  viewportNames,
  visit,
  waitForTitle,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

describe.each(viewportNames)('home page on a %s', (viewport) => {
  const tab = useBrowserTab(viewport);

  it('shows the communities a visitor may see', async () => {
    const { page, errors } = tab();
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
