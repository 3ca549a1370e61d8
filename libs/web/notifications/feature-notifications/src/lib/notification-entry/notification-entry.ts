import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import type { NotificationView } from '@sce/shared-contracts';
import { I18nService, TranslatePipe } from '@sce/web-shared-data-access';
import {
  formatWhen,
  notificationDetail,
  notificationText,
} from '../notification-text';

/**
 * What one notification says, for inside its link: "Unread:" for screen readers (sighted people
 * see the dot and bold text the parent draws), the sentence, a moderator's reason, and when —
 * with how many it gathers ("3 updates").
 */
@Component({
  selector: 'sce-notification-entry',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <span class="text"
      >@if (!item().read) {<span class="sce-visually-hidden"
          >{{ 'notifications.entry.unread' | t }}
        </span>}{{ text() }}</span
    >
    @if (detail(); as detail) {
      <span class="detail">{{ detail }}</span>
    }
    <span class="meta"
      ><time [attr.datetime]="item().updatedAt">{{ when() }}</time
      >@if (item().count > 1) {
        · {{ 'notifications.entry.count' | t: { count: item().count } }}
      }</span
    >
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 0.125rem;
      min-inline-size: 0;
    }
    .text {
      overflow-wrap: anywhere;
    }
    .detail,
    .meta {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
  `,
})
export class NotificationEntry {
  readonly item = input.required<NotificationView>();

  private readonly i18n = inject(I18nService);

  protected readonly text = computed(() => notificationText(this.i18n, this.item()));
  protected readonly detail = computed(() =>
    notificationDetail(this.i18n, this.item()),
  );
  protected readonly when = computed(() =>
    formatWhen(this.i18n, this.item().updatedAt),
  );
}
