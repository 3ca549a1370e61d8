import { readFile } from 'node:fs/promises';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  launchBrowser,
  openPage,
  visit,
  waitForTitle,
  type TestPage,
  type ViewportName,
} from './support/browser';
import { largerPdf, minimalPdf } from './support/sample-files';
import { screenshotDir } from './support/env';
import { saveScreenshot } from './support/screenshots';

// The API limits sign-ins per account: this journey signs in once per viewport.
const password = process.env['E2E_DEMO_PASSWORD'] ?? 'exchange-demo';
const member = { email: 'member@example.org', name: 'Tom Ashworth' };
const community = 'Digital Identity & Trust Services';
const libraryPath = '/communities/digital-identity/documents';
const libraryHeading = `Documents of ${community}`;

async function signIn(page: Page, returnUrl: string): Promise<void> {
  await visit(page, `/sign-in?returnUrl=${encodeURIComponent(returnUrl)}`);
  const main = page.getByRole('main');
  await main.getByLabel('Email address').fill(member.email);
  await main.getByLabel('Password', { exact: true }).fill(password);
  await main.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: member.name })
    .waitFor();
  await page.waitForURL((url) => url.pathname === returnUrl);
}

async function announced(page: Page, text: string): Promise<void> {
  await page
    .locator('[aria-live="polite"]', { hasText: text })
    .waitFor({ state: 'attached' });
}

/** Waits for a dialog to be there and done fading in (axe measures contrast as it is shown). */
async function openedDialog(page: Page, name: string): Promise<Locator> {
  const found = page.getByRole('dialog', { name });
  await found.waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('.mdc-dialog--open:not(.mdc-dialog--opening)') !==
      null,
  );
  return found;
}

/** Slows uploads down (Chromium's network emulation), so that progress can be watched. */
async function limitUploads(
  cdp: CDPSession,
  bytesPerSecond: number | null,
): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond ?? -1,
  });
}

/**
 * Starts a slow upload of a larger file, saves a screenshot while it runs, cancels it and checks
 * that nothing was kept.
 */
async function cancelSlowUpload(
  page: Page,
  form: Locator,
  viewport: ViewportName,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await limitUploads(cdp, 24 * 1024);
  const name = `slow-upload-${Date.now().toString(36)}`;
  await form.getByLabel('Choose a file').setInputFiles({
    name: `${name}.pdf`,
    mimeType: 'application/pdf',
    buffer: largerPdf(name, 240),
  });
  await form.getByText(`Chosen: ${name}.pdf`).waitFor();
  // The title is taken from the file name.
  const title = `S${name.slice(1)}`;
  expect(await form.getByLabel('Title', { exact: true }).inputValue()).toBe(
    title,
  );
  await form.getByRole('button', { name: 'Share document' }).click();
  const progress = form.getByRole('progressbar', { name: 'Uploading…' });
  await progress.waitFor();
  await page.waitForFunction(
    () =>
      Number(document.querySelector('progress')?.getAttribute('value') ?? 0) >
      0,
  );
  expect(await progress.getAttribute('aria-valuetext')).toMatch(
    /^\d+% · .+ of 2\d\d kB$/,
  );
  await expectNoAxeViolations(page, `an upload in progress (${viewport})`);
  await saveScreenshot(page, 'document-upload', viewport);
  await form.getByRole('button', { name: 'Cancel upload' }).click();
  await form.getByRole('progressbar', { name: 'Upload cancelled' }).waitFor();
  await announced(page, 'The upload has been cancelled. Nothing was kept.');
  await limitUploads(cdp, null);
  await cdp.detach();
  await page.getByRole('main').getByRole('link', { name: title }).waitFor({
    state: 'detached',
  });
}

