import type { Browser, Locator, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { launchBrowser, openPage, type TestPage } from './support/browser';
import { saveScreenshot } from './support/screenshots';
import { signInAt as signIn } from './support/sign-in';

// A member of "Open Data & Interoperability" and a researcher there, whom the other journeys
// sign in little (the API limits sign-ins per account): the researcher replies to the member's
// thread.
const member = { email: 'lotte.janssens@example.org', name: 'Lotte Janssens' };
const researcher = {
  email: 'researcher@example.org',
  name: 'Dr Hanna Lindqvist',
};
const communityPath = '/communities/open-data';
const threadTitle = 'Practice: one shared API gateway for 64 municipalities';

/** The header's bell, by its whole name ("Notifications" or "Notifications, 2 unread"). */
function bell(page: Page, name: string): Locator {
  return page.getByRole('banner').getByRole('button', { name, exact: true });
}

/** The post (an `<article>`) whose own text contains `text`. */
function post(page: Page, text: string): Locator {
  return page.getByRole('main').locator('article.post', { hasText: text });
}

describe('notifications', () => {
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

  it('raises the member’s badge without a reload when a researcher replies, and leads her to the reply', async () => {
    const stamp = Date.now().toString(36);
    const reply = `Our evaluation found the shared gateway halved the time to publish (${stamp}).`;

    // The member opens her notifications and reads them all.
    const lotte = await openPage(browser, 'desktop');
    tabs.push(lotte);
    const page = lotte.page;
    const main = page.getByRole('main');
    await signIn(page, member, '/notifications');
    await page
      .getByRole('heading', { level: 1, name: 'Notifications' })
      .waitFor();
    await main.locator('.list, sce-empty-state').first().waitFor();
    const banner = page.getByRole('banner');
    await banner.getByRole('button', { name: /^Notifications/ }).waitFor();
    await expectNoAxeViolations(page, 'the notifications page');
    await saveScreenshot(page, 'notifications', 'desktop');
    if (
      (await main.locator('.count').innerText()).trim() !== 'Nothing unread'
    ) {
      await main.getByRole('button', { name: 'Mark all as read' }).click();
      await page
        .locator('[aria-live="polite"]', {
          hasText: 'All notifications are marked as read.',
        })
        .waitFor({ state: 'attached' });
    }
    await bell(page, 'Notifications').waitFor();
    expect(await main.locator('.item.unread').count()).toBe(0);

    // The bell's panel: the latest entries, all read now.
    await bell(page, 'Notifications').click();
    const panel = page.locator('#notifications-panel');
    await panel.getByRole('heading', { name: 'Notifications' }).waitFor();
    await panel.getByRole('link', { name: 'See all notifications' }).waitFor();
    await expectNoAxeViolations(page, 'the notifications menu');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    // The researcher replies to the member's thread in another browser.
    const hanna = await openPage(browser, 'desktop');
    tabs.push(hanna);
    const other = hanna.page;
    await signIn(other, researcher, communityPath);
    await other
      .getByRole('main')
      .getByRole('link', { name: threadTitle })
      .click();
    await other.getByRole('heading', { level: 1, name: threadTitle }).waitFor();
    await other
      .getByRole('main')
      .getByLabel('Reply to the thread', { exact: true })
      .fill(reply);
    await other
      .getByRole('main')
      .getByRole('button', { name: 'Post reply' })
      .click();
    await post(other, reply).waitFor();

    // The member's badge rises without a reload, said politely; the page offers what arrived.
    await bell(page, 'Notifications, 1 unread').waitFor();
    await page
      .locator('[role="status"]', { hasText: 'New notification. 1 unread.' })
      .waitFor({ state: 'attached' });
    await main
      .getByRole('button', { name: '1 new notification — show' })
      .waitFor();
    await expectNoAxeViolations(
      page,
      'the notifications page with a new notification',
    );

    // She opens the bell and the notification: it leads to the reply, which is focused.
    await bell(page, 'Notifications, 1 unread').click();
    const entry = panel.getByRole('link', {
      name: `Unread: ${researcher.name} replied to you in “${threadTitle}”`,
    });
    await entry.waitFor();
    await expectNoAxeViolations(
      page,
      'the notifications menu with an unread entry',
    );
    await saveScreenshot(page, 'notifications-menu', 'desktop', false);
    await entry.click();
    await page.waitForURL(
      (url) =>
        url.pathname.startsWith('/threads/') && url.searchParams.has('post'),
    );
    const postId = new URL(page.url()).searchParams.get('post') ?? '';
    const landed = post(page, reply);
    await landed.waitFor();
    expect(await landed.getAttribute('id')).toBe(`post-${postId}`);
    await page.waitForFunction(
      (id) => document.activeElement?.id === id,
      `post-${postId}`,
    );
    await bell(page, 'Notifications').waitFor();

    // She watches her own thread (she started it); tracking it instead is one choice away.
    const watch = main.getByRole('button', { name: 'Notifications: Watching' });
    await watch.click();
    await page.getByRole('menuitemradio', { name: 'Watching' }).waitFor();
    expect(
      await page
        .getByRole('menuitemradio', { name: 'Watching' })
        .getAttribute('aria-checked'),
    ).toBe('true');
    await expectNoAxeViolations(
      page,
      'the thread page with the watch menu open',
    );
    await saveScreenshot(page, 'notifications-watch', 'desktop', false);
    await page.getByRole('menuitemradio', { name: 'Tracking' }).click();
    await main
      .getByRole('button', { name: 'Notifications: Tracking' })
      .waitFor();
    await page
      .locator('[aria-live="polite"]', {
        hasText: 'Notifications for this thread: Tracking.',
      })
      .waitFor({ state: 'attached' });
    await expectNoAxeViolations(page, 'the thread page she was led to');

    // Her notification settings: a daily digest of replies.
    await banner
      .getByRole('button', { name: 'Notifications', exact: true })
      .click();
    await panel.getByRole('link', { name: 'Notification settings' }).click();
    await page.waitForURL((url) => url.pathname === '/settings/notifications');
    await main
      .getByText('Mails are off until you choose', { exact: false })
      .waitFor();
    await main.getByLabel('Replies to you').selectOption('daily');
    await main
      .getByRole('button', { name: 'Save notification settings' })
      .click();
    await main
      .getByText('Your notification settings have been saved.')
      .waitFor();
    await expectNoAxeViolations(page, 'the notification settings');
    await saveScreenshot(page, 'settings-notifications', 'desktop');

    // On a phone the panel fits the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await bell(page, 'Notifications').click();
    await panel.getByRole('link', { name: 'See all notifications' }).waitFor();
    const box = await panel.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= window.innerWidth,
      ),
    ).toBe(true);
    await expectNoAxeViolations(page, 'the notifications menu on a phone');
    await saveScreenshot(page, 'notifications-menu', 'phone', false);

    expect(lotte.errors).toEqual([]);
    expect(hanna.errors).toEqual([]);
  }, 180_000);
});
