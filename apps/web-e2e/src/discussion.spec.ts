import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  activeElementId,
  launchBrowser,
  openPage,
  visit,
  waitForAttribute,
  waitForTitle,
  type TestPage,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

// Two members of the public, open "Open Data & Interoperability" community that the other
// journeys leave alone (the API limits sign-ins per account).
const password = process.env['E2E_DEMO_PASSWORD'] ?? 'exchange-demo';
const asker = {
  email: 'erik.nilsen@example.org',
  name: 'Erik Nilsen',
};
const helper = {
  email: 'jonas.weber@example.org',
  name: 'Jonas Weber',
};
const community = 'Open Data & Interoperability';

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
  await page
    .getByRole('banner')
    .getByRole('button', { name: account.name })
    .waitFor();
  await page.waitForURL((url) => url.pathname === returnUrl.split('?')[0]);
}

/** The post (an `<article>`) whose own text contains `text`; its replies are outside it. */
function post(page: Page, text: string): Locator {
  return page.getByRole('main').locator('article.post', { hasText: text });
}

async function postId(article: Locator): Promise<string> {
  const id = (await article.getAttribute('id')) ?? '';
  return id.replace(/^post-/, '');
}

/** Waits for the announcement in the shell's polite live region. */
async function announced(page: Page, text: string): Promise<void> {
  await page
    .locator('[aria-live="polite"]', { hasText: text })
    .waitFor({ state: 'attached' });
}

