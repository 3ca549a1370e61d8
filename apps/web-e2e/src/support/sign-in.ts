import type { Page } from 'playwright-core';
import { visit } from './browser';

/** The demo accounts' password (the app's DEMO_PASSWORD). */
export const demoPassword = process.env['E2E_DEMO_PASSWORD'] ?? 'exchange-demo';

export interface DemoAccount {
  email: string;
  /** The display name the header shows once signed in. */
  name: string;
}

/** Signs in through the sign-in page and waits until the app is back at `returnUrl`. */
export async function signInAt(
  page: Page,
  account: DemoAccount,
  returnUrl: string,
): Promise<void> {
  await visit(page, `/sign-in?returnUrl=${encodeURIComponent(returnUrl)}`);
  const main = page.getByRole('main');
  await main.getByLabel('Email address').fill(account.email);
  await main.getByLabel('Password', { exact: true }).fill(demoPassword);
  await main.getByRole('button', { name: 'Sign in' }).click();
  await page
    .getByRole('banner')
    .getByRole('button', { name: account.name })
    .waitFor();
  await page.waitForURL((url) => url.pathname === returnUrl);
}
