import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  activeElementId,
  htmlLang,
  useBrowserTab,
  visit,
  waitForHtmlLang,
  waitForTitle,
} from './support/browser';
import { baseUrl } from './support/env';
import { mailedLink } from './support/mail';
import { saveScreenshot } from './support/screenshots';

/** Signs in on the sign-in page the guard sent us to; afterwards we are back where we were. */
async function signInHere(
  page: Page,
  email: string,
  password: string,
): Promise<void> {
  const main = page.getByRole('main');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await main.getByLabel('Email address').fill(email);
  await main.getByLabel('Password', { exact: true }).fill(password);
  await main.getByRole('button', { name: 'Sign in' }).click();
}

/** GET /api/users/me with a personal access token, as an integration would. */
async function meWithToken(token: string): Promise<Response> {
  return fetch(`${baseUrl}/api/users/me`, {
    headers: { Authorization: `Bearer ${token}` },
  });
}

describe('settings on a desktop', () => {
  const tab = useBrowserTab('desktop');

  it('edits the profile, changes password and address, and manages access tokens', async () => {
    const { page, errors } = tab();
    const address = `e2e-settings-${Date.now()}@groningen.example.org`;
    const newAddress = address.replace('e2e-settings-', 'e2e-moved-');
    let password = 'harbour lantern quietly 42';
    const main = page.getByRole('main');
    const banner = page.getByRole('banner');

    // A new member: register and confirm the address from the mail.
    await visit(page, '/register');
    await main
      .getByLabel('Organisation')
      .locator('option', { hasText: 'Municipality of Groningen' })
      .waitFor({ state: 'attached' });
    await main.getByLabel('Email address').fill(address);
    await main.getByLabel('Display name').fill('E2E Settings');
    await main
      .getByLabel('Organisation')
      .selectOption({ label: 'Municipality of Groningen' });
    await main.getByLabel('Password', { exact: true }).fill(password);
    await main.getByRole('button', { name: 'Create account' }).click();
    await main.getByRole('heading', { name: 'Check your email' }).waitFor();
    const verify = await mailedLink(address, 'verify-email');
    await visit(page, `${verify.pathname}${verify.search}`);
    await main.getByText('Your address is confirmed').waitFor();

    // The settings need a session: the guard sends us to sign in and back.
    await visit(page, '/settings/profile');
    await page.waitForURL(
      (url) =>
        url.pathname === '/sign-in' &&
        url.searchParams.get('returnUrl') === '/settings/profile',
    );
    await signInHere(page, address, password);
    await page.waitForURL((url) => url.pathname === '/settings/profile');
    await waitForTitle(page, 'Profile · Smart Cities Exchange');
    const displayName = main.getByLabel('Display name');
    await page.waitForFunction(
      () =>
        (document.querySelector('#profile-displayName') as HTMLInputElement)
          ?.value === 'E2E Settings',
    );
    const settingsNav = main.getByRole('navigation', { name: 'Settings' });
    expect(
      await settingsNav
        .getByRole('link', { name: 'Profile' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await expectNoAxeViolations(page, 'the profile settings');
    await saveScreenshot(page, 'settings-profile', 'desktop');

    // Edit the profile; the header follows the new name at once.
    await displayName.fill('E2E Instellingen');
    await main
      .getByLabel('About you')
      .fill('Runs the open data portal of Groningen.');
    await main.getByLabel('Expertise').fill('Open Data, mobility, open data');
    await main.getByLabel('Time zone').selectOption('Europe/Amsterdam');
    await main.getByRole('button', { name: 'Save profile' }).click();
    await main.getByText('Your profile has been saved.').waitFor();
    await page
      .locator('[aria-live="polite"]', {
        hasText: 'Your profile has been saved.',
      })
      .waitFor({ state: 'attached' });
    await banner.getByRole('button', { name: 'E2E Instellingen' }).waitFor();
    await expectNoAxeViolations(page, 'the profile settings after saving');

    // Still there after a reload.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await banner.getByRole('button', { name: 'E2E Instellingen' }).waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('#profile-displayName') as HTMLInputElement)
          ?.value === 'E2E Instellingen',
    );
    expect(await main.getByLabel('About you').inputValue()).toBe(
      'Runs the open data portal of Groningen.',
    );
    expect(await main.getByLabel('Expertise').inputValue()).toBe(
      'open data, mobility',
    );
    expect(await main.getByLabel('Time zone').inputValue()).toBe(
      'Europe/Amsterdam',
    );

    // A problem is shown at its field, and the field takes focus.
    await displayName.fill('E');
    await main.getByRole('button', { name: 'Save profile' }).click();
    await main.getByRole('alert').getByText('There is a problem').waitFor();
    expect(await activeElementId(page)).toBe('profile-displayName');
    expect(await displayName.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'the profile settings with an error');
    await saveScreenshot(page, 'settings-profile-error', 'desktop');
    await displayName.fill('E2E Instellingen');

    // Saving another language switches the interface to it.
    await main.getByLabel('Language', { exact: true }).selectOption('nl');
    await main.getByRole('button', { name: 'Save profile' }).click();
    await waitForHtmlLang(page, 'nl');
    await page.getByRole('heading', { level: 1, name: 'Profiel' }).waitFor();
    await waitForTitle(page, 'Profiel · Smart Cities Exchange');
    await main.getByText('Uw profiel is opgeslagen.').waitFor();
    await expectNoAxeViolations(page, 'the profile settings in Dutch');
    await saveScreenshot(page, 'settings-profile-nl', 'desktop');
    await main.getByLabel('Taal', { exact: true }).selectOption('en');
    await main.getByRole('button', { name: 'Profiel opslaan' }).click();
    await waitForHtmlLang(page, 'en');
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();

    // Account: change the password (this session stays), then the address.
    await settingsNav.getByRole('link', { name: 'Account' }).click();
    await waitForTitle(page, 'Account settings · Smart Cities Exchange');
    const passwordSection = main.getByRole('region', {
      name: 'Change your password',
    });
    const emailSection = main.getByRole('region', {
      name: 'Change your email address',
    });
    await emailSection.getByText(`You sign in with ${address}.`).waitFor();
    await expectNoAxeViolations(page, 'the account settings');
    await saveScreenshot(page, 'settings-account', 'desktop');

    await passwordSection
      .getByRole('button', { name: 'Change password' })
      .click();
    await passwordSection
      .getByRole('alert')
      .getByText('There is a problem')
      .waitFor();
    expect(await activeElementId(page)).toBe('password-currentPassword');
    await expectNoAxeViolations(page, 'the account settings with errors');
    await saveScreenshot(page, 'settings-account-errors', 'desktop');

    const newPassword = 'tidal meadow orchard 77';
    await passwordSection.getByLabel('Current password').fill(password);
    await passwordSection.getByLabel('New password').fill(newPassword);
    await passwordSection
      .getByRole('button', { name: 'Change password' })
      .click();
    await passwordSection
      .getByText('Your password has been changed.')
      .waitFor();
    password = newPassword;

    await emailSection.getByLabel('New email address').fill(newAddress);
    await emailSection.getByLabel('Current password').fill(password);
    await emailSection
      .getByRole('button', { name: 'Send confirmation link' })
      .click();
    await emailSection
      .getByRole('status')
      .getByText(`We sent a link to ${newAddress}.`)
      .waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('role') === 'status',
    );
    await expectNoAxeViolations(page, 'the account settings after a change');

    const confirm = await mailedLink(newAddress, 'confirm-email');
    await visit(page, `${confirm.pathname}${confirm.search}`);
    await waitForTitle(
      page,
      'Confirm your new email address · Smart Cities Exchange',
    );
    await main.getByText('Your new email address is confirmed.').waitFor();
    await expectNoAxeViolations(page, 'the confirm-email page');
    await saveScreenshot(page, 'confirm-email', 'desktop');
    await main
      .getByRole('link', { name: 'Go to your account settings' })
      .click();
    await emailSection.getByText(`You sign in with ${newAddress}.`).waitFor();

    // Access tokens: create one, see its secret once, use it, revoke it.
    await settingsNav.getByRole('link', { name: 'Access tokens' }).click();
    await waitForTitle(page, 'Access tokens · Smart Cities Exchange');
    await main.getByText('You have no access tokens.').waitFor();
    await expectNoAxeViolations(page, 'the access tokens page');
    await saveScreenshot(page, 'settings-tokens', 'desktop');

    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: baseUrl,
      });
    await main.getByLabel('Name').fill('E2E integration');
    await main.getByLabel('Expires').selectOption({ label: 'In 90 days' });
    await main.getByRole('button', { name: 'Create token' }).click();
    const secretPanel = main.getByRole('region', {
      name: 'Copy your new token “E2E integration” now',
    });
    await secretPanel
      .getByText('This is the only time the token is shown.')
      .waitFor();
    await page.waitForFunction(
      () => document.activeElement?.classList.contains('secret') === true,
    );
    const secret = await secretPanel.getByLabel('Your new token').inputValue();
    expect(secret).toMatch(/^sce_pat_[\w-]{20,}$/);
    await secretPanel.getByRole('button', { name: 'Copy token' }).click();
    await secretPanel.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      secret,
    );
    await expectNoAxeViolations(page, 'the access tokens page with a secret');
    await saveScreenshot(page, 'settings-tokens-secret', 'desktop');

    const asIntegration = await meWithToken(secret);
    expect(asIntegration.status).toBe(200);
    expect(((await asIntegration.json()) as { email: string }).email).toBe(
      newAddress,
    );

    await secretPanel.getByRole('button', { name: 'I have stored it' }).click();
    expect(await secretPanel.count()).toBe(0);
    expect(await activeElementId(page)).toBe('token-list-heading');
    const item = main.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'E2E integration' }),
    });
    await item.getByText(secret.slice(0, 14)).waitFor();
    expect(await page.content()).not.toContain(secret);

    await item
      .getByRole('button', { name: 'Revoke “E2E integration”' })
      .click();
    const dialog = page.getByRole('alertdialog', {
      name: 'Revoke “E2E integration”?',
    });
    await dialog.waitFor();
    await page.waitForFunction(
      () => document.activeElement?.textContent?.trim() === 'Cancel',
    );
    await expectNoAxeViolations(page, 'the revoke dialog');
    await saveScreenshot(page, 'settings-tokens-revoke', 'desktop', false);
    await dialog.getByRole('button', { name: 'Revoke token' }).click();
    await main.getByText('You have no access tokens.').waitFor();
    await page
      .locator('[aria-live="polite"]', {
        hasText: 'The token “E2E integration” has been revoked.',
      })
      .waitFor({ state: 'attached' });
    expect((await meWithToken(secret)).status).toBe(401);

    // Sign out from the account menu.
    await banner.getByRole('button', { name: 'E2E Instellingen' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await banner.getByRole('link', { name: 'Sign in', exact: true }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(errors).toEqual([]);
  });
});

