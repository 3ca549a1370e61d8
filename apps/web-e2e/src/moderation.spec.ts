import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, openPage, visit, type TestPage } from './support/browser';
import { saveScreenshot } from './support/screenshots';

// Three accounts the other journeys sign in as rarely or never (the API limits sign-ins per
// account): a member who flags, the author of the flagged reply, and the platform's moderator.
const password = process.env['E2E_DEMO_PASSWORD'] ?? 'exchange-demo';
const member = { email: 'lotte.janssens@example.org', name: 'Lotte Janssens' };
const author = { email: 'researcher@example.org', name: 'Dr Hanna Lindqvist' };
const moderator = { email: 'moderator@example.org', name: 'Pieter de Vries' };
const communityPath = '/communities/digital-identity';
const threadTitle =
  'Trust in European digital identity wallets: a survey of 1,200 residents in four North Sea countries';

async function signIn(
  page: Page,
  account: { email: string; name: string },
  returnUrl: string,
): Promise<void> {
  await visit(page, `/sign-in?returnUrl=${encodeURIComponent(returnUrl)}`);
  const main = page.getByRole('main');
  await main.getByLabel('Email address').fill(account.email);
  await main.getByLabel('Password', { exact: true }).fill(password);
  await main.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('banner').getByRole('button', { name: account.name }).waitFor();
  await page.waitForURL((url) => url.pathname === returnUrl.split('?')[0]);
}

/** The post (an `<article>`) whose own text contains `text`. */
function post(page: Page, text: string): Locator {
  return page.getByRole('main').locator('article.post', { hasText: text });
}

/** The browser logs each 4xx answer as a console error; slow mode's refusal is asked for. */
const expectedSlowModeRefusal =
  /Failed to load resource: the server responded with a status of 429/;

/** Waits for the announcement in the shell's polite live region. */
async function announced(page: Page, text: string): Promise<void> {
  await page.locator('[aria-live="polite"]', { hasText: text }).waitFor({ state: 'attached' });
}

