import {
  ChangeDetectionStrategy,
  Component,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChildren,
  type ElementRef,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  countryCodes,
  globalRoles,
  organisationKinds,
  type AuditEntry,
  type CountryCode,
  type GlobalRole,
  type OrganisationKind,
} from '@sce/shared-contracts';
import {
  AuditStore,
  isKnownAuditAction,
  isKnownAuditTargetType,
  knownAuditActions,
  knownAuditTargetTypes,
  type AuditFilter,
} from '@sce/web-admin-data-access';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  countryKeys,
  organisationKindKeys,
  roleKeys,
} from '@sce/web-organisations-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import {
  auditActionKeys,
  auditTargetTypeKeys,
  formatDateTime,
} from '../admin-labels';

const filterFields = ['action', 'targetType', 'targetId', 'actorId'] as const;
type FilterField = (typeof filterFields)[number];

const filterErrorKeys: Readonly<Record<FilterField, TranslationKey>> = {
  action: 'admin.audit.error.action',
  targetType: 'admin.audit.error.targetType',
  targetId: 'admin.audit.error.targetId',
  actorId: 'admin.audit.error.actorId',
};

const isRole = (value: unknown): value is GlobalRole =>
  (globalRoles as readonly unknown[]).includes(value);

/** One line of an entry's details, e.g. "Role: member → researcher". */
export interface DetailLine {
  label: string;
  value: string;
}

/**
 * What an entry's reason and details say, in words: a role change as "member → researcher", a
 * suspension's end, and any other detail as "name: value".
 */
export function describeDetails(
  entry: AuditEntry,
  i18n: I18nService,
): DetailLine[] {
  const lines: DetailLine[] = [];
  if (entry.reason) {
    lines.push({
      label: i18n.translate('admin.audit.detail.reason'),
      value: entry.reason,
    });
  }
  const details = { ...entry.details };
  if (entry.action === 'user.role-changed') {
    const role = (value: unknown) =>
      isRole(value) ? i18n.translate(roleKeys[value]) : detailValue(value);
    lines.push({
      label: i18n.translate('admin.audit.detail.role'),
      value: `${role(details['from'])} → ${role(details['to'])}`,
    });
    delete details['from'];
    delete details['to'];
  }
  if (entry.action === 'user.suspended') {
    const until = details['until'];
    lines.push({
      label: i18n.translate('admin.audit.detail.until'),
      value:
        typeof until === 'string'
          ? formatDateTime(until, i18n.language())
          : i18n.translate('admin.audit.detail.untilLifted'),
    });
    delete details['until'];
  }
  for (const [name, value] of Object.entries(details)) {
    const key = detailLabelKeys[name];
    lines.push({
      label: key ? i18n.translate(key) : name,
      value: detailValueText(name, value, i18n),
    });
  }
  return lines;
}

/** Our words for the details organisations are recorded with; others keep their own name. */
const detailLabelKeys: Readonly<Record<string, TranslationKey>> = {
  name: 'organisations.field.name',
  kind: 'organisations.field.kind',
  country: 'organisations.field.country',
  city: 'organisations.field.city',
  website: 'organisations.field.website',
  emailDomains: 'admin.organisations.column.domains',
};

function detailValueText(
  name: string,
  value: unknown,
  i18n: I18nService,
): string {
  if (name === 'kind' && isKind(value)) {
    return i18n.translate(organisationKindKeys[value]);
  }
  if (name === 'country' && isCountry(value)) {
    return i18n.translate(countryKeys[value]);
  }
  return detailValue(value);
}

const isKind = (value: unknown): value is OrganisationKind =>
  (organisationKinds as readonly unknown[]).includes(value);
const isCountry = (value: unknown): value is CountryCode =>
  (countryCodes as readonly unknown[]).includes(value);

