import type { EnvironmentProviders, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';

/** Lets the opened dialog render (and a request's answer arrive). */
export const tick = (): Promise<unknown> =>
  new Promise((resolve) => setTimeout(resolve));
export const overlay = (): HTMLElement =>
  document.querySelector('.cdk-overlay-container') as HTMLElement;
/** The open dialog's element. */
export const dialog = (): HTMLElement =>
  overlay().querySelector('[role="dialog"]') as HTMLElement;

/** A test module for opening dialogs (animations off), with the given providers. */
export function configureDialogTest(
  ...providers: (Provider | EnvironmentProviders)[]
): void {
  TestBed.configureTestingModule({
    providers: [
      ...providers,
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
}

/** Closes every dialog and empties the overlay, for the next test. */
export function closeDialogs(): void {
  TestBed.inject(MatDialog).closeAll();
  overlay()?.replaceChildren();
}
