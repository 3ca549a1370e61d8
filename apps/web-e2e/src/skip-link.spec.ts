import { expectNoAxeViolations } from './support/axe';
import {
  activeElementId,
  useBrowserTab,
  viewportNames,
  visit,
} from './support/browser';
import { saveScreenshot } from './support/screenshots';

describe.each(viewportNames)('skip link on a %s', (viewport) => {
  const tab = useBrowserTab(viewport);

  it.each(['/', '/about'])(
    'on %s the first Tab shows it and Enter moves focus to main',
    async (path) => {
      const { page, errors } = tab();
      await visit(page, path);

      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Skip to main content' });
      expect(
        await skipLink.evaluate((link) => link === document.activeElement),
      ).toBe(true);
      const box = await skipLink.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect(box?.height ?? 0).toBeGreaterThan(0);
      if (path === '/') {
        await expectNoAxeViolations(
          page,
          `the home page with the skip link focused (${viewport})`,
        );
        await saveScreenshot(page, 'skip-link', viewport, false);
      }

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      expect(await activeElementId(page)).toBe('main');
      // The link must not leave the page (a bare "#main" would resolve against <base href="/">).
      expect(new URL(page.url()).pathname).toBe(path);
      expect(errors).toEqual([]);
    },
  );
});
