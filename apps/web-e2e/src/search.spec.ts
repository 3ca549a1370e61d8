import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  useBrowserTab,
  visit,
  waitForAttribute,
  waitForTitle,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

// The demo data holds a Dutch sample thread by Pieter de Vries (Groningen, NL) in the public
// Digital Identity community, with a reply by Lotte Janssens (West Flanders, BE). Search stems
// Dutch: "gemeenten" finds both ("gemeente", "gemeenten"). A visitor may search.
const threadTitle =
  'Parkeervergunning aanvragen met DigiD: hoe doet uw gemeente het?';

/** Waits until the results page's live region says something containing `text`. */
async function status(page: Page, text: string | RegExp): Promise<void> {
  await page
    .getByRole('main')
    .locator('[role="status"][aria-live="polite"]', { hasText: text })
    .waitFor();
}

describe('search', () => {
  const tab = useBrowserTab('desktop');

  it('searches from the header, filters by country and opens a result', async () => {
    const { page, errors } = tab();
    const main = page.getByRole('main');
    await visit(page, '/');

    // The header's search box: a labelled combobox in a search landmark.
    const box = page
      .getByRole('banner')
      .getByRole('combobox', { name: 'Search the exchange' });
    await box.click();
    await box.pressSequentially('gemeenten', { delay: 30 });
    await box.press('Enter');
    await page.waitForURL(
      (url) =>
        url.pathname === '/search' && url.searchParams.get('q') === 'gemeenten',
    );
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await waitForTitle(page, 'Search · Smart Cities Exchange');
    await status(page, /results? for “gemeenten”/);
    expect(await main.getByLabel('Search for').inputValue()).toBe('gemeenten');

    // Both the thread and the reply are found, the matched words highlighted.
    const results = main.locator('.hit');
    expect(await results.count()).toBeGreaterThanOrEqual(2);
    await main.locator('.snippet mark').first().waitFor();
    await main.getByRole('link', { name: threadTitle }).first().waitFor();
    await expectNoAxeViolations(page, 'the search results');
    await saveScreenshot(page, 'search-results', 'desktop');

    // Filter by country: only Belgium's (Lotte's reply) stays.
    await main.getByRole('radio', { name: /^Belgium \(\d+\)$/ }).check();
    await main.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.get('country') === 'BE');
    await status(page, /results? for “gemeenten”/);
    await main.getByText('Lotte Janssens', { exact: false }).first().waitFor();
    const metas = await main.locator('.hit .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) {
      expect(meta).toContain('Belgium');
    }
    expect(
      await main.getByRole('radio', { name: /^Belgium/ }).isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'the search results filtered by country');

    // Open the reply: its thread, at the post.
    await main.getByRole('link', { name: threadTitle }).first().click();
    await page.waitForURL(
      (url) =>
        url.pathname.startsWith('/threads/') && url.searchParams.has('post'),
    );
    await page.getByRole('heading', { level: 1, name: threadTitle }).waitFor();
    await main
      .getByText('In West-Vlaanderen doen verschillende gemeenten dit al')
      .waitFor();
    await expectNoAxeViolations(
      page,
      'a thread opened from the search results',
    );
    expect(errors).toEqual([]);
  });

  it('narrows the results to a result’s author and widens them again with the chip', async () => {
    const { page, errors } = tab();
    const main = page.getByRole('main');
    await visit(page, '/search?q=gemeenten');
    await status(page, /results? for “gemeenten”/);
    await main.getByText('Pieter de Vries').first().waitFor();

    // The reply's author links to the same search narrowed to her.
    await main
      .getByRole('link', { name: 'Results by Lotte Janssens' })
      .first()
      .click();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('q') === 'gemeenten' &&
        url.searchParams.has('author'),
    );
    const chips = main.getByRole('list', { name: 'Active filters' });
    const chip = chips.getByRole('button', {
      name: 'Remove filter Author: Lotte Janssens',
    });
    await chip.waitFor();
    // Only hers remain (Pieter's thread goes once the narrower results are in).
    await main
      .locator('.hit', { hasText: 'Pieter de Vries' })
      .first()
      .waitFor({ state: 'hidden' });
    await status(page, /results? for “gemeenten”/);
    const metas = await main.locator('.hit .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) {
      expect(meta).toContain('Lotte Janssens');
    }
    await expectNoAxeViolations(page, 'the search results narrowed to an author');

    // Removing the chip widens the search again (focus moves to <main>, as after any navigation).
    await chip.click();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('q') === 'gemeenten' &&
        !url.searchParams.has('author'),
    );
    await chips.waitFor({ state: 'detached' });
    await main.getByText('Pieter de Vries').first().waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'main');

    // Back returns to the narrowed search, chip and all.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.has('author'));
    await chip.waitFor();
    expect(errors).toEqual([]);
  });

  it('suggests titles while typing, and opens one with the keyboard', async () => {
    const { page, errors } = tab();
    await visit(page, '/');
    const box = page
      .getByRole('banner')
      .getByRole('combobox', { name: 'Search the exchange' });
    await box.click();
    await box.pressSequentially('Parkeerverg', { delay: 30 });

    const listbox = page.getByRole('listbox', { name: 'Suggestions' });
    const option = listbox.getByRole('option', {
      name: new RegExp(`^${threadTitle.replace(/[?]/g, '\\?')}`),
    });
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(page, 'the search suggestions');

    // ArrowDown highlights the first suggestion (focus stays in the field), Enter opens it.
    await box.press('ArrowDown');
    await waitForAttribute(
      box,
      'aria-activedescendant',
      await listbox.getByRole('option').first().getAttribute('id'),
    );
    expect(
      await box.evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/threads/'));
    await page.getByRole('heading', { level: 1, name: threadTitle }).waitFor();

    // Escape closes the list without leaving the field.
    await box.click();
    await box.pressSequentially('Parkeerverg', { delay: 30 });
    await option.waitFor();
    await box.press('Escape');
    await waitForAttribute(box, 'aria-expanded', 'false');
    await listbox.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('explains a query the API refuses next to the field', async () => {
    const { page, errors } = tab();
    const main = page.getByRole('main');
    // Longer than the 300 characters the API takes (the field itself stops at 300): a 400.
    await visit(page, `/search?q=${encodeURIComponent('wallet '.repeat(50))}`);
    await main
      .getByRole('alert')
      .filter({ hasText: 'This search cannot be run' })
      .waitFor();
    const field = main.getByLabel('Search for');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain(
      'search-q-error',
    );
    await expectNoAxeViolations(page, 'a search the API refused');
    // Chromium logs the refused request (400) as a console error; nothing else may fail.
    expect(errors.filter((error) => !error.includes('400'))).toEqual([]);
  });
});
