import type { MatDialog } from '@angular/material/dialog';
import { defer, map, switchMap, type Observable } from 'rxjs';

/** The translated texts of a confirmation. */
export interface ConfirmDialogData {
  title: string;
  message: string;
  confirm: string;
  cancel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
}

/** The id of the dialog's question, read out with its title. */
export const CONFIRM_DIALOG_MESSAGE_ID = 'confirm-dialog-message';

/**
 * Asks before a destructive or important action and emits once: true when confirmed, false
 * otherwise (Escape, cancel, a click outside). Focus starts on the first button (cancel) and
 * goes back to the control that opened it. The dialog's code loads on first use, so pages
 * that never ask do not carry it.
 */
export function confirmDialog(
  dialog: MatDialog,
  data: ConfirmDialogData,
): Observable<boolean> {
  return defer(() => import('./confirm-dialog')).pipe(
    switchMap(({ ConfirmDialog }) =>
      dialog
        .open<InstanceType<typeof ConfirmDialog>, ConfirmDialogData, boolean>(
          ConfirmDialog,
          {
            data,
            width: '32rem',
            maxWidth: 'calc(100vw - 2rem)',
            ariaDescribedBy: CONFIRM_DIALOG_MESSAGE_ID,
          },
        )
        .afterClosed(),
    ),
    map((confirmed) => confirmed === true),
  );
}