describe('a threaded discussion', () => {
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

  async function tab(viewport: 'desktop' | 'phone'): Promise<TestPage> {
    const opened = await openPage(browser, viewport);
    tabs.push(opened);
    return opened;
  }

  it('asks a question, gets a reply to a reply and accepts it as the answer', async () => {
    const stamp = Date.now().toString(36);
    const title = `Which open data licence do you use for parking data? (${stamp})`;
    const context = `Some context first: we publish under CC BY 4.0 today (${stamp}).`;
    const answer = `We use CC0 for real-time data, so reusers need no attribution (${stamp}).`;

    // The asker opens the community from the directory.
    const erik = await tab('desktop');
    const page = erik.page;
    const main = page.getByRole('main');
    await signIn(page, asker, '/communities');
    await page
      .getByRole('heading', { level: 1, name: 'Communities' })
      .waitFor();
    await waitForTitle(page, 'Communities · Smart Cities Exchange');
    const directoryLink = main.getByRole('link', { name: community });
    await directoryLink.waitFor();
    expect(
      await main
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: community }) })
        .getByText('You are a member')
        .count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'the community directory');
    await saveScreenshot(page, 'communities', 'desktop');

    await directoryLink.click();
    await page.getByRole('heading', { level: 1, name: community }).waitFor();
    await waitForTitle(page, `${community} · Smart Cities Exchange`);
    await main.getByText('You are a member').first().waitFor();
    await main.getByRole('heading', { level: 2, name: 'Threads' }).waitFor();
    await main
      .getByRole('link', { name: /Publishing real-time parking availability/ })
      .waitFor();
    await expectNoAxeViolations(page, 'the community page');
    await saveScreenshot(page, 'community', 'desktop');

    // Filter the threads by kind; the filter is kept in the address.
    await main.getByLabel('Kind').selectOption('practice');
    await main.getByRole('button', { name: 'Show threads' }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('kind') === 'practice',
    );
    await main
      .getByRole('link', { name: /one shared API gateway/ })
      .waitFor();
    expect(
      await main
        .getByRole('link', { name: /Publishing real-time parking/ })
        .count(),
    ).toBe(0);
    await main.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('kind'));

    // Start a question.
    await main.getByRole('link', { name: 'Start a thread' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Start a thread' })
      .waitFor();
    await main.getByRole('radio', { name: 'Question' }).check();
    expect(await main.getByRole('radio', { name: 'Research' }).count()).toBe(
      0,
    );
    await main.getByLabel('Title').fill(title);
    const body = main.getByLabel('Text', { exact: true });
    await body.fill('Which licence do you publish real-time parking data under');
    // Ctrl+B makes the selection bold; the preview is rendered by the API.
    await body.press('End');
    await body.pressSequentially(' and why?');
    await body.press('Shift+Home');
    await body.press('Control+b');
    expect(await body.inputValue()).toBe(
      '**Which licence do you publish real-time parking data under and why?**',
    );
    await main.getByRole('tab', { name: 'Preview' }).click();
    await main
      .getByRole('tabpanel', { name: 'Preview' })
      .locator('strong', { hasText: 'Which licence' })
      .waitFor();
    await expectNoAxeViolations(page, 'the new-thread page with a preview');
    await main.getByRole('tab', { name: 'Write' }).click();
    await main.getByLabel('Tags (optional)').fill('Licensing, parking');
    await saveScreenshot(page, 'new-thread', 'desktop');
    await main.getByRole('button', { name: 'Publish thread' }).click();

    await page.waitForURL((url) => url.pathname.startsWith('/threads/'));
    const threadPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForTitle(page, `${title} · Smart Cities Exchange`);
    await main.locator('.thread-header .badge', { hasText: 'Question' }).waitFor();
    await main.locator('.thread-body strong', { hasText: 'Which licence' }).waitFor();
    await announced(page, `Your thread “${title}” has been published.`);

    // The asker adds context as a first reply.
    await main.getByLabel('Reply to the thread', { exact: true }).fill(context);
    await main.getByRole('button', { name: 'Post reply' }).click();
    const contextPost = post(page, context);
    await contextPost.waitFor();
    await announced(page, 'Your reply has been posted.');
    await page.waitForFunction(
      () => document.activeElement?.classList.contains('post') === true,
    );
    expect(await activeElementId(page)).toBe(
      `post-${await postId(contextPost)}`,
    );
    expect(await main.getByLabel('Reply to the thread', { exact: true }).inputValue()).toBe('');
    await expectNoAxeViolations(page, 'the thread page');

    // A second member answers that reply, in a reply to it, and reacts to it.
    const jonas = await tab('desktop');
    const second = jonas.page;
    const secondMain = second.getByRole('main');
    await signIn(second, helper, threadPath);
    await second.getByRole('heading', { level: 1, name: title }).waitFor();
    const contextForJonas = post(second, context);
    const contextId = await postId(contextForJonas);
    await contextForJonas.getByRole('button', { name: 'Insightful, 0 people' }).click();
    await contextForJonas
      .getByRole('button', { name: 'Insightful, 1 person, you reacted' })
      .waitFor();
    expect(
      await contextForJonas
        .getByRole('button', { name: 'Insightful, 1 person, you reacted' })
        .getAttribute('aria-pressed'),
    ).toBe('true');

    await contextForJonas.getByRole('button', { name: 'Reply', exact: true }).click();
    const replyBox = secondMain.getByLabel(`Your reply to ${asker.name}`, {
      exact: true,
    });
    await replyBox.waitFor();
    expect(await activeElementId(second)).toBe(await replyBox.getAttribute('id'));
    await replyBox.fill(`${answer} Ask `);
    // Mention the asker with the keyboard: @ and part of the name offer people to pick.
    await replyBox.press('End');
    await replyBox.pressSequentially('@Erik Nil');
    const suggestions = secondMain.getByRole('listbox', {
      name: 'People to mention',
    });
    const erikOption = suggestions.getByRole('option', {
      name: `${asker.name}, Stavanger Municipality`,
    });
    await erikOption.waitFor();
    expect(await replyBox.getAttribute('aria-autocomplete')).toBe('list');
    expect(await replyBox.getAttribute('aria-controls')).toBe(
      await suggestions.getAttribute('id'),
    );
    await second
      .getByRole('status')
      .filter({ hasText: /^1 person found\./ })
      .waitFor({ state: 'attached' });
    await expectNoAxeViolations(second, 'the reply composer offering people to mention');
    await saveScreenshot(second, 'mention-picker', 'desktop', false);
    await replyBox.press('ArrowDown');
    await waitForAttribute(
      replyBox,
      'aria-activedescendant',
      await erikOption.getAttribute('id'),
    );
    expect(await erikOption.getAttribute('aria-selected')).toBe('true');
    await replyBox.press('Enter');
    await suggestions.waitFor({ state: 'hidden' });
    expect(await replyBox.inputValue()).toMatch(
      new RegExp(`Ask @\\[${asker.name}\\]\\(user:[0-9a-f-]{36}\\) $`),
    );
    expect(await activeElementId(second)).toBe(await replyBox.getAttribute('id'));
    await replyBox.pressSequentially('for details.');
    await replyBox.press('Control+Enter');
    const answerPost = post(second, answer);
    await answerPost.waitFor();
    await announced(second, 'Your reply has been posted.');
    const answerId = await postId(answerPost);
    // The post shows the mention as the person's name.
    await answerPost
      .locator('.sce-markdown .mention', { hasText: `@${asker.name}` })
      .waitFor();
    await answerPost
      .locator('.sce-markdown p', { hasText: `Ask @${asker.name} for details.` })
      .waitFor();
    // Nested: the answer is in the list of replies to the context reply.
    await secondMain
      .getByRole('list', { name: `Replies to ${asker.name}` })
      .locator(`#post-${answerId}`)
      .waitFor();
    await second.waitForFunction(
      (id) => document.activeElement?.id === id,
      `post-${answerId}`,
    );

    // Bookmark the context reply and find it on the bookmarks page.
    await contextForJonas.getByRole('button', { name: 'Bookmark' }).click();
    await announced(second, 'The reply is in your bookmarks.');
    expect(
      await contextForJonas
        .getByRole('button', { name: 'Bookmark' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await expectNoAxeViolations(second, 'the thread page after replying');

    await visit(second, '/bookmarks');
    await second.getByRole('heading', { level: 1, name: 'Bookmarks' }).waitFor();
    const bookmark = secondMain.getByRole('link', {
      name: `A reply in “${title}”`,
    });
    await bookmark.waitFor();
    expect(await bookmark.getAttribute('href')).toBe(
      `${threadPath}?post=${contextId}`,
    );
    await expectNoAxeViolations(second, 'the bookmarks page');
    await saveScreenshot(second, 'bookmarks', 'desktop');

    // The members page.
    await visit(second, '/communities/open-data/members');
    await second
      .getByRole('heading', { level: 1, name: `Members of ${community}` })
      .waitFor();
    await secondMain
      .getByRole('table', { name: /^Members of / })
      .getByRole('rowheader', { name: helper.name })
      .waitFor();
    await expectNoAxeViolations(second, 'the members page');
    await saveScreenshot(second, 'community-members', 'desktop');

    // The asker accepts the reply to the reply as the answer.
    await page.reload({ waitUntil: 'domcontentloaded' });
    const answerForErik = post(page, answer);
    await answerForErik.waitFor();
    await answerForErik
      .getByRole('button', { name: 'Accept as answer' })
      .click();
    await announced(
      page,
      `The reply of ${helper.name} is now the accepted answer.`,
    );
    await answerForErik.getByText('Accepted answer').waitFor();
    await main.locator('.thread-header .badge', { hasText: 'Answered' }).waitFor();
    await answerForErik
      .getByRole('button', { name: 'Withdraw acceptance' })
      .waitFor();
    expect(await post(page, context).getByText('Accepted answer').count()).toBe(0);
    await expectNoAxeViolations(page, 'the thread page with an accepted answer');
    await saveScreenshot(page, 'thread', 'desktop');

    // A permalink opens the thread at the answer, highlighted and focused.
    await visit(page, `${threadPath}?post=${answerId}`);
    await page.waitForFunction(
      (id) => document.activeElement?.id === id,
      `post-${answerId}`,
    );
    expect(
      await page.locator(`#post-${answerId}`).getAttribute('class'),
    ).toContain('highlighted');

    // The community lists the question as answered.
    await main.getByRole('link', { name: community }).click();
    const listed = main.getByRole('listitem').filter({
      has: page.getByRole('link', { name: title }),
    });
    await listed.waitFor();
    await listed.getByText('Answered').waitFor();

    // The same thread on a phone.
    const phone = await tab('phone');
    await signIn(phone.page, asker, threadPath);
    await phone.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await post(phone.page, answer).getByText('Accepted answer').waitFor();
    await expectNoAxeViolations(phone.page, 'the thread page on a phone');
    await saveScreenshot(phone.page, 'thread', 'phone');
    // Nothing is wider than the phone: no sideways scrolling.
    const width = await phone.page.evaluate(
      () => document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(phone.page.viewportSize()?.width ?? 390);
    await phone.page
      .getByRole('navigation', { name: 'You are here' })
      .getByRole('link', { name: community })
      .click();
    await phone.page.getByRole('heading', { level: 1, name: community }).waitFor();
    await phone.page.getByRole('main').getByRole('link', { name: title }).waitFor();
    await expectNoAxeViolations(phone.page, 'the community page on a phone');
    await saveScreenshot(phone.page, 'community', 'phone');

    expect(erik.errors).toEqual([]);
    expect(jonas.errors).toEqual([]);
    expect(phone.errors).toEqual([]);
  });
});
