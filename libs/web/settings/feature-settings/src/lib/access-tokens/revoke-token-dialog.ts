import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import { TranslatePipe } from '@sce/web-shared-data-access';

export interface RevokeTokenDialogData {
  name: string;
}

/**
 * Asks before a token is revoked. Open it with `role: 'alertdialog'` and `autoFocus: '.cancel'`, so
 * focus starts on "Cancel", the safe choice. It closes with `true` when the person confirms.
 */
@Component({
  selector: 'sce-revoke-token-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatDialogActions,
    MatDialogClose,
    MatDialogContent,
    MatDialogTitle,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>
      {{ 'settings.tokens.revoke.title' | t: { name: data.name } }}
    </h2>
    <mat-dialog-content>
      <p id="revoke-token-description" class="body">
        {{ 'settings.tokens.revoke.body' | t }}
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton class="cancel" type="button" [mat-dialog-close]="false">
        {{ 'settings.cancel' | t }}
      </button>
      <button
        matButton="filled"
        class="danger"
        type="button"
        [mat-dialog-close]="true"
      >
        {{ 'settings.tokens.revoke.confirm' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .body {
      margin: 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface);
    }
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class RevokeTokenDialog {
  protected readonly data = inject<RevokeTokenDialogData>(MAT_DIALOG_DATA);
}
