import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  launchBrowser,
  openPage,
  visit,
  waitForTitle,
  type TestPage,
  type ViewportName,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

// Sofia Berg works for Gothenburg (SE); Aberdeen's (GB) chat assistant has no transfers in the
// demo data, so her organisation can take it up. No other journey signs her in to practices.
const password = process.env['E2E_DEMO_PASSWORD'] ?? 'exchange-demo';
const adopter = { email: 'sofia.berg@example.org', name: 'Sofia Berg' };
const practiceTitle = 'Chat assistant for bin collection questions';

async function signIn(page: Page, returnUrl: string): Promise<void> {
  await visit(page, `/sign-in?returnUrl=${encodeURIComponent(returnUrl)}`);
  const main = page.getByRole('main');
  await main.getByLabel('Email address').fill(adopter.email);
  await main.getByLabel('Password', { exact: true }).fill(password);
  await main.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: adopter.name })
    .waitFor();
  await page.waitForURL((url) => url.pathname === returnUrl);
}

async function announced(page: Page, text: string): Promise<void> {
  await page
    .locator('[aria-live="polite"]', { hasText: text })
    .waitFor({ state: 'attached' });
}

describe('practice exchange', () => {
  let browser: Browser;
  const tabs: TestPage[] = [];
  /** Sofia's tab once signed in (sign-in is rate-limited: the later journeys reuse it). */
  let signedIn: TestPage | undefined;
  let adoptedPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const tab of tabs) {
      await tab.close();
    }
    await browser.close();
  });

  async function tab(viewport: ViewportName): Promise<TestPage> {
    const opened = await openPage(browser, viewport);
    tabs.push(opened);
    return opened;
  }

  /** Sofia's signed-in tab: the one of the journey before, or a new one when that failed. */
  async function sofia(): Promise<TestPage> {
    if (signedIn === undefined) {
      const opened = await tab('desktop');
      await signIn(opened.page, '/practices');
      signedIn = opened;
    }
    return signedIn;
  }

  it('shows a visitor the showcase and a practice from it', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { page, errors } = await tab(viewport);
      const main = page.getByRole('main');
      await visit(page, '/showcase');
      await page
        .getByRole('heading', {
          level: 1,
          name: 'What works in the North Sea Region',
        })
        .waitFor();
      await waitForTitle(page, 'Showcase · Smart Cities Exchange');
      expect(
        await page.locator('meta[name="description"]').getAttribute('content'),
      ).toContain('Proven e-government practices');
      await main.getByText('practices shared').waitFor();
      await main
        .getByRole('heading', { level: 2, name: 'Recent transfers' })
        .waitFor();
      await main
        .getByRole('heading', { level: 3, name: 'Netherlands' })
        .waitFor();
      await expectNoAxeViolations(page, 'the showcase');
      await saveScreenshot(page, 'showcase', viewport);

      const first = main.locator('sce-practice-card h3 a').first();
      const title = (await first.textContent())?.trim() ?? '';
      await first.click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await waitForTitle(page, `${title} · Smart Cities Exchange`);
      await main.getByRole('heading', { level: 2, name: 'Outcomes' }).waitFor();
      await main
        .getByRole('heading', { level: 2, name: 'Evaluations' })
        .waitFor();
      await main
        .getByText('Sign in to record a transfer or evaluate this practice.')
        .waitFor();
      await expectNoAxeViolations(page, 'a practice page');
      await saveScreenshot(page, 'practice', viewport);
      expect(errors).toEqual([]);
    }
  });

  it('lets a member record a transfer and an evaluation that the insights then reflect', async () => {
    const { page, errors } = await tab('desktop');
    const main = page.getByRole('main');
    const found = await page.request.get(
      `/api/practices?q=${encodeURIComponent('bin collection')}`,
    );
    const { items } = (await found.json()) as {
      items: { id: string; title: string }[];
    };
    const practice = items.find((item) => item.title === practiceTitle);
    expect(practice).toBeDefined();
    const path = `/practices/${practice?.id ?? ''}`;
    adoptedPath = path;

    await signIn(page, path);
    signedIn = { page, errors, close: () => Promise.resolve() };

    await page
      .getByRole('heading', { level: 1, name: practiceTitle })
      .waitFor();

    // Record a transfer: Gothenburg starts exploring Aberdeen's practice.
    const transferForm = main.locator('sce-transfer-form');
    await transferForm.getByRole('radio', { name: 'Exploring' }).check();
    await transferForm
      .getByLabel('Note (optional)')
      .fill('Looking at it for our waste service.');
    await transferForm
      .getByLabel('Success factors (optional)')
      .fill('Clear FAQ content, open API');
    // The impact measured so far, a metric like the practice's outcomes.
    await transferForm.getByRole('button', { name: 'Add an impact measure' }).click();
    const impact = transferForm.getByRole('group', { name: 'Impact measure 1' });
    await impact.getByLabel('What was measured').fill('Calls about bin days');
    await impact.getByLabel('Value before (optional)').fill('640');
    await impact.getByLabel('Value after', { exact: true }).fill('410');
    await impact.getByLabel('Unit', { exact: true }).fill('calls per month');
    await transferForm.getByRole('button', { name: 'Record transfer' }).click();
    await main
      .getByText('Your organisation’s transfer has been recorded.')
      .waitFor();
    const ours = main.locator('sce-transfer-item', { hasText: 'City of Gothenburg' });
    await ours
      .getByRole('table', { name: 'Impact measured by City of Gothenburg' })
      .getByRole('rowheader', { name: 'Calls about bin days' })
      .waitFor();

    // Evaluate it.
    const evaluation = main.locator('sce-evaluation-form');
    for (const [dimension, label] of [
      ['Effectiveness', '5, excellent'],
      ['User satisfaction', '4, very good'],
      ['Cost efficiency', '5, excellent'],
      ['Ease of transfer', '4, very good'],
    ] as const) {
      await evaluation
        .getByRole('group', { name: dimension })
        .getByLabel(label)
        .check();
    }
    await evaluation
      .getByLabel('What are your scores based on?')
      .selectOption('internal_evaluation');
    await evaluation
      .getByLabel('Comment (optional)')
      .fill('Residents found answers quickly.');
    await evaluation.getByRole('button', { name: 'Save evaluation' }).click();
    await evaluation.getByText('Your evaluation has been saved.').waitFor();
    await main.getByText('Residents found answers quickly.').waitFor();
    await expectNoAxeViolations(page, 'a practice page with the forms');
    await saveScreenshot(page, 'practice-signed-in', 'desktop');

    // The insights show the new flow and the practice among the rated ones.
    await page
      .getByRole('banner')
      .getByRole('link', { name: 'Insights' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'What works' }).waitFor();
    await waitForTitle(page, 'Insights · Smart Cities Exchange');
    await main
      .locator('#flows tbody tr', { hasText: 'United Kingdom' })
      .filter({ hasText: 'Sweden' })
      .waitFor();
    await main
      .locator('#by-score tbody tr', { hasText: practiceTitle })
      .waitFor();
    await expectNoAxeViolations(page, 'the insights');
    await saveScreenshot(page, 'insights', 'desktop');
    expect(errors).toEqual([]);

    const phone = await tab('phone');
    await visit(phone.page, '/insights');
    await phone.page.locator('#flows').waitFor();
    await saveScreenshot(phone.page, 'insights', 'phone');
  });

  it('lets the adopting organisation move its transfer on, with a note and its impact', async () => {
    const { page, errors } = await sofia();
    const main = page.getByRole('main');
    await visit(page, adoptedPath);
    const ours = main.locator('sce-transfer-item', { hasText: 'City of Gothenburg' });
    await ours
      .getByRole('button', { name: 'Update this transfer (City of Gothenburg)' })
      .click();
    // Focus goes into the form, to its first field.
    const stage = ours.getByLabel('New stage', { exact: true });
    await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
    await stage.selectOption({ label: 'Piloting' });
    await ours
      .getByLabel('Note on the new stage (optional)')
      .fill('Pilot in two districts from March.');
    await ours.getByRole('group', { name: 'Impact measure 1' }).getByLabel('Value after', { exact: true }).fill('380');
    await expectNoAxeViolations(page, 'a practice page with the transfer update form');
    await saveScreenshot(page, 'transfer-update', 'desktop');
    await ours.getByRole('button', { name: 'Save transfer' }).click();
    await announced(
      page,
      'The transfer to City of Gothenburg has been updated (stage: Piloting).',
    );
    await ours.getByText('Pilot in two districts from March.').waitFor();
    await ours.getByRole('cell', { name: '640 → 380' }).waitFor();
    // The form has closed and focus is back on its button.
    await page.waitForFunction(
      () => document.activeElement?.classList.contains('update-toggle') === true,
    );
    expect(errors).toEqual([]);
  });

  it('lets a member share a practice of their organisation and edit it', async () => {
    const { page, errors } = await sofia();
    const main = page.getByRole('main');
    const title = `Plain-language permit letters ${Date.now().toString(36)}`;

    await visit(page, '/practices');
    await main.getByRole('link', { name: 'Share a practice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Share a practice' }).waitFor();
    await waitForTitle(page, 'Share a practice · Smart Cities Exchange');
    await expectNoAxeViolations(page, 'the new-practice form');

    // Sent empty, the form says what to fix and moves focus to the first field.
    await main.getByRole('button', { name: 'Share practice' }).click();
    await main.getByRole('alert').getByText('Enter a title of 3 to 200 characters.').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'practice-title');
    await expectNoAxeViolations(page, 'the new-practice form with problems');
    await saveScreenshot(page, 'new-practice-problems', 'desktop', false);

    await main.getByLabel('Title', { exact: true }).fill(title);
    await main
      .getByLabel('Summary', { exact: true })
      .fill('Permit letters rewritten with residents, so that fewer of them call.');
    await main.getByLabel('Service domain').selectOption({ label: 'Permits and licences' });
    await main.getByRole('group', { name: 'Maturity' }).getByLabel('Pilot').check();
    const channels = main.getByRole('group', { name: 'Channels (optional)' });
    await channels.getByLabel('Web').check();
    await channels.getByLabel('Service counter').check();
    await main.getByLabel('The problem (optional)').fill('Residents did not understand the letters.');
    await main.getByRole('button', { name: 'Add an outcome' }).click();
    const outcome = main.getByRole('group', { name: 'Outcome 1' });
    await page.waitForFunction(() => document.activeElement?.id === 'practice-metrics-0-name');
    await outcome.getByLabel('What was measured').fill('Calls about permit letters');
    await outcome.getByLabel('Value before (optional)').fill('1200');
    await outcome.getByLabel('Value after', { exact: true }).fill('700');
    await outcome.getByLabel('Unit', { exact: true }).fill('calls per month');
    await main.getByRole('button', { name: 'Add evidence' }).click();
    const evidence = main.getByRole('group', { name: 'Evidence 1' });
    await evidence.getByLabel('Description').fill('Evaluation of the pilot');
    await evidence.getByLabel('Link (optional)').fill('https://gothenburg.example.org/letters');
    await main
      .getByRole('group', { name: 'What it takes to transfer' })
      .getByLabel('Language', { exact: true })
      .fill('Letters to translate, tested again with residents.');
    await main.getByRole('combobox', { name: 'Contact person (optional)' }).fill('Sofia');
    await main.getByRole('option', { name: 'Sofia Berg, City of Gothenburg' }).click();
    await expectNoAxeViolations(page, 'the new-practice form, filled in');
    await saveScreenshot(page, 'new-practice', 'desktop');
    await main.getByRole('button', { name: 'Share practice' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForTitle(page, `${title} · Smart Cities Exchange`);
    await announced(page, `Your practice “${title}” has been shared.`);
    await main.getByRole('rowheader', { name: 'Calls about permit letters' }).waitFor();
    await main.getByRole('link', { name: 'Evaluation of the pilot' }).waitFor();
    await main.getByText('Sofia Berg, City of Gothenburg').waitFor();
    const practicePath = new URL(page.url()).pathname;

    // Its owner edits it: a second outcome, whose number the form refuses first.
    await main.getByRole('link', { name: 'Edit practice' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit practice' }).waitFor();
    await waitForTitle(page, `Edit ${title} · Smart Cities Exchange`);
    expect(await main.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
    await main.getByRole('group', { name: 'Maturity' }).getByLabel('In production').check();
    await main.getByRole('button', { name: 'Add an outcome' }).click();
    const second = main.getByRole('group', { name: 'Outcome 2' });
    await second.getByLabel('What was measured').fill('Complaints');
    await second.getByLabel('Value after', { exact: true }).fill('about half');
    await second.getByLabel('Unit', { exact: true }).fill('per month');
    await main.getByRole('button', { name: 'Save changes' }).click();
    await main
      .getByRole('alert')
      .getByText('Outcome 2: Enter the value after as a number, such as 12.5.')
      .waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'practice-metrics-1-after');
    await expectNoAxeViolations(page, 'the edit-practice form with problems');
    await saveScreenshot(page, 'edit-practice-problems', 'desktop', false);
    await second.getByLabel('Value after', { exact: true }).fill('4');
    await main.getByRole('button', { name: 'Save changes' }).click();

    await page.waitForURL((url) => url.pathname === practicePath);
    await announced(page, `Your changes to “${title}” have been saved.`);
    await main.getByRole('rowheader', { name: 'Complaints' }).waitFor();
    await main.getByText('In production').waitFor();
    await expectNoAxeViolations(page, 'a practice its owner has edited');
    await saveScreenshot(page, 'practice-owner', 'desktop');

    // On a phone's width, the form fits: no sideways scrolling.
    await visit(page, `${practicePath}/edit`);
    await page.setViewportSize({ width: 390, height: 844 });
    await main.getByRole('group', { name: 'Outcome 2' }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'edit-practice', 'phone');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(errors).toEqual([]);
  });
});