describe('documents with versions', () => {
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

  it('shares a PDF, uploads a second version and downloads both from the history', async () => {
    const stamp = Date.now().toString(36);
    const title = `Pilot evaluation of the wallet app (${stamp})`;
    const first = minimalPdf([
      title,
      '',
      'First draft: results from Aberdeen.',
    ]);
    const second = minimalPdf([
      title,
      '',
      'Second version: results from Aberdeen and Aarhus.',
      'Adds the Danish figures.',
    ]);

    const desktop = await tab('desktop');
    const page = desktop.page;
    const main = page.getByRole('main');

    // From the community page to its library.
    await signIn(page, '/communities/digital-identity');
    await page.getByRole('heading', { level: 1, name: community }).waitFor();
    await main.getByRole('link', { name: 'Documents', exact: true }).click();
    await page.waitForURL((url) => url.pathname === libraryPath);
    await page
      .getByRole('heading', { level: 1, name: libraryHeading })
      .waitFor();
    await waitForTitle(page, `${libraryHeading} · Smart Cities Exchange`);
    const demo = main.getByRole('listitem').filter({
      has: page.getByRole('link', {
        name: 'Survey report: trust in digital identity wallets (sample)',
      }),
    });
    await demo.waitFor();
    await demo.getByText('2 versions').waitFor();
    await demo.getByRole('link', { name: 'a thread' }).waitFor();
    await expectNoAxeViolations(page, 'the document library');
    await saveScreenshot(page, 'documents', 'desktop');

    // The research thread it is attached to lists it, and members may attach more there.
    await demo.getByRole('link', { name: 'a thread' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/threads/'));
    const attached = main.getByRole('region', { name: 'Documents' });
    await attached
      .getByRole('link', {
        name: 'Survey report: trust in digital identity wallets (sample)',
        exact: true,
      })
      .waitFor();
    await attached
      .getByRole('link', {
        name: /^Download “Survey report: trust in digital identity wallets \(sample\)” \(PDF, /,
      })
      .waitFor();
    await attached.getByRole('button', { name: 'Attach a document' }).waitFor();
    await expectNoAxeViolations(page, 'a thread with its documents');
    await attached.screenshot({
      path: `${screenshotDir}/thread-documents-desktop.png`,
    });

    // So does the webinar the open data checklist belongs to.
    await visit(page, '/communities/open-data/documents');
    const checklist = main.getByRole('listitem').filter({
      has: page.getByRole('link', {
        name: 'Checklist: publishing to a national access point (sample)',
      }),
    });
    await checklist.getByRole('link', { name: 'an event' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/events/'));
    await main
      .getByRole('region', { name: 'Documents' })
      .getByRole('link', {
        name: 'Checklist: publishing to a national access point (sample)',
        exact: true,
      })
      .waitFor();
    await expectNoAxeViolations(page, 'an event with its documents');
    await visit(page, libraryPath);
    await demo.waitFor();

    // Filter by kind of file: the demo library has no images.
    await main.getByLabel('Kind of file').selectOption('image');
    await main.getByRole('button', { name: 'Show documents' }).click();
    await page.waitForURL((url) => url.searchParams.get('type') === 'image');
    await main.getByText('No documents match these filters.').waitFor();
    await main.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('type'));
    await demo.waitFor();

    // The share form; an upload on a slow line shows its progress and can be cancelled.
    const share = main.getByRole('button', { name: 'Share a document' });
    await share.click();
    const form = main.getByRole('region', { name: 'Share a document' });
    await form.waitFor();
    expect(await share.getAttribute('aria-expanded')).toBe('true');
    await cancelSlowUpload(page, form, 'desktop');

    // Share the PDF: the title comes from the file name, then is changed.
    await form.getByLabel('Choose a file').setInputFiles({
      name: `pilot_evaluation-${stamp}.pdf`,
      mimeType: 'application/pdf',
      buffer: first,
    });
    await form.getByText(`Chosen: pilot_evaluation-${stamp}.pdf`).waitFor();
    expect(await form.getByLabel('Title', { exact: true }).inputValue()).toBe(
      `Pilot evaluation-${stamp}`,
    );
    await form.getByLabel('Title', { exact: true }).fill(title);
    await form.getByLabel('Tags (optional)').fill('Evaluation, wallets');
    await form.getByLabel('Licence').selectOption('CC0-1.0');
    await form.getByRole('button', { name: 'Share document' }).click();
    await form.getByRole('progressbar', { name: 'Upload complete' }).waitFor();
    expect(await form.getByRole('progressbar').getAttribute('value')).toBe(
      '100',
    );
    await form
      .getByRole('status')
      .getByText(`“${title}” has been shared.`)
      .waitFor();
    await announced(page, `“${title}” has been shared.`);
    const shared = main.getByRole('listitem').filter({
      has: page.getByRole('link', { name: title, exact: true }),
    });
    await shared.waitFor();
    await shared.getByText('1 version').waitFor();
    await shared.getByText('Shared by Tom Ashworth').waitFor();
    await expectNoAxeViolations(page, 'the library after sharing a document');

    // Its page; a second version with a note on what changed.
    await shared.getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForTitle(page, `${title} · Smart Cities Exchange`);
    await main.getByText('CC0 1.0 (public domain)').waitFor();
    await main.getByRole('button', { name: 'Upload a new version' }).click();
    const versionForm = main.locator('#version-panel');
    await versionForm.getByLabel('Choose a file').setInputFiles({
      name: `pilot_evaluation-${stamp}-v2.pdf`,
      mimeType: 'application/pdf',
      buffer: second,
    });
    await versionForm
      .getByLabel('What changed (optional)')
      .fill('Adds the Danish figures.');
    await versionForm.getByRole('button', { name: 'Upload version' }).click();
    await versionForm.getByText('Version 2 has been uploaded.').waitFor();
    await main
      .getByRole('heading', { level: 2, name: 'Current version (version 2)' })
      .waitFor();
    await main.getByText('Adds the Danish figures.').first().waitFor();
    await expectNoAxeViolations(page, 'the document page');
    await saveScreenshot(page, 'document', 'desktop');

    // The version history, each version downloaded from its own link.
    await main.getByRole('button', { name: 'Version history (2)' }).click();
    const history = await openedDialog(page, `Versions of “${title}”`);
    await history
      .getByRole('heading', { level: 3, name: 'Version 2 (current)' })
      .waitFor();
    await history
      .getByRole('heading', { level: 3, name: 'Version 1' })
      .waitFor();
    await history.getByText('Adds the Danish figures.').waitFor();
    await expectNoAxeViolations(page, 'the version history');
    await saveScreenshot(page, 'version-history', 'desktop', false);
    for (const [n, bytes, name] of [
      [2, second, `pilot_evaluation-${stamp}-v2.pdf`],
      [1, first, `pilot_evaluation-${stamp}.pdf`],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        history.getByRole('link', { name: `Download version ${n}` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const saved = await readFile(await download.path());
      expect(saved.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(saved.length).toBe(bytes.length);
      expect(saved.equals(bytes)).toBe(true);
    }
    await history.getByRole('button', { name: 'Close' }).click();
    await history.waitFor({ state: 'detached' });

    // The same on a phone.
    const phone = await tab('phone');
    const small = phone.page;
    await signIn(small, libraryPath);
    await small
      .getByRole('heading', { level: 1, name: libraryHeading })
      .waitFor();
    await small
      .getByRole('main')
      .getByRole('link', { name: title, exact: true })
      .waitFor();
    await expectNoAxeViolations(small, 'the document library on a phone');
    await saveScreenshot(small, 'documents', 'phone');
    expect(
      await small.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(small.viewportSize()?.width ?? 390);
    await small
      .getByRole('main')
      .getByRole('button', { name: 'Share a document' })
      .click();
    await cancelSlowUpload(
      small,
      small.getByRole('main').getByRole('region', { name: 'Share a document' }),
      'phone',
    );
    await small
      .getByRole('main')
      .getByRole('link', { name: title, exact: true })
      .click();
    await small.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(
      await small.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(small.viewportSize()?.width ?? 390);
    await small
      .getByRole('main')
      .getByRole('button', { name: 'Version history (2)' })
      .click();
    const smallHistory = await openedDialog(small, `Versions of “${title}”`);
    await smallHistory
      .getByRole('link', { name: 'Download version 1' })
      .waitFor();
    await expectNoAxeViolations(small, 'the version history on a phone');
    await saveScreenshot(small, 'version-history', 'phone', false);
    await smallHistory.getByRole('button', { name: 'Close' }).click();

    // The owner deletes it, after confirming; the library no longer lists it.
    await main.getByRole('button', { name: 'Delete document' }).click();
    const confirm = await openedDialog(page, `Delete “${title}”?`);
    await confirm.getByRole('button', { name: 'Delete document' }).click();
    await page.waitForURL((url) => url.pathname === libraryPath);
    await announced(page, `“${title}” has been deleted.`);
    await demo.waitFor();
    expect(
      await main.getByRole('link', { name: title, exact: true }).count(),
    ).toBe(0);

    expect(desktop.errors).toEqual([]);
    expect(phone.errors).toEqual([]);
  });
});
