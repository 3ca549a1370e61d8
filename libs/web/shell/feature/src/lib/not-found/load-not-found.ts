import type { Type } from '@angular/core';

/**
 * The not-found page for a route's `loadComponent`. It is loaded when first needed, not with the
 * shell: its page header would bring the shared ui library into the first page's bundle.
 */
export const loadNotFound = (): Promise<Type<unknown>> =>
  import('./not-found').then((m) => m.NotFound);
