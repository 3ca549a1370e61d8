import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import {
  launchBrowser,
  openPage,
  visit,
  waitForTitle,
  type TestPage,
  type ViewportName,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

// Two members of the public "Open Data & Interoperability" community in other time zones: the
// organiser plans in Oslo, the member reads in London (their profiles' zones; the browser's is
// Amsterdam, which the app must not use for people who are signed in).
const password = process.env['E2E_DEMO_PASSWORD'] ?? 'exchange-demo';
const organiser = { email: 'erik.nilsen@example.org', name: 'Erik Nilsen' };
const member = { email: 'member@example.org', name: 'Tom Ashworth' };
// Another member of the community, added as co-organiser (never signed in here).
const coOrganiser = { name: 'Lotte Janssens', organisation: 'Province of West Flanders' };

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

async function announced(page: Page, text: string): Promise<void> {
  await page
    .locator('[aria-live="polite"]', { hasText: text })
    .waitFor({ state: 'attached' });
}

/** The wall clock of `instant` in `timeZone`: `YYYY-MM-DD` and `HH:MM`. */
function wallClock(instant: Date, timeZone: string): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}`,
  };
}

/** The instant the clocks in `timeZone` show `day` `time` (not a daylight-saving gap). */
function instantOf(day: string, time: string, timeZone: string): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const shown = wallClock(new Date(guess), timeZone);
    guess += wall - Date.parse(`${shown.day}T${shown.time}:00Z`);
  }
  return new Date(guess);
}

/** Nothing is wider than the phone: no sideways scrolling. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 390);
}

describe('events with RSVP and calendars', () => {
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

  async function tab(viewport: ViewportName): Promise<TestPage> {
    const opened = await openPage(browser, viewport);
    tabs.push(opened);
    return opened;
  }

  it('organises an event in Oslo time, which a member in London answers and adds to a calendar', async () => {
    const stamp = Date.now().toString(36);
    const title = `Open data sprint ${stamp}`;
    // About two months ahead, 10:00–12:00 in Oslo.
    const day = wallClock(new Date(Date.now() + 60 * 86_400_000), 'Europe/Oslo').day;
    const month = day.slice(0, 7);
    const start = instantOf(day, '10:00', 'Europe/Oslo');
    const end = instantOf(day, '12:00', 'Europe/Oslo');
    // What London's clocks show then (one hour less, whatever daylight saving does that day).
    const londonTimes = `${wallClock(start, 'Europe/London').time}–${wallClock(end, 'Europe/London').time}`;
    expect(londonTimes).toBe('09:00–11:00');

    // The organiser opens the community and organises an event.
    const erik = await tab('desktop');
    const page = erik.page;
    const main = page.getByRole('main');
    await signIn(page, organiser, '/communities/open-data');
    await main
      .getByRole('heading', { level: 2, name: 'Upcoming events' })
      .waitFor();
    await main
      .getByRole('link', { name: 'Study visit: Stavanger’s urban data platform', exact: true })
      .waitFor();
    await main.getByRole('link', { name: 'Organise an event' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Organise an event' })
      .waitFor();
    await waitForTitle(
      page,
      'New event · Open Data & Interoperability · Smart Cities Exchange',
    );
    // The times are read in the organiser's own zone unless they choose another.
    expect(await main.getByLabel('Time zone').inputValue()).toBe('Europe/Oslo');
    await expectNoAxeViolations(page, 'the new-event form');
    await saveScreenshot(page, 'new-event', 'desktop');

    // Sent empty, the form says what to fix and moves focus to the first field.
    await main.getByRole('button', { name: 'Publish event' }).click();
    await main
      .getByRole('alert')
      .getByText('Enter a title of 3 to 200 characters.')
      .waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'event-title');
    expect(await main.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'the new-event form with problems');
    await saveScreenshot(page, 'new-event-problems', 'desktop', false);

    await main.getByLabel('Title').fill(title);
    await main.getByLabel('Kind of event').selectOption('workshop');
    await main.getByLabel('Start date').fill(day);
    await main.getByLabel('Start time').fill('10:00');
    // The end follows the start: the same day, an hour later.
    expect(await main.getByLabel('End date').inputValue()).toBe(day);
    expect(await main.getByLabel('End time').inputValue()).toBe('11:00');
    await main.getByLabel('End time').fill('12:00');
    await main
      .getByLabel('Venue (optional for online events)')
      .fill('Stavanger smart city office');
    await main.getByLabel('Places (optional)').fill('20');
    await main
      .getByLabel('Description')
      .fill('A morning of **open data** work on the mobility datasets.');
    await main.getByLabel('Agenda (optional)').fill('- 10:00 Welcome\n- 10:30 Sprint');
    // A co-organiser, found by name with the person picker: added at once, the field emptied.
    const organisers = main.getByRole('group', { name: 'Organisers' });
    await organisers
      .getByRole('list', { name: 'Organisers of this event' })
      .getByText(`${organiser.name} (you)`)
      .waitFor();
    const addOrganiser = main.getByRole('combobox', { name: 'Add a co-organiser (optional)' });
    await addOrganiser.fill('Lotte');
    await main
      .getByRole('option', { name: `${coOrganiser.name}, ${coOrganiser.organisation}` })
      .click();
    await organisers
      .getByRole('button', { name: `Remove ${coOrganiser.name} as organiser` })
      .waitFor();
    expect(await addOrganiser.inputValue()).toBe('');
    await announced(page, `${coOrganiser.name} added as co-organiser.`);
    await expectNoAxeViolations(page, 'the new-event form with a co-organiser');
    await main.getByRole('button', { name: 'Publish event' }).click();

    await page.waitForURL((url) => /^\/events\/[0-9a-f-]{36}$/.test(url.pathname));
    const eventPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitForTitle(page, `${title} · Smart Cities Exchange`);
    await announced(page, `Your event “${title}” has been published.`);
    await main.getByText('10:00–12:00 in Oslo').waitFor();
    // The organiser's clocks agree with Oslo's: no second time.
    expect(await main.getByText(/your time/).count()).toBe(0);
    await main.locator('.sce-markdown strong', { hasText: 'open data' }).waitFor();
    await main.getByRole('heading', { level: 2, name: 'For organisers' }).waitFor();
    await main.getByRole('link', { name: 'Edit event' }).waitFor();
    await main.getByText('Nobody has answered yet.').waitFor();
    await main.getByText('20 of 20 places left').waitFor();
    await main.getByText(`${organiser.name}, ${coOrganiser.name}`).waitFor();
    await expectNoAxeViolations(page, 'the event page (organiser)');
    await saveScreenshot(page, 'event-organiser', 'desktop');

    // The edit form (the same form) lists both organisers; only the co-organiser can be removed.
    await main.getByRole('link', { name: 'Edit event' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edit event' }).waitFor();
    const editOrganisers = main.getByRole('list', { name: 'Organisers of this event' });
    await editOrganisers.getByText(`${organiser.name} (you)`).waitFor();
    await editOrganisers
      .getByRole('button', { name: `Remove ${coOrganiser.name} as organiser` })
      .waitFor();
    expect(await editOrganisers.getByRole('button').count()).toBe(1);
    await expectNoAxeViolations(page, 'the edit-event form');
    await saveScreenshot(page, 'edit-event', 'desktop');
    await main.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // A member in London opens it: both times, and answers "Going".
    const tom = await tab('desktop');
    const second = tom.page;
    const secondMain = second.getByRole('main');
    await signIn(second, member, eventPath);
    await second.getByRole('heading', { level: 1, name: title }).waitFor();
    await secondMain.getByText('10:00–12:00 in Oslo').waitFor();
    await secondMain.getByText(`${londonTimes} your time`).waitFor();
    await secondMain.getByText('You have not answered yet.').waitFor();
    expect(await secondMain.getByRole('heading', { name: 'For organisers' }).count()).toBe(0);
    const rsvp = secondMain.getByRole('group', { name: 'Will you come?' });
    await rsvp.getByRole('button', { name: 'Going' }).click();
    await secondMain.getByText('You’re going.').waitFor();
    await announced(second, 'You’re going.');
    expect(
      await rsvp.getByRole('button', { name: 'Going' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await secondMain.getByText('19 of 20 places left').waitFor();
    await secondMain.getByText('1 going · 0 maybe').waitFor();
    await expectNoAxeViolations(second, 'the event page (member)');
    await saveScreenshot(second, 'event-member', 'desktop');

    // The organiser's page, open all along, shows the answer live and reads it out politely.
    await main.getByText('19 of 20 places left').waitFor();
    await main.getByText('1 going · 0 maybe').waitFor();
    await announced(page, 'Answers changed: 1 going · 0 maybe. Places: 19 of 20 places left.');
    // …and its list of who comes follows, without a reload.
    await main
      .getByRole('table', { name: '1 person answered' })
      .getByRole('rowheader', { name: member.name })
      .waitFor();

    // The .ics file, for any calendar app.
    const [download] = await Promise.all([
      second.waitForEvent('download'),
      secondMain.getByRole('link', { name: 'Add to your calendar (.ics file)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = (await readFile(await download.path(), 'utf8')).replace(
      /\r?\n[ \t]/g,
      '',
    );
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(title);

    // The organiser sees who comes, also after a reload.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await main
      .getByRole('table', { name: '1 person answered' })
      .getByRole('rowheader', { name: member.name })
      .waitFor();
    await main.getByRole('link', { name: 'Download the list (CSV)' }).waitFor();

    // The calendar of that month, in the member's time.
    await visit(second, `/events?month=${month}`);
    await second.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    await waitForTitle(second, 'Events · Smart Cities Exchange');
    const calendar = secondMain.getByRole('grid');
    await calendar.getByRole('link', { name: new RegExp(title) }).waitFor();
    await secondMain.getByText('Times are shown in your time zone, Europe/London.').waitFor();
    await expectNoAxeViolations(second, 'the events calendar');
    await saveScreenshot(second, 'events-calendar', 'desktop');
    // The keyboard: one day in the tab order; arrow keys move; Enter opens the day's event.
    const first = `${month}-01`;
    const active = calendar.locator('td[tabindex="0"]');
    expect(await active.getAttribute('data-date')).toBe(first);
    await active.focus();
    await second.keyboard.press('ArrowRight');
    await second.waitForFunction(
      () => document.activeElement?.getAttribute('data-date')?.endsWith('-02') === true,
    );
    await calendar.locator(`td[data-date="${day}"] .number`).click();
    await second.waitForFunction(
      (date) => document.activeElement?.getAttribute('data-date') === date,
      day,
    );
    await second.keyboard.press('Enter');
    await second.waitForFunction(
      () =>
        location.pathname !== '/events' || document.activeElement?.tagName === 'A',
    );
    // With other events that day (a rerun against the same data), Enter moves into the day's
    // list of events: the arrow keys find ours and Enter opens it.
    for (let i = 0; i < 10 && new URL(second.url()).pathname === '/events'; i++) {
      const focused = await second.evaluate(() => document.activeElement?.textContent ?? '');
      await second.keyboard.press(focused.includes(title) ? 'Enter' : 'ArrowDown');
    }
    await second.waitForURL((url) => url.pathname === eventPath);
    await second.getByRole('heading', { level: 1, name: title }).waitFor();

    // The list of the member's own upcoming events.
    await visit(second, '/events?view=list&mine=true');
    await secondMain.getByRole('heading', { level: 2, name: 'My upcoming events' }).waitFor();
    await secondMain.getByRole('link', { name: title }).waitFor();
    expect(await secondMain.getByLabel('Only my events').isChecked()).toBe(true);
    await expectNoAxeViolations(second, 'the list of my events');
    await saveScreenshot(second, 'events-list', 'desktop');

    // On a phone.
    const phone = await tab('phone');
    const small = phone.page;
    await signIn(small, member, `/events`);
    await visit(small, `/events?month=${month}`);
    await small.getByRole('grid').locator(`td[data-date="${day}"] .number`).click();
    // Phones list the chosen day's events under the table.
    const dayLabel = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      dateStyle: 'full',
    }).format(new Date(`${day}T12:00:00Z`));
    await small
      .getByRole('region', { name: dayLabel })
      .getByRole('link', { name: new RegExp(title) })
      .waitFor();
    await expectNoAxeViolations(small, 'the events calendar on a phone');
    await expectNoSidewaysScroll(small);
    await saveScreenshot(small, 'events-calendar', 'phone');
    await visit(small, eventPath);
    await small.getByRole('main').getByText(`${londonTimes} your time`).waitFor();
    await small.getByRole('main').getByText('You’re going.').waitFor();
    await expectNoAxeViolations(small, 'the event page on a phone');
    await expectNoSidewaysScroll(small);
    await saveScreenshot(small, 'event-member', 'phone');

    const organiserPhone = await tab('phone');
    await signIn(organiserPhone.page, organiser, eventPath);
    await organiserPhone.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectNoSidewaysScroll(organiserPhone.page);
    await saveScreenshot(organiserPhone.page, 'event-organiser', 'phone');
    await visit(organiserPhone.page, '/communities/open-data/new-event');
    await organiserPhone.page.getByLabel('Start date').waitFor();
    await expectNoAxeViolations(organiserPhone.page, 'the new-event form on a phone');
    await expectNoSidewaysScroll(organiserPhone.page);
    await saveScreenshot(organiserPhone.page, 'new-event', 'phone');

    // The organiser cancels the event, with a reason, after confirming.
    const op = organiserPhone.page;
    const opMain = op.getByRole('main');
    await visit(op, eventPath);
    await opMain.getByRole('button', { name: 'Cancel event…' }).click();
    await opMain.getByLabel('Reason (optional)').fill('The room is not available.');
    await opMain.getByRole('button', { name: 'Cancel event', exact: true }).click();
    await op
      .getByRole('dialog', { name: `Cancel “${title}”?` })
      .getByRole('button', { name: 'Cancel event' })
      .click();
    await opMain.getByText('This event is cancelled.').waitFor();
    await opMain.getByText('Reason: The room is not available.').waitFor();
    await announced(op, `The event “${title}” is cancelled.`);
    await opMain.getByText('The event is cancelled.').waitFor();
    await expectNoAxeViolations(op, 'a cancelled event on a phone');
    await saveScreenshot(op, 'event-cancelled', 'phone');

    expect(erik.errors).toEqual([]);
    expect(tom.errors).toEqual([]);
    expect(phone.errors).toEqual([]);
    expect(organiserPhone.errors).toEqual([]);
  });
});
