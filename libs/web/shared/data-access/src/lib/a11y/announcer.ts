import { Injectable, signal } from '@angular/core';
import type { TranslationParams } from '../i18n/i18n.service';
import type { TranslationKey } from '../i18n/messages.en';

export interface Announcement {
  /** Grows with every announcement, so the same text twice is still read out twice. */
  id: number;
  key: TranslationKey;
  params?: TranslationParams;
}

/** How long an announcement stays in the live region (so a language switch does not repeat it). */
export const ANNOUNCEMENT_LIFETIME_MS = 10_000;

/**
 * Polite screen reader announcements of things that happened away from the focus ("You have
 * signed out."). The shell renders the latest one in its `aria-live` region, in the current
 * language; announcing never moves focus.
 */
@Injectable({ providedIn: 'root' })
export class Announcer {
  private readonly latest = signal<Announcement | null>(null);
  private nextId = 1;
  private expiry: ReturnType<typeof setTimeout> | undefined;

  readonly announcement = this.latest.asReadonly();

  announce(key: TranslationKey, params?: TranslationParams): void {
    this.latest.set({ id: this.nextId++, key, params });
    clearTimeout(this.expiry);
    this.expiry = setTimeout(() => this.clear(), ANNOUNCEMENT_LIFETIME_MS);
  }

  clear(): void {
    clearTimeout(this.expiry);
    this.latest.set(null);
  }
}
