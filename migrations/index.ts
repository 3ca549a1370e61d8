import type { MigrationInterface } from 'typeorm';
import { CreateCoreSchema1795734995466 } from './1795734995466-create-core-schema';
import { CreateAuditLog1795739523458 } from './1795739523458-create-audit-log';
import { AddEmailChangeTokens1795739726581 } from './1795739726581-add-email-change-tokens';
import { AddUserSuspension1795739904252 } from './1795739904252-add-user-suspension';
import { AddThreadResearchAndReads1795746412704 } from './1795746412704-add-thread-research-and-reads';
import { CreatePostTreeRevisionsReactionsBookmarks1795747367998 } from './1795747367998-create-post-tree-revisions-reactions-bookmarks';
import { AddMembershipSince1795745916485 } from './1795745916485-add-membership-since';
import { CreateAccessTokens1795740208878 } from './1795740208878-create-access-tokens';
import { CreateExternalIdentities1795744740415 } from './1795744740415-create-external-identities';
import { AddEventRsvpsOrganisersCalendarTokens1795757095075 } from './1795757095075-add-event-rsvps-organisers-calendar-tokens';
import { CreateDocuments1795757789698 } from './1795757789698-create-documents';
import { CreatePracticesTransfersEvaluations1795758351036 } from './1795758351036-create-practices-transfers-evaluations';
import { AddModeration1795759298512 } from './1795759298512-add-moderation';
import { AddPostApproval1795760468277 } from './1795760468277-add-post-approval';
import { AddFullTextSearch1795767952431 } from './1795767952431-add-full-text-search';
import { CreateNotificationsSubscriptions1795767962651 } from './1795767962651-create-notifications-subscriptions';
import { CreateRealtimeEvents1795755330014 } from './1795755330014-create-realtime-events';
import { CreateSessions1795738064868 } from './1795738064868-create-sessions';
import { CreateUserTokens1795738781426 } from './1795738781426-create-user-tokens';

/**
 * Every migration, oldest first. Listed rather than globbed so the webpack bundle and Jest load
 * compiled classes, never raw TypeScript files.
 */
export const allMigrations: (new () => MigrationInterface)[] = [
  CreateCoreSchema1795734995466,
  CreateSessions1795738064868,
  CreateUserTokens1795738781426,
  CreateAuditLog1795739523458,
  AddEmailChangeTokens1795739726581,
  AddUserSuspension1795739904252,
  CreateAccessTokens1795740208878,
  CreateExternalIdentities1795744740415,
  AddMembershipSince1795745916485,
  AddThreadResearchAndReads1795746412704,
  CreatePostTreeRevisionsReactionsBookmarks1795747367998,
  CreateRealtimeEvents1795755330014,
  AddEventRsvpsOrganisersCalendarTokens1795757095075,
  CreateDocuments1795757789698,
  CreatePracticesTransfersEvaluations1795758351036,
  AddModeration1795759298512,
  AddPostApproval1795760468277,
  AddFullTextSearch1795767952431,
  CreateNotificationsSubscriptions1795767962651,
];
