import { expectNoAxeViolations } from './support/axe';
import {
  htmlLang,
  useBrowserTab,
  viewportNames,
  visit,
  waitForHtmlLang,
  waitForTitle,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

describe.each(viewportNames)('language switch on a %s', (viewport) => {
  const tab = useBrowserTab(viewport);

  it('switches to Nederlands, sets <html lang> and remembers the choice', async () => {
    const { page, errors } = tab();
    await visit(page, '/');
    expect(await htmlLang(page)).toBe('en');
    const banner = page.getByRole('banner');

    await page.getByLabel('Language').selectOption('nl');
    await waitForHtmlLang(page, 'nl');
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Deel wat werkt in digitale overheidsdiensten',
      })
      .waitFor();
    await banner.getByRole('link', { name: 'Over ons', exact: true }).waitFor();
    await waitForTitle(page, 'Gemeenschappen · Smart Cities Exchange');
    const communities = page
      .getByRole('region', { name: 'Gemeenschappen' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await communities.first().waitFor();

    await expectNoAxeViolations(page, `the home page in Dutch (${viewport})`);
    await saveScreenshot(page, 'home-nl', viewport);

    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByLabel('Taal').waitFor();
    await waitForHtmlLang(page, 'nl');

    await banner.getByRole('link', { name: 'Over ons', exact: true }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Over Smart Cities Exchange' })
      .waitFor();
    await waitForTitle(page, 'Over ons · Smart Cities Exchange');
    await expectNoAxeViolations(page, `the About page in Dutch (${viewport})`);
    await saveScreenshot(page, 'about-nl', viewport);

    await page.getByLabel('Taal').selectOption('en');
    await waitForHtmlLang(page, 'en');
    await page
      .getByRole('heading', { level: 1, name: 'About Smart Cities Exchange' })
      .waitFor();
    expect(errors).toEqual([]);
  });
});
