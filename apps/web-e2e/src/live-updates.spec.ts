import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  activeElementId,
  launchBrowser,
  openPage,
  visit,
  type TestPage,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signInAt as signIn } from './support/sign-in';

// Two members of the members-only "Service Design Lab" whom no other journey signs in (the API
// limits sign-ins per account): one reads, the other writes.
const reader = { email: 'mette.kjaer@example.org', name: 'Mette Kjær' };
const writer = { email: 'sofia.berg@example.org', name: 'Sofia Berg' };
const communityPath = '/communities/service-design-lab';
const threadTitle =
  'Plain-language decision letters: before and after examples';

/** The post (an `<article>`) whose own text contains `text`. */
function post(page: Page, text: string): Locator {
  return page.getByRole('main').locator('article.post', { hasText: text });
}

/** Waits for the announcement in the shell's polite live region. */
async function announced(page: Page, text: string): Promise<void> {
  await page
    .locator('[aria-live="polite"]', { hasText: text })
    .waitFor({ state: 'attached' });
}

async function postReply(page: Page, text: string): Promise<void> {
  const box = page
    .getByRole('main')
    .getByLabel('Reply to the thread', { exact: true });
  await box.fill(text);
  await page
    .getByRole('main')
    .getByRole('button', { name: 'Post reply' })
    .click();
  await post(page, text).waitFor();
}

describe('live updates', () => {
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

  it('shows a reply posted in another browser without a reload, and says when the connection is lost', async () => {
    const stamp = Date.now().toString(36);
    const first = `We tested the new letters with twelve residents (${stamp}).`;
    const second = `The next step now comes first in all ten letters (${stamp}).`;

    // The reader opens the community.
    const mette = await openPage(browser, 'desktop');
    tabs.push(mette);
    const page = mette.page;
    const main = page.getByRole('main');
    await signIn(page, reader, communityPath);
    const threadLink = main.getByRole('link', { name: threadTitle });
    await threadLink.waitFor();
    const threadPath = (await threadLink.getAttribute('href')) ?? '';
    expect(threadPath).toMatch(/^\/threads\/[0-9a-f-]{36}$/);

    // The writer opens the thread in another browser and replies.
    const sofia = await openPage(browser, 'desktop');
    tabs.push(sofia);
    const other = sofia.page;
    await signIn(other, writer, threadPath);
    await other.getByRole('heading', { level: 1, name: threadTitle }).waitFor();
    await postReply(other, first);

    // The reader's community page offers to refresh its list, and says so once.
    const refresh = main.getByRole('button', {
      name: 'New activity — refresh',
    });
    await refresh.waitFor();
    await announced(page, 'There is new activity in this community.');
    await expectNoAxeViolations(page, 'the community page with new activity');
    await refresh.click();
    await refresh.waitFor({ state: 'detached' });

    // The reader opens the thread; both are viewing it now.
    await threadLink.click();
    await page.getByRole('heading', { level: 1, name: threadTitle }).waitFor();
    await post(page, first).waitFor();
    await main.getByText('2 people viewing').waitFor();

    // The writer types: the reader sees it (not announced).
    const box = other
      .getByRole('main')
      .getByLabel('Reply to the thread', { exact: true });
    await box.click();
    await box.pressSequentially(second, { delay: 10 });
    const typing = main.getByText(`${writer.name} is replying…`);
    await typing.waitFor();
    expect(
      await page
        .locator('[aria-live="polite"]', { hasText: 'is replying' })
        .count(),
    ).toBe(0);
    await other
      .getByRole('main')
      .getByRole('button', { name: 'Post reply' })
      .click();
    await post(other, second).waitFor();
    // The writer's own reply is not "new" to them.
    expect(
      await other
        .getByRole('main')
        .getByRole('button', { name: /new repl/ })
        .count(),
    ).toBe(0);

    // The reader is told, and the reply waits behind a button.
    const show = main.getByRole('button', { name: '1 new reply — show' });
    await show.waitFor();
    await announced(page, '1 new reply in this thread.');
    await typing.waitFor({ state: 'detached' });
    expect(await post(page, second).count()).toBe(0);
    await expectNoAxeViolations(
      page,
      'the thread page with a new reply waiting',
    );
    await saveScreenshot(page, 'live-new-replies', 'desktop');

    // Shown with the keyboard: the reply joins the tree, marked new, and what the reader was
    // reading stays where it was on the screen, with focus where the button was.
    const reading = post(page, first);
    await reading.scrollIntoViewIfNeeded();
    await show.focus();
    const topBefore = (await reading.boundingBox())?.y ?? 0;
    await page.keyboard.press('Enter');
    const shown = post(page, second);
    await shown.waitFor();
    await shown.getByText('New', { exact: true }).waitFor();
    await show.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () => document.activeElement?.id === 'new-replies',
    );
    expect(await activeElementId(page)).toBe('new-replies');
    const topAfter = (await reading.boundingBox())?.y ?? 0;
    expect(Math.abs(topAfter - topBefore)).toBeLessThan(2);
    await expectNoAxeViolations(
      page,
      'the thread page after showing the new reply',
    );

    // Offline on a phone: a small status says so, then that the connection is back.
    await page.setViewportSize({ width: 390, height: 844 });
    const before = mette.errors.length;
    await page.context().setOffline(true);
    const offline = page
      .getByRole('status')
      .filter({ hasText: 'Offline — reconnecting…' });
    await offline.waitFor();
    await expectNoAxeViolations(page, 'the thread page while offline');
    await saveScreenshot(page, 'live-offline', 'phone', false);
    const width = await page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(390);
    await page.context().setOffline(false);
    await page.getByRole('status').filter({ hasText: 'Back online' }).waitFor();
    await offline.waitFor({ state: 'detached' });
    // While offline, the socket's attempts to reconnect fail, as they should.
    const duringOffline = mette.errors
      .splice(before)
      .filter(
        (error) =>
          !/socket\.io|WebSocket|ERR_INTERNET_DISCONNECTED/.test(error),
      );
    expect(duringOffline).toEqual([]);

    // Still live after coming back.
    await visit(other, threadPath);
    const third = `Complaints about unclear letters went down (${stamp}).`;
    await postReply(other, third);
    await main.getByRole('button', { name: '1 new reply — show' }).waitFor();

    expect(mette.errors).toEqual([]);
    expect(sofia.errors).toEqual([]);
  }, 120_000);
});
