import { expectNoAxeViolations } from './support/axe';
import {
  activeElementId,
  useBrowserTab,
  viewportNames,
  visit,
  waitForTitle,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

describe.each(viewportNames)('navigation on a %s', (viewport) => {
  const tab = useBrowserTab(viewport);

  it('reaches About from the header link, and the deep link survives a reload', async () => {
    const { page, errors } = tab();
    await visit(page, '/');
    const aboutLink = page
      .getByRole('banner')
      .getByRole('link', { name: 'About', exact: true });
    await aboutLink.click();

    await page.waitForURL((url) => url.pathname === '/about');
    await page
      .getByRole('heading', { level: 1, name: 'About Smart Cities Exchange' })
      .waitFor();
    await waitForTitle(page, 'About · Smart Cities Exchange');
    expect(await aboutLink.getAttribute('aria-current')).toBe('page');
    // After an in-app navigation focus moves to <main>, where a screen reader starts reading.
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    expect(await activeElementId(page)).toBe('main');

    await expectNoAxeViolations(page, `the About page (${viewport})`);
    await saveScreenshot(page, 'about', viewport);

    await page.reload({ waitUntil: 'domcontentloaded' });
    await page
      .getByRole('heading', { level: 1, name: 'About Smart Cities Exchange' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/about');
    expect(errors).toEqual([]);
  });

  it('shows a not-found page for an unknown path', async () => {
    const { page, errors } = tab();
    await visit(page, '/no/such/page');
    await page
      .getByRole('heading', { level: 1, name: 'Page not found' })
      .waitFor();
    await waitForTitle(page, 'Page not found · Smart Cities Exchange');

    await expectNoAxeViolations(page, `the not-found page (${viewport})`);
    await saveScreenshot(page, 'not-found', viewport);

    await page
      .getByRole('main')
      .getByRole('link', { name: 'Go to the home page' })
      .click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('region', { name: 'Communities' }).waitFor();
    expect(errors).toEqual([]);
  });
});
