import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, problemOf } from '@sce/web-shared-data-access';
import { PageHeader } from '@sce/web-shared-ui';
import { SettingsApi } from '../settings.api';

type Outcome =
  | { kind: 'checking' }
  | { kind: 'confirmed' }
  | { kind: 'invalid'; detail: string | null }
  | { kind: 'failed' };

/**
 * `/confirm-email?token=…`, the link mailed to a new address: confirms the change as soon as it
 * opens. It needs no session (the link may be opened on another device).
 */
@Component({
  selector: 'sce-confirm-email',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PageHeader, RouterLink],
  templateUrl: './confirm-email.html',
  styleUrl: '../settings-form.scss',
})
export class ConfirmEmail implements OnInit {
  /** From the `token` query parameter (component input binding). */
  readonly token = input<string>();

  private readonly api = inject(SettingsApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly outcome = signal<Outcome>({ kind: 'checking' });

  ngOnInit(): void {
    const token = this.token()?.trim();
    if (!token) {
      this.outcome.set({ kind: 'invalid', detail: null });
      return;
    }
    this.api
      .confirmEmail(token)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.outcome.set({ kind: 'confirmed' }),
        error: (error: unknown) => {
          const problem = problemOf(error);
          this.outcome.set(
            problem === null
              ? { kind: 'failed' }
              : { kind: 'invalid', detail: problem.detail },
          );
        },
      });
  }
}
