import { expectNoAxeViolations } from './support/axe';
import {
  useBrowserTab,
  viewportNames,
  visit,
  waitForTitle,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

/** The browser logs each 4xx answer as a console error; an unknown organisation gives two. */
const notFound =
  /Failed to load resource: the server responded with a status of 404/;

describe.each(viewportNames)('organisation pages on a %s', (viewport) => {
  const tab = useBrowserTab(viewport);

  it('lists the organisations, finds one by name and shows it with its members', async () => {
    const { page, errors } = tab();
    const main = page.getByRole('main');
    await visit(page, '/');
    const navLink = page
      .getByRole('banner')
      .getByRole('link', { name: 'Organisations', exact: true });
    if (viewport === 'phone') {
      await navLink.tap();
    } else {
      await navLink.click();
    }

    await page.waitForURL((url) => url.pathname === '/organisations');
    await page
      .getByRole('heading', { level: 1, name: 'Organisations' })
      .waitFor();
    await waitForTitle(page, 'Organisations · Smart Cities Exchange');
    expect(await navLink.getAttribute('aria-current')).toBe('page');
    const table = main.getByRole('table', {
      name: 'Organisations in the network, by name',
    });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual([
      'Name',
      'Kind',
      'Place',
      'Members',
    ]);
    expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(11);
    await table
      .getByRole('rowheader', { name: 'Aarhus Municipality' })
      .waitFor();
    await expectNoAxeViolations(page, `the organisations page (${viewport})`);
    await saveScreenshot(page, 'organisations', viewport);

    await main.getByLabel('Name contains').fill('gron');
    await main.getByLabel('Name contains').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'gron');
    const found = main.getByRole('table', {
      name: 'Organisations whose name contains “gron”',
    });
    await found.waitFor();
    expect(await found.getByRole('rowheader').allTextContents()).toEqual([
      'Municipality of Groningen',
    ]);
    await main
      .getByRole('status')
      .getByText('Showing 1 organisation')
      .waitFor();

    await found
      .getByRole('link', { name: 'Municipality of Groningen' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Municipality of Groningen' })
      .waitFor();
    await waitForTitle(
      page,
      'Municipality of Groningen · Smart Cities Exchange',
    );
    await main.getByText('Municipality in Groningen, Netherlands').waitFor();
    const website = main.getByRole('link', {
      name: 'https://groningen.example.org/',
    });
    expect(await website.getAttribute('href')).toBe(
      'https://groningen.example.org/',
    );
    expect(await website.getAttribute('rel')).toContain('noopener');
    const members = main.getByRole('region', { name: 'Members' });
    const pieter = members
      .getByRole('listitem')
      .filter({
        has: page.getByRole('heading', { level: 3, name: 'Pieter de Vries' }),
      });
    await pieter.waitFor();
    await pieter.getByText('Moderator').waitFor();
    await pieter.getByText('eID', { exact: true }).waitFor();
    await expectNoAxeViolations(page, `an organisation's page (${viewport})`);
    await saveScreenshot(page, 'organisation', viewport);

    // Back, and a reload of the deep link works.
    await page.goBack();
    await found.waitFor();
    await page.goForward();
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page
      .getByRole('heading', { level: 1, name: 'Municipality of Groningen' })
      .waitFor();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= screen.width,
      ),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it('says so for an organisation that does not exist', async () => {
    const { page, errors } = tab();
    await visit(page, '/organisations/00000000-0000-4000-8000-000000000000');
    await page
      .getByRole('heading', { level: 1, name: 'Organisation not found' })
      .waitFor();
    await waitForTitle(page, 'Organisation not found · Smart Cities Exchange');
    await expectNoAxeViolations(
      page,
      `the organisation-not-found page (${viewport})`,
    );
    await page
      .getByRole('main')
      .getByRole('link', { name: 'All organisations' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Organisations' })
      .waitFor();
    expect(errors.filter((error) => !notFound.test(error))).toEqual([]);
  });
});
