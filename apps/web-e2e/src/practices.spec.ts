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

describe('practice exchange', () => {
  let browser: Browser;
  const tabs: TestPage[] = [];

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

    await signIn(page, path);
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
    await transferForm.getByRole('button', { name: 'Record transfer' }).click();
    await main
      .getByText('Your organisation’s transfer has been recorded.')
      .waitFor();
    await main
      .locator('sce-transfer-item', { hasText: 'City of Gothenburg' })
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
});
