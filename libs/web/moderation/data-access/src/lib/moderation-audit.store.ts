import { Injectable, inject } from '@angular/core';
import type { AuditEntry } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { ModerationApi, type ModerationAuditFilter } from './moderation.api';

/** The moderation audit trail, newest first, filtered (read-only). Provide it at the route. */
@Injectable()
export class ModerationAuditStore {
  private readonly api = inject(ModerationApi);

  readonly list = new KeysetList<AuditEntry, ModerationAuditFilter>(
    (filter, cursor) => this.api.audit(filter, cursor),
  );
}