describe('moderation', () => {
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

  async function tab(): Promise<TestPage> {
    const opened = await openPage(browser, 'desktop');
    tabs.push(opened);
    return opened;
  }

  it('a member flags a reply, a moderator hides it from the queue, the author is told and the audit trail shows it', async () => {
    const stamp = Date.now().toString(36);
    const replyText = `Our wallet pilot sells premium parking permits — message me for a discount (${stamp}).`;
    const note = `An advert, not a comment on the survey (${stamp}).`;
    const reason = `Advertising is not allowed in research threads (${stamp}).`;

    // The author opens the research thread and replies.
    const hanna = await tab();
    const authorPage = hanna.page;
    await signIn(authorPage, author, communityPath);
    const threadLink = authorPage.getByRole('main').getByRole('link', { name: threadTitle });
    await threadLink.waitFor();
    const threadPath = (await threadLink.getAttribute('href')) ?? '';
    expect(threadPath).toMatch(/^\/threads\/[0-9a-f-]{36}$/);
    await threadLink.click();
    await authorPage.getByRole('heading', { level: 1, name: threadTitle }).waitFor();
    await authorPage.getByRole('main').getByLabel('Reply to the thread', { exact: true }).fill(replyText);
    await authorPage.getByRole('main').getByRole('button', { name: 'Post reply' }).click();
    await post(authorPage, replyText).waitFor();
    // No moderation for people who moderate nothing: the item stays out of the navigation.
    expect(await authorPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation' }).count()).toBe(0);

    // The moderator opens the dashboard from the navigation: the queue waits, live.
    const pieter = await tab();
    const modPage = pieter.page;
    const modMain = modPage.getByRole('main');
    await signIn(modPage, moderator, '/');
    const navLink = modPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation' });
    await navLink.click();
    await modPage.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
    await modMain.getByRole('tab', { name: /Flags/ }).waitFor();
    await modMain.getByText(/No open flags|Showing \d+ flags?/).first().waitFor();

    // A member flags the reply, with a reason and a note.
    const lotte = await tab();
    const memberPage = lotte.page;
    await signIn(memberPage, member, threadPath);
    const flagged = post(memberPage, replyText);
    await flagged.waitFor();
    await flagged.getByRole('button', { name: `More actions for the reply of ${author.name}` }).click();
    await memberPage.getByRole('menuitem', { name: 'Flag…' }).click();
    const flagDialog = memberPage.getByRole('dialog', { name: `Flag the reply of ${author.name}` });
    await flagDialog.waitFor();
    await flagDialog.getByRole('button', { name: 'Send flag' }).click();
    await flagDialog.getByText('Choose a reason.').waitFor();
    await flagDialog.getByRole('radio', { name: 'Spam' }).check();
    await flagDialog.getByLabel('Note for the moderators (optional)').fill(note);
    await expectNoAxeViolations(memberPage, 'the flag dialog');
    await saveScreenshot(memberPage, 'moderation-flag-dialog', 'desktop', false);
    await flagDialog.getByRole('button', { name: 'Send flag' }).click();
    await flagDialog.waitFor({ state: 'detached' });
    await announced(memberPage, 'Thank you: the moderators have your flag.');

    // The flag reaches the moderator at once; "show" loads it.
    const show = modMain.getByRole('button', { name: /new flags? — show/ });
    await show.waitFor();
    await announced(modPage, 'A new flag has arrived.');
    await show.click();
    const card = modMain.locator('article.card', { hasText: replyText });
    await card.waitFor();
    await card.getByText(note).waitFor();
    await card.getByText(member.name).waitFor();
    await expectNoAxeViolations(modPage, 'the moderation dashboard');
    await saveScreenshot(modPage, 'moderation-dashboard', 'desktop');

    // The moderator gives the flag to a moderator picked from those of the community.
    await card.getByRole('button', { name: 'Assign to…' }).click();
    const assignDialog = modPage.getByRole('dialog', { name: 'Assign the flag' });
    await assignDialog.waitFor();
    const picker = assignDialog.getByLabel('Moderator', { exact: true });
    await picker.waitFor();
    const pick = await picker.locator('option', { hasText: moderator.name }).getAttribute('value');
    await picker.selectOption(pick ?? '');
    await expectNoAxeViolations(modPage, 'the assign dialog');
    await assignDialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await assignDialog.waitFor({ state: 'detached' });
    await announced(modPage, `The flag is assigned to ${moderator.name}.`);
    await card.getByRole('button', { name: 'Unassign' }).waitFor();

    // The moderator hides the reply from the queue, with a reason for the author.
    await card.getByRole('button', { name: 'Hide reply…' }).click();
    const hideDialog = modPage.getByRole('dialog', { name: 'Hide this reply?' });
    await hideDialog.waitFor();
    await hideDialog.getByLabel('Reason').fill(reason);
    await expectNoAxeViolations(modPage, 'the hide dialog');
    await hideDialog.getByRole('button', { name: 'Hide reply' }).click();
    await hideDialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
    await announced(modPage, 'The reply is hidden and its flags are marked actioned.');

    // The author, still on the thread, sees the notice with the reason on the reply, live.
    const own = post(authorPage, replyText);
    await own.getByText('A moderator hid your reply. Only you and the moderators see it now.').waitFor();
    await own.getByText(`Reason: ${reason}`).waitFor();
    await authorPage.getByRole('main').getByText('A moderator hid one of your replies.').waitFor();
    await expectNoAxeViolations(authorPage, 'the thread with the author’s hidden reply');
    await saveScreenshot(authorPage, 'moderation-author-notice', 'desktop');
    // …and after a reload too.
    await visit(authorPage, threadPath);
    await post(authorPage, replyText).getByText(`Reason: ${reason}`).waitFor();

    // Others see that it is hidden, not what it said.
    await visit(memberPage, threadPath);
    await memberPage.getByRole('main').getByText('This reply is hidden by the moderators.').first().waitFor();
    expect(await memberPage.getByRole('main').getByText(replyText).count()).toBe(0);

    // The audit trail records who hid what, why and when.
    await modMain.getByRole('link', { name: 'Audit trail of moderators’ actions' }).click();
    await modPage.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
    const row = modMain.getByRole('row').filter({ hasText: reason });
    await row.waitFor();
    await row.getByText('Reply hidden').waitFor();
    await row.getByText('You', { exact: true }).waitFor();
    await expectNoAxeViolations(modPage, 'the audit trail');
    await saveScreenshot(modPage, 'moderation-audit', 'desktop');
    // Filtered by action, the entry is still there; its link opens the reply.
    await modMain.getByLabel('Action', { exact: true }).selectOption('post.hidden');
    await modMain.getByRole('button', { name: 'Apply filters' }).click();
    await modPage.waitForURL((url) => url.searchParams.get('action') === 'post.hidden');
    await row.getByRole('link', { name: 'Open the reply' }).click();
    await modPage.getByRole('heading', { level: 1, name: threadTitle }).waitFor();
    await post(modPage, replyText).getByText('Hidden: only its author and the moderators see it.').waitFor();

    // The moderator warns the author from the reply's menu; the author is told at once, live,
    // and acknowledges it.
    const warning = `Please keep adverts out of the research threads (${stamp}).`;
    await post(modPage, replyText)
      .getByRole('button', { name: `More actions for the reply of ${author.name}` })
      .click();
    await modPage.getByRole('menuitem', { name: 'Warn author…' }).click();
    const warnDialog = modPage.getByRole('dialog', { name: `Warn ${author.name}` });
    await warnDialog.waitFor();
    await warnDialog.getByRole('button', { name: 'Send warning' }).click();
    await warnDialog.getByText('Write a message of 10 to 2,000 characters.').waitFor();
    await warnDialog.getByLabel('Message', { exact: true }).fill(warning);
    await expectNoAxeViolations(modPage, 'the warn dialog');
    await warnDialog.getByRole('button', { name: 'Send warning' }).click();
    await warnDialog.waitFor({ state: 'detached' });
    await announced(modPage, `${author.name} has been warned.`);
    const warned = authorPage.getByRole('main').locator('.notice.warning', { hasText: warning });
    await warned.waitFor();
    await warned.getByText(`A warning from the moderator ${moderator.name}`).waitFor();
    await expectNoAxeViolations(authorPage, 'the author’s warning');
    await warned.getByRole('button', { name: 'I have read this' }).click();
    await warned.waitFor({ state: 'detached' });
    await announced(authorPage, 'The warning is acknowledged.');

    // The moderator slows the thread down: everyone sees it, and a member's second reply in a
    // row is refused with how long to wait. Then it is turned off again.
    async function slowMode(choice: string): Promise<void> {
      await modMain.getByRole('button', { name: 'Moderate', exact: true }).click();
      await modPage.getByRole('menuitem', { name: 'Slow mode…' }).click();
      const slowDialog = modPage.getByRole('dialog', { name: 'Slow mode' });
      await slowDialog.waitFor();
      await slowDialog.getByLabel('Time between posts').selectOption({ label: choice });
      await expectNoAxeViolations(modPage, 'the slow mode dialog');
      await slowDialog.getByRole('button', { name: 'Save' }).click();
      await slowDialog.waitFor({ state: 'detached' });
    }
    await slowMode('1 minute');
    await announced(modPage, 'Slow mode is on for this thread.');
    await modMain.getByText('Slow mode: one post every 60 seconds.').waitFor();
    await visit(memberPage, threadPath);
    const memberMain = memberPage.getByRole('main');
    await memberMain.getByText('Slow mode: one post every 60 seconds.').waitFor();
    const first = `A question on the survey method (${stamp}).`;
    const replyBox = memberMain.getByLabel('Reply to the thread', { exact: true });
    await replyBox.fill(first);
    await memberMain.getByRole('button', { name: 'Post reply' }).click();
    await post(memberPage, first).waitFor();
    await replyBox.fill(`And another one right away (${stamp}).`);
    await memberMain.getByRole('button', { name: 'Post reply' }).click();
    await memberMain.getByText(/Slow mode is on here: you can post again in \d+ seconds?\./).waitFor();
    await expectNoAxeViolations(memberPage, 'the thread in slow mode');
    await slowMode('Off');
    await announced(modPage, 'Slow mode is off for this thread.');
    await modMain.getByText('Slow mode: one post every 60 seconds.').waitFor({ state: 'detached' });

    expect(hanna.errors).toEqual([]);
    expect(pieter.errors).toEqual([]);
    expect(lotte.errors.filter((error) => !expectedSlowModeRefusal.test(error))).toEqual([]);
  }, 240_000);
});
