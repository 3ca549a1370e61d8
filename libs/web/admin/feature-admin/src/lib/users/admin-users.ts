import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChildren,
  type ElementRef,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import {
  globalRoles,
  userStatuses,
  type AdminUser,
  type GlobalRole,
  type UserStatus,
} from '@sce/shared-contracts';
import {
  AdminUsersStore,
  type AdminUserFilter,
} from '@sce/web-admin-data-access';
import { SessionStore } from '@sce/web-auth-data-access';
import { suspendDialog } from '@sce/web-moderation-feature-moderation';
import { roleKeys } from '@sce/web-organisations-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';
import { statusKeys } from '../admin-labels';
import {
  ChangeRoleDialog,
  type ChangeRoleDialogData,
} from '../dialogs/change-role-dialog';
import {
  ConfirmDialog,
  type ConfirmDialogData,
} from '../dialogs/confirm-dialog';

const isStatus = (value: unknown): value is UserStatus =>
  (userStatuses as readonly unknown[]).includes(value);
const isRole = (value: unknown): value is GlobalRole =>
  (globalRoles as readonly unknown[]).includes(value);

/** The id of a row's action button, to give focus back to it after the action. */
export const actionId = (action: string, user: AdminUser): string =>
  `user-${action}-${user.id}`;

const dialogSize = { width: '34rem', maxWidth: 'calc(100vw - 2rem)' };

/**
 * People: search and filters (kept in the address, `?q=&status=&role=`), a table of the results
 * and the actions on each person. Every action is confirmed in a dialog; when it is done the
 * row shows the new state, the result is announced, and focus goes back to the action's button
 * (or, when that is gone, to the person's name).
 */
@Component({
  selector: 'sce-admin-users',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    MatButton,
  ],
  templateUrl: './admin-users.html',
  styleUrls: ['../admin-page.scss', './admin-users.scss'],
})
export class AdminUsers {
  readonly q = input<string>();
  readonly status = input<string>();
  readonly role = input<string>();

  protected readonly store = inject(AdminUsersStore);
  protected readonly list = this.store.list;
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly rowHeaders =
    viewChildren<ElementRef<HTMLElement>>('rowHeader');
  private focusIndex: number | null = null;

  protected readonly statuses = userStatuses;
  protected readonly roles = globalRoles;
  protected readonly statusKeys = statusKeys;
  protected readonly roleKeys = roleKeys;
  protected readonly actionId = actionId;
  /** What the last action did, shown above the table (screen readers hear it announced). */
  protected readonly notice = signal<{
    key: TranslationKey;
    params: Record<string, string>;
  } | null>(null);
  protected readonly selfId = computed(() => this.session.user()?.id ?? null);

  protected readonly filter = computed<AdminUserFilter>(() => {
    const status = this.status();
    const role = this.role();
    return {
      q: (this.q() ?? '').trim(),
      status: isStatus(status) ? status : null,
      role: isRole(role) ? role : null,
    };
  });
  protected readonly filtered = computed(() => {
    const { q, status, role } = this.filter();
    return q !== '' || status !== null || role !== null;
  });
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl<UserStatus | ''>('', { nonNullable: true }),
    role: new FormControl<GlobalRole | ''>('', { nonNullable: true }),
  });

  constructor() {
    this.store.loadOrganisationNames();
    effect(() => {
      const filter = this.filter();
      untracked(() => {
        this.form.setValue({
          q: filter.q,
          status: filter.status ?? '',
          role: filter.role ?? '',
        });
        this.list.load(filter);
      });
    });
    afterRenderEffect(() => {
      const rows = this.rowHeaders();
      if (this.focusIndex !== null && rows.length > this.focusIndex) {
        rows[this.focusIndex].nativeElement.focus();
        this.focusIndex = null;
      }
    });
  }

  protected formatDate(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected organisationName(id: string): string {
    return this.store.organisationNames().get(id) ?? id;
  }

  protected applyFilters(): void {
    const { q, status, role } = this.form.getRawValue();
    void this.router.navigate([], {
      queryParams: {
        q: q.trim() || null,
        status: status || null,
        role: role || null,
      },
    });
  }

  protected clearFilters(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected loadMore(): void {
    this.focusIndex = this.list.items().length;
    this.list.loadMore();
  }

  protected approve(user: AdminUser): void {
    this.confirm(
      user,
      'approve',
      {
        title: 'admin.users.approve.title',
        message: 'admin.users.approve.message',
        confirm: 'admin.users.approve.submit',
        params: { name: user.displayName },
        run: () => this.store.approve(user),
      },
      'admin.users.approve.done',
    );
  }

  protected reactivate(user: AdminUser): void {
    this.confirm(
      user,
      'reactivate',
      {
        title: 'admin.users.reactivate.title',
        message: 'admin.users.reactivate.message',
        confirm: 'admin.users.reactivate.submit',
        params: { name: user.displayName },
        run: () => this.store.reactivate(user),
      },
      'admin.users.reactivate.done',
    );
  }

  protected changeRole(user: AdminUser): void {
    const data: ChangeRoleDialogData = {
      user,
      run: (role) => this.store.changeRole(user, role),
    };
    this.afterAction(
      user,
      'role',
      this.dialog
        .open<ChangeRoleDialog, ChangeRoleDialogData, AdminUser>(
          ChangeRoleDialog,
          { ...dialogSize, data },
        )
        .afterClosed(),
      (changed) => ({
        key: 'admin.users.role.done',
        role: this.i18n.translate(roleKeys[changed.role]),
      }),
    );
  }

  protected suspend(user: AdminUser): void {
    this.afterAction(
      user,
      'suspend',
      suspendDialog(this.dialog, {
        name: user.displayName,
        run: (request) => this.store.suspend(user, request),
      }),
      () => ({ key: 'admin.users.suspend.done' }),
    );
  }

  private confirm(
    user: AdminUser,
    action: string,
    data: ConfirmDialogData<AdminUser>,
    done: TranslationKey,
  ): void {
    this.afterAction(
      user,
      action,
      this.dialog
        .open<
          ConfirmDialog<AdminUser>,
          ConfirmDialogData<AdminUser>,
          AdminUser
        >(ConfirmDialog, {
          ...dialogSize,
          data,
          ariaDescribedBy: 'confirm-dialog-message',
        })
        .afterClosed(),
      () => ({ key: done }),
    );
  }

  /**
   * When the dialog closes with a result: says what happened and puts focus back on the action's
   * button, or on the person's name when the button is gone. A cancelled dialog puts focus back
   * on its button itself.
   */
  private afterAction(
    user: AdminUser,
    action: string,
    closed: Observable<AdminUser | undefined>,
    message: (changed: AdminUser) => { key: TranslationKey; role?: string },
  ): void {
    closed.subscribe((changed) => {
      if (!changed) {
        return;
      }
      const { key, role } = message(changed);
      const params = { name: changed.displayName, ...(role ? { role } : {}) };
      this.notice.set({ key, params });
      this.announcer.announce(key, params);
      afterNextRender(
        () => {
          const target =
            this.document.getElementById(actionId(action, changed)) ??
            this.document.getElementById(`user-${changed.id}`);
          target?.focus();
        },
        { injector: this.injector },
      );
    });
  }
}
