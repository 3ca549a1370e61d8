import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { baseUrl, chromiumPath } from './env';

export type ViewportName = 'desktop' | 'phone';

export const viewportNames: ViewportName[] = ['desktop', 'phone'];

const contextOptions: Record<ViewportName, BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  },
};

/**
 * Chromium as installed by Debian. Playwright's `launch()` gives every browser a fresh temporary
 * profile (user data dir) of its own and removes it on close, so runs never share state.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface TestPage {
  page: Page;
  /** Uncaught exceptions, console errors and failed requests seen so far (CSP violations show here). */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A page in a new context (fresh cookies and localStorage). axe-core needs a page from
 * `browser.newContext()`, not `browser.newPage()`.
 */
export async function openPage(
  browser: Browser,
  viewport: ViewportName,
): Promise<TestPage> {
  const context = await browser.newContext({
    ...contextOptions[viewport],
    baseURL: baseUrl,
    locale: 'en-GB',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(`console error: ${message.text()}`);
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A request cut short by a reload or navigation is not a failure of the app.
    if (reason !== 'net::ERR_ABORTED') {
      errors.push(
        `request failed: ${request.method()} ${request.url()} ${reason}`,
      );
    }
  });
  return { page, errors, close: () => context.close() };
}

/** Loads a path and waits until Angular has rendered the page's heading. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  await page.locator('main h1').waitFor();
}

export async function waitForTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction((expected) => document.title === expected, title);
}

export async function waitForHtmlLang(page: Page, lang: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.documentElement.lang === expected,
    lang,
  );
}

/**
 * Waits until an attribute holds a value. Angular renders a key press on its next change detection,
 * not synchronously, so an attribute read straight after `press` may still show the old state.
 */
export async function waitForAttribute(
  locator: Locator,
  name: string,
  expected: string | null,
): Promise<void> {
  const element = await locator.elementHandle();
  try {
    await locator
      .page()
      .waitForFunction(
        ([el, attribute, value]) =>
          (el as Element).getAttribute(attribute as string) === value,
        [element, name, expected] as const,
        { timeout: 5_000 },
      );
  } finally {
    await element?.dispose();
  }
}

export function activeElementId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

export function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

/**
 * Registers the hooks every journey needs: one Chromium per `describe`, a fresh page (new
 * context) per test. Returns a getter for the current test's page.
 */
export function useBrowserTab(viewport: ViewportName): () => TestPage {
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
  return () => tab;
}
