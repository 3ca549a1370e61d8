import { DOCUMENT, Injectable, inject } from '@angular/core';

/** Where drafts are kept: `sce.draft.<key>` in localStorage. */
export const DRAFT_STORAGE_PREFIX = 'sce.draft.';

/**
 * Unsent texts of the composer, kept in this browser's localStorage per place (a thread, the
 * post replied to, a new thread in a community), so a reload or a wrong click loses nothing.
 * Storage that is full or disabled only means drafts are not kept.
 */
@Injectable({ providedIn: 'root' })
export class ComposerDrafts {
  private readonly storage = inject(DOCUMENT).defaultView?.localStorage;

  load(key: string): string | null {
    try {
      const text = this.storage?.getItem(DRAFT_STORAGE_PREFIX + key) ?? null;
      return text === '' ? null : text;
    } catch {
      return null;
    }
  }

  /** Keeps the text; an empty (or blank) text removes the draft. */
  save(key: string, text: string): void {
    try {
      if (text.trim() === '') {
        this.storage?.removeItem(DRAFT_STORAGE_PREFIX + key);
      } else {
        this.storage?.setItem(DRAFT_STORAGE_PREFIX + key, text);
      }
    } catch {
      // Full or disabled storage: the draft lasts as long as the page.
    }
  }

  clear(key: string): void {
    this.save(key, '');
  }
}

/** The draft key of a reply: to the thread, or to one post of it. */
export function replyDraftKey(threadId: string, parentId: string | null): string {
  return parentId === null
    ? `reply.${threadId}`
    : `reply.${threadId}.${parentId}`;
}

/** The draft key of a new thread's body in a community. */
export function newThreadDraftKey(slug: string): string {
  return `thread.${slug}`;
}
