import type { Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  activeElementId,
  useBrowserTab,
  visit,
  waitForTitle,
  type ViewportName,
} from './support/browser';
import { mailedLink } from './support/mail';
import { saveScreenshot } from './support/screenshots';

// The API limits sign-in attempts per account, so each journey signs in as few times as it can,
// and with accounts the other journeys leave alone.
const admin = { email: 'admin@example.org', password: 'exchange-demo' };
const researcher = {
  email: 'lukas.hoffmann@example.org',
  password: 'exchange-demo',
  name: 'Prof. Lukas Hoffmann',
};

/** The browser logs each 4xx answer as a console error; these ones the journey asks for. */
const expectedRefusal =
  /Failed to load resource: the server responded with a status of 400/;

/**
 * Registers someone at an organisation without trusted email domains and confirms the address
 * from the mail: a pending account, waiting for an administrator. Everything this journey
 * changes happens to this person, so other journeys' accounts stay as they were.
 */
async function registerPendingPerson(
  page: Page,
  name: string,
  email: string,
): Promise<void> {
  await visit(page, '/register');
  const status = await page.evaluate(
    async ({ name, email }) => {
      await fetch('/api/auth/csrf');
      const token = /(?:^|; )XSRF-TOKEN=([^;]*)/.exec(document.cookie)?.[1];
      const organisations = (await (
        await fetch('/api/organisations?q=West%20Flanders')
      ).json()) as { items: { id: string }[] };
      const response = await fetch('/api/auth/register', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-XSRF-TOKEN': decodeURIComponent(token ?? ''),
        },
        body: JSON.stringify({
          email,
          displayName: name,
          organisationId: organisations.items[0]?.id,
          password: 'harbour lantern quietly 42',
        }),
      });
      return response.status;
    },
    { name, email },
  );
  expect(status).toBe(202);
  const link = await mailedLink(email, 'verify-email');
  await visit(page, `${link.pathname}${link.search}`);
  await page
    .getByRole('main')
    .getByText(/an administrator will approve your account/)
    .waitFor();
}

async function signIn(
  page: Page,
  account: { email: string; password: string },
  returnUrl: string,
): Promise<void> {
  await visit(page, `/sign-in?returnUrl=${encodeURIComponent(returnUrl)}`);
  const main = page.getByRole('main');
  await main.getByLabel('Email address').fill(account.email);
  await main.getByLabel('Password', { exact: true }).fill(account.password);
  await main.getByRole('button', { name: 'Sign in' }).click();
}

/** The open dialog, found by its accessible name. */
function dialog(page: Page, name: string | RegExp): Locator {
  return page.getByRole('dialog', { name });
}

/** Waits for the dialog to be there and done fading in (axe measures contrast as it is shown). */
async function openedDialog(
  page: Page,
  name: string | RegExp,
): Promise<Locator> {
  const found = dialog(page, name);
  await found.waitFor();
  await page.waitForFunction(
    () =>
      document.querySelector('.mdc-dialog--open:not(.mdc-dialog--opening)') !==
      null,
  );
  return found;
}

async function waitForNotice(page: Page, text: string): Promise<void> {
  await page.locator('main .notice', { hasText: text }).waitFor();
  await page
    .locator('[aria-live="polite"]', { hasText: text })
    .waitFor({ state: 'attached' });
}