function detailValue(value: unknown): string {
  if (Array.isArray(value)) {
    return value.map(detailValue).join(', ');
  }
  if (value === null || value === undefined) {
    return '—';
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The audit log, newest first, read-only: filters (kept in the address) by action, target and
 * actor; the API's objections to a filter show at that filter.
 */
@Component({
  selector: 'sce-audit-log',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    PageHeader,
    EmptyState,
    MatButton,
  ],
  templateUrl: './audit-log.html',
  styleUrls: ['../admin-page.scss', './audit-log.scss'],
})
export class AuditLog {
  readonly action = input<string>();
  readonly targetType = input<string>();
  readonly targetId = input<string>();
  readonly actorId = input<string>();

  protected readonly store = inject(AuditStore);
  protected readonly list = this.store.list;
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly rows = viewChildren<ElementRef<HTMLElement>>('rowHeader');
  private focusIndex: number | null = null;

  protected readonly actions = knownAuditActions;
  protected readonly targetTypes = knownAuditTargetTypes;
  protected readonly actionKeys = auditActionKeys;
  protected readonly targetTypeKeys = auditTargetTypeKeys;

  protected readonly filter = computed<AuditFilter>(() => ({
    action: (this.action() ?? '').trim(),
    targetType: (this.targetType() ?? '').trim(),
    targetId: (this.targetId() ?? '').trim(),
    actorId: (this.actorId() ?? '').trim(),
  }));
  protected readonly filtered = computed(() =>
    Object.values(this.filter()).some((value) => value !== ''),
  );
  /** A filter value from the address that the selects do not list, shown as its code. */
  protected readonly unknownAction = computed(() => {
    const action = this.filter().action;
    return action && !isKnownAuditAction(action) ? action : null;
  });
  protected readonly unknownTargetType = computed(() => {
    const type = this.filter().targetType;
    return type && !isKnownAuditTargetType(type) ? type : null;
  });
  /** The API's objections to the filters, by filter. */
  protected readonly errors = computed(() => {
    const errors: Partial<Record<FilterField, TranslationKey>> = {};
    for (const error of this.list.problem()?.errors ?? []) {
      const field = error.field.replace(/^query\./, '') as FilterField;
      if (filterFields.includes(field)) {
        errors[field] = filterErrorKeys[field];
      }
    }
    return errors;
  });
  protected readonly hasFieldErrors = computed(
    () => Object.keys(this.errors()).length > 0,
  );
  protected readonly entries = computed(() =>
    this.list.items().map((entry) => ({
      entry,
      when: formatDateTime(entry.createdAt, this.i18n.language()),
      action: isKnownAuditAction(entry.action)
        ? this.i18n.translate(auditActionKeys[entry.action])
        : entry.action,
      targetType: isKnownAuditTargetType(entry.targetType)
        ? this.i18n.translate(auditTargetTypeKeys[entry.targetType])
        : entry.targetType,
      actor:
        entry.actorId === null
          ? this.i18n.translate('admin.audit.system')
          : entry.actorId === this.session.user()?.id
            ? this.i18n.translate('admin.audit.you')
            : null,
      details: describeDetails(entry, this.i18n),
    })),
  );

  protected readonly form = new FormGroup({
    action: new FormControl('', { nonNullable: true }),
    targetType: new FormControl('', { nonNullable: true }),
    targetId: new FormControl('', { nonNullable: true }),
    actorId: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const filter = this.filter();
      untracked(() => {
        this.form.setValue(filter);
        this.list.load(filter);
      });
    });
    afterRenderEffect(() => {
      const rows = this.rows();
      if (this.focusIndex !== null && rows.length > this.focusIndex) {
        rows[this.focusIndex].nativeElement.focus();
        this.focusIndex = null;
      }
    });
  }

  /** The first part of a long id, enough to tell entries apart at a glance (links carry it all). */
  protected shortId(id: string): string {
    return id.length > 13 ? `${id.slice(0, 8)}…` : id;
  }

  /** aria-describedby of a filter: its error, if any. */
  protected describedBy(field: FilterField): string | null {
    return this.errors()[field] ? `audit-${field}-error` : null;
  }

  protected apply(): void {
    const value = this.form.getRawValue();
    void this.router.navigate([], {
      queryParams: Object.fromEntries(
        filterFields.map((field) => [field, value[field].trim() || null]),
      ),
    });
  }

  protected clear(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected loadMore(): void {
    this.focusIndex = this.list.items().length;
    this.list.loadMore();
  }
}
