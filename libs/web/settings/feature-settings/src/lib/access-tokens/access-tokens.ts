import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type {
  AccessToken,
  CreateAccessTokenRequest,
  CreatedAccessToken,
} from '@sce/shared-contracts';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  isApiError,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { PageHeader, ProblemSummary } from '@sce/web-shared-ui';
import { FormProblems } from '../form-problems';
import { SettingsApi } from '../settings.api';
import {
  RevokeTokenDialog,
  type RevokeTokenDialogData,
} from './revoke-token-dialog';

type Field = 'name' | 'expiresInDays';

export const TOKEN_NAME_MAX_LENGTH = 80;

/** The choices of lifetime; `never` sends no `expiresInDays`. */
export const expiryChoices = ['7', '30', '90', '365', 'never'] as const;
type Expiry = (typeof expiryChoices)[number];

const expiryKeys: Readonly<Record<Expiry, TranslationKey>> = {
  '7': 'settings.tokens.expiry.days7',
  '30': 'settings.tokens.expiry.days30',
  '90': 'settings.tokens.expiry.days90',
  '365': 'settings.tokens.expiry.days365',
  never: 'settings.tokens.expiry.never',
};

function withoutSecret(token: CreatedAccessToken): AccessToken {
  const { id, name, prefix, createdAt, expiresAt, lastUsedAt } = token;
  return { id, name, prefix, createdAt, expiresAt, lastUsedAt };
}

type List =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'loaded'; tokens: readonly AccessToken[] };

/**
 * `/settings/tokens`: personal access tokens for integrations. Lists the live ones, creates one
 * with a name and a lifetime and shows its secret once (with a copy button and a warning that it
 * is never shown again), and revokes one after asking in a dialog.
 */
@Component({
  selector: 'sce-access-tokens',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    PageHeader,
    MatButton,
    ProblemSummary,
  ],
  templateUrl: './access-tokens.html',
  styleUrls: ['../settings-form.scss', './access-tokens.scss'],
})
export class AccessTokens {
  private readonly api = inject(SettingsApi);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly secretPanel =
    viewChild<ElementRef<HTMLElement>>('secretPanel');
  private readonly secretInput =
    viewChild<ElementRef<HTMLInputElement>>('secretInput');
  private readonly listHeading =
    viewChild.required<ElementRef<HTMLElement>>('listHeading');

  protected readonly expiryChoices = expiryChoices;
  protected readonly expiryKeys = expiryKeys;
  protected readonly problems = new FormProblems<Field>(
    'token',
    ['name', 'expiresInDays'],
    {
      name: 'settings.tokens.error.name',
      expiresInDays: 'settings.tokens.error.expiry',
    },
  );

  protected readonly form = new FormGroup({
    name: new FormControl('', { nonNullable: true }),
    expiry: new FormControl<Expiry>('30', { nonNullable: true }),
  });

  protected readonly list = signal<List>({ kind: 'loading' });
  protected readonly tokens = computed(() => {
    const list = this.list();
    return list.kind === 'loaded' ? list.tokens : [];
  });
  protected readonly pending = signal(false);
  /** The token just created, with its secret: shown until dismissed or the page is left. */
  protected readonly created = signal<CreatedAccessToken | null>(null);
  protected readonly copied = signal<'no' | 'yes' | 'failed'>('no');
  /** Why the last revocation failed. */
  protected readonly listProblem = signal<string | null>(null);
  /** The id of the token being revoked. */
  protected readonly revoking = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.list.set({ kind: 'loading' });
    this.api
      .accessTokens()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (tokens) => this.list.set({ kind: 'loaded', tokens }),
        error: () => this.list.set({ kind: 'failed' }),
      });
  }

  protected formatDate(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected isExpired(token: AccessToken): boolean {
    return (
      token.expiresAt !== null && Date.parse(token.expiresAt) <= Date.now()
    );
  }

  protected create(): void {
    if (this.pending()) {
      return;
    }
    const controls = this.form.controls;
    const name = controls.name.value.trim();
    controls.name.setValue(name);
    if (name === '' || name.length > TOKEN_NAME_MAX_LENGTH) {
      this.problems.showFields({ name: 'settings.tokens.error.name' });
      return;
    }
    const expiry = controls.expiry.value;
    const request: CreateAccessTokenRequest =
      expiry === 'never' ? { name } : { name, expiresInDays: Number(expiry) };
    this.pending.set(true);
    this.api
      .createAccessToken(request)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (token) => {
          this.pending.set(false);
          this.problems.clear();
          this.form.reset();
          this.copied.set('no');
          this.created.set(token);
          this.list.update((list) =>
            list.kind === 'loaded'
              ? {
                  kind: 'loaded',
                  tokens: [withoutSecret(token), ...list.tokens],
                }
              : list,
          );
          afterNextRender(() => this.secretPanel()?.nativeElement.focus(), {
            injector: this.injector,
          });
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.problems.showApiError(error, 'settings.tokens.error.failed', {
            CONFLICT: 'settings.tokens.error.tooMany',
          });
        },
      });
  }

  protected copy(secret: string): void {
    const clipboard = this.document.defaultView?.navigator.clipboard;
    if (!clipboard) {
      this.copyFailed();
      return;
    }
    void clipboard.writeText(secret).then(
      () => {
        this.copied.set('yes');
        this.announcer.announce('settings.tokens.secret.copied');
      },
      () => this.copyFailed(),
    );
  }

  /** "I have stored it": the secret goes away for good; focus moves to the list. */
  protected dismissSecret(): void {
    this.created.set(null);
    afterNextRender(() => this.listHeading().nativeElement.focus(), {
      injector: this.injector,
    });
  }

  protected confirmRevoke(token: AccessToken): void {
    if (this.revoking() !== null) {
      return;
    }
    this.dialog
      .open<RevokeTokenDialog, RevokeTokenDialogData, boolean>(
        RevokeTokenDialog,
        {
          data: { name: token.name },
          role: 'alertdialog',
          ariaDescribedBy: 'revoke-token-description',
          // The safe choice first.
          autoFocus: '.cancel',
          maxWidth: 'min(32rem, calc(100vw - 2rem))',
        },
      )
      .afterClosed()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (confirmed === true) {
          this.revoke(token);
        }
      });
  }

  private revoke(token: AccessToken): void {
    this.revoking.set(token.id);
    this.listProblem.set(null);
    this.api
      .revokeAccessToken(token.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => this.revoked(token),
        error: (error: unknown) => {
          if (isApiError(error, 404)) {
            // Already gone (revoked in another tab): just as good.
            this.revoked(token);
            return;
          }
          this.revoking.set(null);
          this.listProblem.set(
            this.i18n.translate('settings.tokens.error.revokeFailed', {
              name: token.name,
            }),
          );
        },
      });
  }

  private revoked(token: AccessToken): void {
    this.revoking.set(null);
    this.list.update((list) =>
      list.kind === 'loaded'
        ? {
            kind: 'loaded',
            tokens: list.tokens.filter((t) => t.id !== token.id),
          }
        : list,
    );
    if (this.created()?.id === token.id) {
      this.created.set(null);
    }
    this.announcer.announce('settings.tokens.revoked', { name: token.name });
    // The button that had focus is gone with its row.
    afterNextRender(() => this.listHeading().nativeElement.focus(), {
      injector: this.injector,
    });
  }

  /** Selects the token, so copying it by hand is one keystroke away. */
  private copyFailed(): void {
    this.copied.set('failed');
    this.secretInput()?.nativeElement.select();
    this.announcer.announce('settings.tokens.secret.copyFailed');
  }
}
