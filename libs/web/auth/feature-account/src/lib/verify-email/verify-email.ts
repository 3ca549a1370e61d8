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
import { AccountApi } from '../account.api';

type Outcome =
  | { kind: 'checking' }
  | { kind: 'active' }
  | { kind: 'awaiting-approval' }
  | { kind: 'invalid'; detail: string | null }
  | { kind: 'failed' };

/** Confirms the address of the `token` query parameter (from the mail link) as soon as it opens. */
@Component({
  selector: 'sce-verify-email',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, PageHeader, RouterLink],
  templateUrl: './verify-email.html',
  styleUrl: '../account-form.scss',
})
export class VerifyEmail implements OnInit {
  /** From the `token` query parameter (component input binding). */
  readonly token = input<string>();

  private readonly api = inject(AccountApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly outcome = signal<Outcome>({ kind: 'checking' });
  ngOnInit(): void {
    const token = this.token()?.trim();
    if (!token) {
      this.outcome.set({ kind: 'invalid', detail: null });
      return;
    }
    this.api
      .verify(token)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ status }) => this.outcome.set({ kind: status }),
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
