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
import type { AuditEntry } from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  ModerationAccess,
  ModerationAuditStore,
  isModerationAuditAction,
  isModerationAuditTargetType,
  moderationAuditActionKeys,
  moderationAuditActions,
  moderationAuditTargetTypeKeys,
  moderationAuditTargetTypes,
  type ModerationAuditFilter,
} from '@sce/web-moderation-data-access';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { formatDateTime } from '../date-time';
import { describeAuditDetails } from './audit-details';

const filterFields = ['action', 'targetType', 'targetId', 'actorId'] as const;
type FilterField = (typeof filterFields)[number];

const filterErrorKeys: Readonly<Record<FilterField, TranslationKey>> = {
  action: 'moderation.audit.error.action',
  targetType: 'moderation.audit.error.targetType',
  targetId: 'moderation.audit.error.targetId',
  actorId: 'moderation.audit.error.actorId',
};

/** Where an entry's target can be opened: a thread, or a post in its thread. */
export function auditTargetLink(
  entry: AuditEntry,
): { path: string[]; query: Record<string, string>; key: TranslationKey } | null {
  const threadId = entry.details['threadId'];
  if (entry.targetType === 'post' && typeof threadId === 'string') {
    return {
      path: ['/threads', threadId],
      query: { post: entry.targetId },
      key: 'moderation.audit.openPost',
    };
  }
  if (entry.targetType === 'thread' && entry.action !== 'thread.deleted') {
    return { path: ['/threads', entry.targetId], query: {}, key: 'moderation.audit.openThread' };
  }
  return null;
}

/**
 * `/moderation/audit`: the append-only trail of moderators' and admins' actions, newest first,
 * read-only, filtered (kept in the address) by action, target and who did it; "show older
 * entries" loads the next keyset page and gives focus to its first entry.
 */
@Component({
  selector: 'sce-moderation-audit-trail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, PageHeader, EmptyState, MatButton],
  templateUrl: './audit-trail.html',
  styleUrls: ['../moderation-page.scss', './audit-trail.scss'],
})
export class AuditTrail {
  readonly action = input<string>();
  readonly targetType = input<string>();
  readonly targetId = input<string>();
  readonly actorId = input<string>();

  protected readonly list = inject(ModerationAuditStore).list;
  private readonly access = inject(ModerationAccess);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly rows = viewChildren<ElementRef<HTMLElement>>('rowHeader');
  private focusIndex: number | null = null;

  protected readonly actions = moderationAuditActions;
  protected readonly targetTypes = moderationAuditTargetTypes;
  protected readonly actionKeys = moderationAuditActionKeys;
  protected readonly targetTypeKeys = moderationAuditTargetTypeKeys;

  protected readonly filter = computed<ModerationAuditFilter>(() => ({
    action: (this.action() ?? '').trim(),
    targetType: (this.targetType() ?? '').trim(),
    targetId: (this.targetId() ?? '').trim(),
    actorId: (this.actorId() ?? '').trim(),
  }));
  protected readonly filtered = computed(() =>
    Object.values(this.filter()).some((value) => value !== ''),
  );
  protected readonly unknownAction = computed(() => {
    const action = this.filter().action;
    return action && !isModerationAuditAction(action) ? action : null;
  });
  protected readonly unknownTargetType = computed(() => {
    const type = this.filter().targetType;
    return type && !isModerationAuditTargetType(type) ? type : null;
  });
  protected readonly me = computed(() => this.session.user()?.id ?? null);
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
  protected readonly hasFieldErrors = computed(() => Object.keys(this.errors()).length > 0);
  private readonly communityNames = computed(
    () => new Map(this.access.communities().map((c) => [c.id, c.name])),
  );
  protected readonly entries = computed(() => {
    const names = this.communityNames();
    const me = this.me();
    return this.list.items().map((entry) => ({
      entry,
      when: formatDateTime(this.i18n, entry.createdAt),
      action: isModerationAuditAction(entry.action)
        ? this.i18n.translate(moderationAuditActionKeys[entry.action])
        : entry.action,
      targetType: isModerationAuditTargetType(entry.targetType)
        ? this.i18n.translate(moderationAuditTargetTypeKeys[entry.targetType])
        : entry.targetType,
      link: auditTargetLink(entry),
      actor:
        entry.actorId === null
          ? this.i18n.translate('moderation.audit.system')
          : entry.actorId === me
            ? this.i18n.translate('moderation.flags.you')
            : null,
      details: describeAuditDetails(entry, this.i18n, (id) => names.get(id) ?? null, me),
    }));
  });

  protected readonly form = new FormGroup({
    action: new FormControl('', { nonNullable: true }),
    targetType: new FormControl('', { nonNullable: true }),
    targetId: new FormControl('', { nonNullable: true }),
    actorId: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    this.access.load();
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

  /** The first part of a long id, enough to tell entries apart (links carry it all). */
  protected shortId(id: string): string {
    return id.length > 13 ? `${id.slice(0, 8)}…` : id;
  }

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

  protected onlyMine(): void {
    void this.router.navigate([], {
      queryParams: { actorId: this.me() },
      queryParamsHandling: 'merge',
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
