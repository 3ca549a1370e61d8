import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  activeElementId,
  useBrowserTab,
  viewportNames,
  visit,
  waitForTitle,
  type ViewportName,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

// The API limits sign-in attempts per account, so each journey signs in as few times as it can.
const member = {
  email: 'member@example.org',
  password: 'exchange-demo',
  name: 'Tom Ashworth',
};

/** The browser logs every 4xx response as a console error; this one is expected. */
const loginRefused =
  /Failed to load resource: the server responded with a status of 401/;

async function fillSignInForm(
  page: Page,
  email: string,
  password: string,
): Promise<void> {
  const main = page.getByRole('main');
  await main.getByLabel('Email address').fill(email);
  await main.getByLabel('Password', { exact: true }).fill(password);
}

/** Desktop journeys use the keyboard, phone journeys tap. */
async function activate(
  page: Page,
  viewport: ViewportName,
  target: ReturnType<Page['getByRole']>,
): Promise<void> {
  if (viewport === 'phone') {
    await target.tap();
  } else {
    await target.focus();
    await page.keyboard.press('Enter');
  }
}

describe.each(viewportNames)('sign-in on a %s', (viewport) => {
  const tab = useBrowserTab(viewport);

  it('signs in, shows the name with an account menu, and signs out again', async () => {
    const { page, errors } = tab();
    await visit(page, '/sign-in');
    await waitForTitle(page, 'Sign in · Smart Cities Exchange');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const banner = page.getByRole('banner');
    await banner.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    await expectNoAxeViolations(page, `the sign-in page (${viewport})`);
    await saveScreenshot(page, 'sign-in', viewport);

    await fillSignInForm(page, member.email, member.password);
    await activate(
      page,
      viewport,
      page.getByRole('main').getByRole('button', { name: 'Sign in' }),
    );

    await page.waitForURL((url) => url.pathname === '/');
    const accountButton = banner.getByRole('button', { name: member.name });
    await accountButton.waitFor();
    expect(
      await banner.getByRole('link', { name: 'Sign in', exact: true }).count(),
    ).toBe(0);
    expect(await accountButton.getAttribute('aria-haspopup')).toBe('menu');
    expect(await accountButton.getAttribute('aria-expanded')).toBe('false');
    await page
      .getByRole('region', { name: 'Communities' })
      .getByRole('listitem')
      .first()
      .waitFor();

    await activate(page, viewport, accountButton);
    const signOut = page
      .getByRole('menu')
      .getByRole('menuitem', { name: 'Sign out' });
    await signOut.waitFor();
    expect(await accountButton.getAttribute('aria-expanded')).toBe('true');
    if (viewport === 'desktop') {
      // Keyboard users land on the first item.
      await page.waitForFunction(
        () => document.activeElement?.getAttribute('role') === 'menuitem',
      );
    }
    await expectNoAxeViolations(
      page,
      `the home page signed in with the account menu open (${viewport})`,
    );
    await saveScreenshot(page, 'account-menu', viewport, false);

    if (viewport === 'desktop') {
      // "Sign out" is the last item: End moves there.
      await page.keyboard.press('End');
      await page.waitForFunction(
        () => document.activeElement?.textContent?.trim() === 'Sign out',
      );
      await page.keyboard.press('Enter');
    } else {
      await signOut.tap();
    }
    await banner.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(
      await banner.getByRole('button', { name: member.name }).count(),
    ).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/');
    await page
      .locator('[aria-live="polite"]', { hasText: 'You have signed out.' })
      .waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    expect(await activeElementId(page)).toBe('main');

    // Signed out for real: a reload does not bring the name back.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await banner.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the problem when the password is wrong', async () => {
    const { page, errors } = tab();
    await visit(page, '/sign-in?returnUrl=%2Fabout');
    await fillSignInForm(page, member.email, 'not-the-password');
    await page
      .getByRole('main')
      .getByLabel('Password', { exact: true })
      .press('Enter');

    const alert = page.getByRole('alert').filter({
      hasText: 'The email address or password is wrong.',
    });
    await alert.waitFor();
    const password = page
      .getByRole('main')
      .getByLabel('Password', { exact: true });
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await password.getAttribute('aria-describedby');
    expect(describedBy).toBe(await alert.getAttribute('id'));
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page
      .getByRole('banner')
      .getByRole('link', { name: 'Sign in', exact: true })
      .waitFor();

    await expectNoAxeViolations(
      page,
      `the sign-in page with a wrong password (${viewport})`,
    );
    await saveScreenshot(page, 'sign-in-error', viewport);
    expect(errors.filter((error) => !loginRefused.test(error))).toEqual([]);
    expect(errors.filter((error) => loginRefused.test(error))).toHaveLength(1);
  });
});
