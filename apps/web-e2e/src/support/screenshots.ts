import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ViewportName } from './browser';
import { screenshotDir } from './env';

/** Saves tmp/e2e-screenshots/<name>-<viewport>.png (the whole page unless `fullPage` is false). */
export async function saveScreenshot(
  page: Page,
  name: string,
  viewport: ViewportName,
  fullPage = true,
): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({
    path: path.join(screenshotDir, `${name}-${viewport}.png`),
    fullPage,
  });
}