/** Wide tables scroll inside their own region; the page itself never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth <= screen.width,
    ),
  ).toBe(true);
}

async function checkPage(
  page: Page,
  label: string,
  screenshot: string,
  viewport: ViewportName,
): Promise<void> {
  await expectNoAxeViolations(page, `${label} (${viewport})`);
  await saveScreenshot(page, screenshot, viewport);
}

describe('administration on a desktop', () => {
  const tab = useBrowserTab('desktop');
  const viewport = 'desktop';

  it('approves, changes a role, suspends and reactivates; creates and edits an organisation; reads it all in the audit log', async () => {
    const { page, errors } = tab();
    const stamp = Date.now();
    const person = `E2E Pending ${stamp}`;
    const organisation = `E2E Harbour Lab ${stamp}`;
    const main = page.getByRole('main');

    await registerPendingPerson(
      page,
      person,
      `e2e-pending-${stamp}@example.net`,
    );

    // A visitor who opens /admin is asked to sign in and comes back.
    await visit(page, '/admin/users');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe(
      '/admin/users',
    );
    await signIn(page, admin, '/admin');
    await page.waitForURL((url) => url.pathname === '/admin/users');
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await waitForTitle(page, 'People · Administration · Smart Cities Exchange');
    const sections = page.getByRole('navigation', { name: 'Administration' });
    expect(
      await sections
        .getByRole('link', { name: 'People' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await main
      .locator('table caption', { hasText: 'People, newest first' })
      .waitFor();
    await checkPage(page, 'the people page', 'admin-users', viewport);

    // The account menu leads here.
    await page
      .getByRole('banner')
      .getByRole('button', { name: 'Ingrid Sørensen' })
      .click();
    const menuLink = page.getByRole('menuitem', { name: 'Administration' });
    expect(await menuLink.getAttribute('href')).toBe('/admin');
    await page.keyboard.press('Escape');

    // Pending people: the demo's Noah Peeters and the person registered above.
    await main.getByLabel('Status').selectOption('pending');
    await main.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('status') === 'pending',
    );
    await main
      .locator('table caption', { hasText: 'matching the filters' })
      .waitFor();
    const row = main.getByRole('row').filter({ hasText: person });
    await row.waitFor();
    expect(
      await main.getByRole('row').filter({ hasText: 'Noah Peeters' }).count(),
    ).toBe(1);
    await checkPage(
      page,
      'the pending people',
      'admin-users-pending',
      viewport,
    );

    // Approve, after confirming.
    await row.getByRole('button', { name: `Approve ${person}` }).click();
    const approve = await openedDialog(page, `Approve ${person}?`);
    await checkPage(
      page,
      'the approve dialog',
      'admin-approve-dialog',
      viewport,
    );
    await approve.getByRole('button', { name: 'Approve' }).click();
    await waitForNotice(page, `${person} is approved and can sign in now.`);
    await row.getByText('Active', { exact: true }).waitFor();
    // The approve button is gone: focus is on the person's name.
    await page.waitForFunction(() =>
      document.activeElement?.id.startsWith('user-'),
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(
      'TH',
    );

    // Change the role.
    await row
      .getByRole('button', { name: `Change the role of ${person}` })
      .click();
    const roleDialog = await openedDialog(page, `Change the role of ${person}`);
    await page.waitForFunction(
      () => document.activeElement?.id === 'change-role-select',
    );
    await roleDialog.getByLabel('New role').selectOption('researcher');
    await checkPage(
      page,
      'the change-role dialog',
      'admin-role-dialog',
      viewport,
    );
    await roleDialog.getByRole('button', { name: 'Change role' }).click();
    await waitForNotice(page, `${person} is now Researcher.`);
    await row.getByRole('cell', { name: 'Researcher' }).waitFor();
    await page.waitForFunction(() =>
      document.activeElement?.id.startsWith('user-role-'),
    );

    // Suspend with a reason and a last day; the form says what is missing first.
    await row.getByRole('button', { name: `Suspend ${person}` }).click();
    const suspend = await openedDialog(page, `Suspend ${person}`);
    await page.waitForFunction(
      () => document.activeElement?.id === 'suspend-reason',
    );
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    const reason = suspend.getByLabel('Reason');
    await suspend
      .getByText('Enter a reason of 3 to 1,000 characters.')
      .waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await reason.getAttribute('aria-describedby')).toBe(
      'suspend-reason-error suspend-reason-hint',
    );
    await checkPage(
      page,
      'the suspend dialog with an error',
      'admin-suspend-dialog',
      viewport,
    );
    await reason.fill('E2E check: suspended for the journey');
    const nextYear = new Date().getFullYear() + 1;
    await suspend.getByLabel('Last day (optional)').fill(`${nextYear}-01-31`);
    await suspend.getByRole('button', { name: 'Suspend' }).click();
    await waitForNotice(page, `${person} is suspended.`);
    await row.getByText('Suspended', { exact: true }).waitFor();
    await row
      .getByText('Reason: E2E check: suspended for the journey')
      .waitFor();
    await row.getByText(`31 Jan ${nextYear}`).waitFor();

    // Reactivate, after confirming.
    await row.getByRole('button', { name: `Reactivate ${person}` }).click();
    const reactivate = await openedDialog(page, `Reactivate ${person}?`);
    await reactivate.getByRole('button', { name: 'Reactivate' }).click();
    await waitForNotice(page, `${person} is active again.`);
    await row.getByText('Active', { exact: true }).waitFor();
    await checkPage(
      page,
      'the people page after the changes',
      'admin-users-done',
      viewport,
    );

    // This person's history in the audit log: every change, newest first.
    await row
      .getByRole('link', { name: `History of ${person} in the audit log` })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await waitForTitle(
      page,
      'Audit log · Administration · Smart Cities Exchange',
    );
    const entries = main.locator('tbody tr');
    await main
      .locator('table caption', { hasText: 'matching the filters' })
      .waitFor();
    await entries.nth(3).waitFor();
    const actions = await entries.locator('td:nth-child(2)').allTextContents();
    expect(actions.map((a) => a.trim())).toEqual([
      'Reactivated',
      'Suspended',
      'Role changed',
      'Account approved',
    ]);
    expect(await entries.nth(1).textContent()).toContain(
      'E2E check: suspended for the journey',
    );
    expect(await entries.nth(2).textContent()).toContain('Member → Researcher');
    expect(await entries.nth(0).textContent()).toContain('You');
    await checkPage(
      page,
      'the audit log of one person',
      'admin-audit-person',
      viewport,
    );

    // Organisations: create one; the API's objection to a domain shows at that field.
    await sections.getByRole('link', { name: 'Organisations' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Organisations' })
      .waitFor();
    await main.locator('table caption').waitFor();
    await checkPage(
      page,
      'the organisations admin page',
      'admin-organisations',
      viewport,
    );
    await main.getByRole('button', { name: 'New organisation' }).click();
    const create = await openedDialog(page, 'New organisation');
    await page.waitForFunction(
      () => document.activeElement?.id === 'organisation-name',
    );
    await create.getByLabel('Name').fill(organisation);
    await create.getByLabel('Kind').selectOption('research_institute');
    await create.getByLabel('Country').selectOption('NL');
    await create.getByLabel('City').fill('Delfzijl');
    await create
      .getByLabel('Website (optional)')
      .fill('https://harbour-lab.example.org');
    await create
      .getByLabel('Email domains (optional)')
      .fill('harbour-lab.example.org\nnot a domain!');
    await create.getByRole('button', { name: 'Create organisation' }).click();
    await create
      .getByText('“not” is not a domain name.', { exact: false })
      .waitFor();
    const domains = create.getByLabel('Email domains (optional)');
    expect(await domains.getAttribute('aria-invalid')).toBe('true');
    expect(await activeElementId(page)).toBe('organisation-emailDomains');
    await checkPage(
      page,
      'the organisation dialog with a server error',
      'admin-organisation-dialog',
      viewport,
    );
    await domains.fill('harbour-lab.example.org');
    await create.getByRole('button', { name: 'Create organisation' }).click();
    await waitForNotice(page, `${organisation} is created.`);
    const orgRow = main.getByRole('row').filter({ hasText: organisation });
    await orgRow
      .getByRole('listitem')
      .filter({ hasText: 'harbour-lab.example.org' })
      .waitFor();
    await page.waitForFunction(() =>
      document.activeElement?.id.startsWith('organisation-edit-'),
    );

    // …and edit it.
    await orgRow.getByRole('button', { name: `Edit ${organisation}` }).click();
    const edit = await openedDialog(page, `Edit ${organisation}`);
    expect(await edit.getByLabel('City').inputValue()).toBe('Delfzijl');
    await edit.getByLabel('City').fill('Eemshaven');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await waitForNotice(page, `The changes to ${organisation} are saved.`);
    await orgRow.getByText('Eemshaven').waitFor();

    // The whole audit log shows these too; a malformed filter is refused at its field.
    await sections.getByRole('link', { name: 'Audit log' }).click();
    await main
      .locator('table caption', { hasText: 'Audit log, newest first' })
      .waitFor();
    const latest = await entries.locator('td:nth-child(2)').allTextContents();
    expect(latest.slice(0, 2).map((a) => a.trim())).toEqual([
      'Organisation changed',
      'Organisation created',
    ]);
    expect(await entries.nth(0).textContent()).toContain('Eemshaven');
    await checkPage(page, 'the audit log', 'admin-audit', viewport);

    await main.getByLabel('Done by (user id)').fill('nobody');
    await main.getByRole('button', { name: 'Apply filters' }).click();
    const actor = main.getByLabel('Done by (user id)');
    await main.getByText('Enter a user id such as').waitFor();
    expect(await actor.getAttribute('aria-invalid')).toBe('true');
    expect(await actor.getAttribute('aria-describedby')).toBe(
      'audit-actorId-error',
    );
    await checkPage(
      page,
      'the audit log with a bad filter',
      'admin-audit-error',
      viewport,
    );

    // In Dutch.
    await main.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Auditlog' }).waitFor();
    await main
      .getByRole('cell', { name: 'Organisatie gewijzigd' })
      .first()
      .waitFor();
    await checkPage(page, 'the audit log in Dutch', 'admin-audit-nl', viewport);
    await page.getByLabel('Taal').selectOption('en');

    // The new organisation has a public page.
    await page.goto(`/organisations?q=${encodeURIComponent(organisation)}`);
    await main.getByRole('link', { name: organisation }).click();
    await page.getByRole('heading', { level: 1, name: organisation }).waitFor();
    await main
      .getByText('Research institute in Eemshaven, Netherlands')
      .waitFor();

    expect(errors.filter((error) => !expectedRefusal.test(error))).toEqual([]);
    expect(errors.filter((error) => expectedRefusal.test(error))).toHaveLength(
      2,
    );
  });

  it('shows someone who is not an administrator that the page is not for them', async () => {
    const { page, errors } = tab();
    await signIn(page, researcher, '/admin/users');
    await page
      .getByRole('heading', { level: 1, name: 'You cannot use this page' })
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    await waitForTitle(page, 'Not allowed · Smart Cities Exchange');
    expect(await page.getByRole('table').count()).toBe(0);
    await checkPage(
      page,
      'the not-allowed page',
      'admin-not-allowed',
      viewport,
    );

    await page
      .getByRole('banner')
      .getByRole('button', { name: researcher.name })
      .click();
    await page.getByRole('menuitem', { name: 'Sign out' }).waitFor();
    expect(
      await page.getByRole('menuitem', { name: 'Administration' }).count(),
    ).toBe(0);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});

describe('administration on a phone', () => {
  const tab = useBrowserTab('phone');
  const viewport = 'phone';

  it('fits the admin pages and their dialogs on a small screen', async () => {
    const { page, errors } = tab();
    const main = page.getByRole('main');
    await signIn(page, admin, '/admin/users?status=pending');
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await main.getByRole('row').filter({ hasText: 'Noah Peeters' }).waitFor();
    await checkPage(page, 'the people page', 'admin-users', viewport);
    await expectNoSidewaysScroll(page);

    await main.getByRole('button', { name: 'Suspend Noah Peeters' }).tap();
    const suspend = await openedDialog(page, 'Suspend Noah Peeters');
    await checkPage(
      page,
      'the suspend dialog',
      'admin-suspend-dialog',
      viewport,
    );
    await suspend.getByRole('button', { name: 'Cancel' }).tap();
    await suspend.waitFor({ state: 'detached' });
    // Cancelled: nothing changed.
    await main
      .getByRole('row')
      .filter({ hasText: 'Noah Peeters' })
      .getByText('Pending', { exact: true })
      .waitFor();

    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Organisations' })
      .tap();
    await main.locator('table caption').waitFor();
    await checkPage(
      page,
      'the organisations admin page',
      'admin-organisations',
      viewport,
    );
    await expectNoSidewaysScroll(page);
    await main.getByRole('button', { name: 'New organisation' }).tap();
    await openedDialog(page, 'New organisation');
    await checkPage(
      page,
      'the organisation dialog',
      'admin-organisation-dialog',
      viewport,
    );
    await page.keyboard.press('Escape');

    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Audit log' })
      .tap();
    await main.locator('table caption').waitFor();
    await checkPage(page, 'the audit log', 'admin-audit', viewport);
    await expectNoSidewaysScroll(page);
    expect(errors).toEqual([]);
  });
});
