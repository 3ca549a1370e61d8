import { DestroyRef, Injectable, inject } from '@angular/core';
import { Meta } from '@angular/platform-browser';

/** How long a meta description may be before search engines cut it. */
const MAX_DESCRIPTION = 160;

/** Shortens a text to at most `max` characters at a word boundary, with an ellipsis. */
export function shortDescription(text: string, max = MAX_DESCRIPTION): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) {
    return clean;
  }
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,.;:]$/, '')}…`;
}

/**
 * The page's `<meta name="description">`. Provide it in a page component: the site's own
 * description (from index.html) comes back when the page goes.
 */
@Injectable()
export class PageMeta {
  private readonly meta = inject(Meta);
  private readonly original =
    this.meta.getTag('name="description"')?.content ?? null;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      if (this.original === null) {
        this.meta.removeTag('name="description"');
      } else {
        this.meta.updateTag({ name: 'description', content: this.original });
      }
    });
  }

  setDescription(text: string): void {
    this.meta.updateTag({
      name: 'description',
      content: shortDescription(text),
    });
  }
}