describe('settings on a phone', () => {
  const tab = useBrowserTab('phone');

  it('fits every settings page on a small screen', async () => {
    const { page, errors } = tab();
    const main = page.getByRole('main');
    await visit(page, '/settings/tokens');
    await signInHere(page, 'researcher@example.org', 'exchange-demo');
    await page.waitForURL((url) => url.pathname === '/settings/tokens');

    // The account menu leads to the profile.
    await page.locator('#account-menu-trigger').tap();
    await page.getByRole('menuitem', { name: 'Profile' }).tap();
    await page.waitForURL((url) => url.pathname === '/settings/profile');

    const pages = [
      {
        path: '/settings/profile',
        name: 'Profile',
        ready: main.getByRole('button', { name: 'Save profile' }),
      },
      {
        path: '/settings/account',
        name: 'Account',
        ready: main.getByRole('button', { name: 'Send confirmation link' }),
      },
      {
        path: '/settings/tokens',
        name: 'Access tokens',
        ready: main.getByText('You have no access tokens.'),
      },
    ];
    for (const { path, name, ready } of pages) {
      if (new URL(page.url()).pathname !== path) {
        await main
          .getByRole('navigation', { name: 'Settings' })
          .getByRole('link', { name })
          .tap();
        await page.waitForURL((url) => url.pathname === path);
      }
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await ready.waitFor();
      await expectNoAxeViolations(page, `the ${name} settings (phone)`);
      await saveScreenshot(page, path.slice(1).replace('/', '-'), 'phone');
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth <= window.innerWidth,
        ),
      ).toBe(true);
    }
    expect(errors).toEqual([]);
  });
});
