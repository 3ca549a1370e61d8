import { expectNoAxeViolations } from './support/axe';
import {
  activeElementId,
  useBrowserTab,
  visit,
  waitForTitle,
} from './support/browser';
import { mailedLink } from './support/mail';
import { saveScreenshot } from './support/screenshots';

describe('registration on a desktop', () => {
  const tab = useBrowserTab('desktop');

  it('registers, confirms the address from the mail, signs in and out', async () => {
    const { page, errors } = tab();
    const address = `e2e-${Date.now()}@groningen.example.org`;
    const name = 'E2E Nieuwkomer';
    const password = 'harbour lantern quietly 42';
    const main = page.getByRole('main');

    await visit(page, '/sign-in');
    await main.getByRole('link', { name: /Create an account/ }).click();
    await waitForTitle(page, 'Create an account · Smart Cities Exchange');
    await page
      .getByRole('heading', { level: 1, name: 'Create an account' })
      .waitFor();
    const organisation = main.getByLabel('Organisation');
    await organisation
      .locator('option', { hasText: 'Municipality of Groningen' })
      .waitFor({ state: 'attached' });
    await expectNoAxeViolations(page, 'the registration page (desktop)');
    await saveScreenshot(page, 'register', 'desktop');

    // Checked before sending: every problem is listed and the first field takes focus.
    await main.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').getByText('There is a problem').waitFor();
    expect(await activeElementId(page)).toBe('register-email');
    await expectNoAxeViolations(page, 'the registration page with errors');
    await saveScreenshot(page, 'register-errors', 'desktop');

    await main.getByLabel('Email address').fill(address);
    await main.getByLabel('Display name').fill(name);
    await organisation.selectOption({ label: 'Municipality of Groningen' });
    await main.getByLabel('Password', { exact: true }).fill(password);
    await main.getByRole('button', { name: 'Create account' }).click();
    const done = main.getByRole('status');
    await done.getByRole('heading', { name: 'Check your email' }).waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('role') === 'status',
    );
    await expectNoAxeViolations(page, 'the registration confirmation');
    await saveScreenshot(page, 'register-done', 'desktop');

    const link = await mailedLink(address, 'verify-email');
    await visit(page, `${link.pathname}${link.search}`);
    await waitForTitle(
      page,
      'Confirm your email address · Smart Cities Exchange',
    );
    await main
      .getByText('Your address is confirmed — you can sign in now.')
      .waitFor();
    await expectNoAxeViolations(page, 'the verify-email page');
    await saveScreenshot(page, 'verify-email', 'desktop');

    await main.getByRole('link', { name: 'Go to sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await main.getByLabel('Email address').fill(address);
    await main.getByLabel('Password', { exact: true }).fill(password);
    await main.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const banner = page.getByRole('banner');
    const accountButton = banner.getByRole('button', { name });
    await accountButton.waitFor();
    await expectNoAxeViolations(
      page,
      'the home page signed in as a new member',
    );

    await accountButton.click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await banner.getByRole('link', { name: 'Sign in', exact: true }).waitFor();

    // Forgotten password: ask for a link, open it from the mail, choose a new password.
    await visit(page, '/sign-in');
    await main.getByRole('link', { name: 'Forgot your password?' }).click();
    await waitForTitle(page, 'Forgot your password · Smart Cities Exchange');
    await expectNoAxeViolations(page, 'the forgot-password page');
    await saveScreenshot(page, 'forgot-password', 'desktop');
    await main.getByLabel('Email address').fill(address);
    await main.getByRole('button', { name: 'Send link' }).click();
    await main
      .getByRole('status')
      .getByRole('heading', { name: 'Check your email' })
      .waitFor();
    await expectNoAxeViolations(page, 'the forgot-password confirmation');

    const resetLink = await mailedLink(address, 'reset-password');
    await visit(page, `${resetLink.pathname}${resetLink.search}`);
    await waitForTitle(page, 'Choose a new password · Smart Cities Exchange');
    await expectNoAxeViolations(page, 'the reset-password page');
    await saveScreenshot(page, 'reset-password', 'desktop');
    await main.getByLabel('New password').fill('tidal meadow orchard 77');
    await main.getByRole('button', { name: 'Save password' }).click();
    await main
      .getByRole('status')
      .getByText('Your password has been changed.')
      .waitFor();
    await expectNoAxeViolations(page, 'the reset-password confirmation');
    await main.getByRole('link', { name: 'Go to sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('registration on a phone', () => {
  const tab = useBrowserTab('phone');

  it('fits the registration form and an invalid link on a small screen', async () => {
    const { page, errors } = tab();
    await visit(page, '/register');
    await page
      .getByRole('main')
      .getByLabel('Organisation')
      .locator('option', { hasText: 'Municipality of Groningen' })
      .waitFor({ state: 'attached' });
    await expectNoAxeViolations(page, 'the registration page (phone)');
    await saveScreenshot(page, 'register', 'phone');
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= window.innerWidth,
      ),
    ).toBe(true);

    await visit(page, '/verify-email');
    await page
      .getByRole('alert')
      .getByText(/not valid or has expired/)
      .waitFor();
    await expectNoAxeViolations(page, 'the verify-email page without a token');
    await saveScreenshot(page, 'verify-email-invalid', 'phone');
    expect(errors).toEqual([]);
  });
});
