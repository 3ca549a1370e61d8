import type {
  FlagReason,
  FlagState,
  FlagTargetType,
} from '@sce/shared-contracts';
import type { TranslationKey } from '@sce/web-shared-data-access';

/** The reasons to flag, in the order the flag dialog offers them (a copy: contracts' values carry zod). */
export const flagReasonList = [
  'spam',
  'abuse',
  'off_topic',
  'privacy',
  'other',
] as const satisfies readonly FlagReason[];

export const flagStateList = [
  'open',
  'actioned',
  'dismissed',
] as const satisfies readonly FlagState[];

export const flagReasonKeys: Readonly<Record<FlagReason, TranslationKey>> = {
  spam: 'moderation.reason.spam',
  abuse: 'moderation.reason.abuse',
  off_topic: 'moderation.reason.off_topic',
  privacy: 'moderation.reason.privacy',
  other: 'moderation.reason.other',
};

/** What each reason means, under it in the flag dialog. */
export const flagReasonHintKeys: Readonly<Record<FlagReason, TranslationKey>> = {
  spam: 'moderation.reason.spam.hint',
  abuse: 'moderation.reason.abuse.hint',
  off_topic: 'moderation.reason.off_topic.hint',
  privacy: 'moderation.reason.privacy.hint',
  other: 'moderation.reason.other.hint',
};

export const flagStateKeys: Readonly<Record<FlagState, TranslationKey>> = {
  open: 'moderation.state.open',
  actioned: 'moderation.state.actioned',
  dismissed: 'moderation.state.dismissed',
};

export const flagTargetKeys: Readonly<Record<FlagTargetType, TranslationKey>> = {
  thread: 'moderation.target.thread',
  post: 'moderation.target.post',
  event: 'moderation.target.event',
  document: 'moderation.target.document',
  user: 'moderation.target.user',
};

export const isFlagReason = (value: unknown): value is FlagReason =>
  (flagReasonList as readonly unknown[]).includes(value);
export const isFlagState = (value: unknown): value is FlagState =>
  (flagStateList as readonly unknown[]).includes(value);

/** Actions the API records in the audit trail that moderators read; others show by their code. */
export const moderationAuditActions = [
  'post.hidden',
  'post.restored',
  'post.approved',
  'post.rejected',
  'post.deleted',
  'post.edited-by-moderator',
  'thread.moderated',
  'thread.moved',
  'thread.slow-mode',
  'thread.deleted',
  'thread.edited-by-moderator',
  'thread.answer-accepted',
  'thread.answer-cleared',
  'community.slow-mode',
  'flag.updated',
  'user.warned',
  'user.suspended',
  'user.reactivated',
] as const;
export type ModerationAuditAction = (typeof moderationAuditActions)[number];

export const moderationAuditTargetTypes = [
  'post',
  'thread',
  'community',
  'flag',
  'user',
] as const;
export type ModerationAuditTargetType =
  (typeof moderationAuditTargetTypes)[number];

export const moderationAuditActionKeys: Readonly<
  Record<ModerationAuditAction, TranslationKey>
> = {
  'post.hidden': 'moderation.audit.action.post.hidden',
  'post.restored': 'moderation.audit.action.post.restored',
  'post.approved': 'moderation.audit.action.post.approved',
  'post.rejected': 'moderation.audit.action.post.rejected',
  'post.deleted': 'moderation.audit.action.post.deleted',
  'post.edited-by-moderator': 'moderation.audit.action.post.edited-by-moderator',
  'thread.moderated': 'moderation.audit.action.thread.moderated',
  'thread.moved': 'moderation.audit.action.thread.moved',
  'thread.slow-mode': 'moderation.audit.action.thread.slow-mode',
  'thread.deleted': 'moderation.audit.action.thread.deleted',
  'thread.edited-by-moderator':
    'moderation.audit.action.thread.edited-by-moderator',
  'thread.answer-accepted': 'moderation.audit.action.thread.answer-accepted',
  'thread.answer-cleared': 'moderation.audit.action.thread.answer-cleared',
  'community.slow-mode': 'moderation.audit.action.community.slow-mode',
  'flag.updated': 'moderation.audit.action.flag.updated',
  'user.warned': 'moderation.audit.action.user.warned',
  'user.suspended': 'moderation.audit.action.user.suspended',
  'user.reactivated': 'moderation.audit.action.user.reactivated',
};

export const moderationAuditTargetTypeKeys: Readonly<
  Record<ModerationAuditTargetType, TranslationKey>
> = {
  post: 'moderation.target.post',
  thread: 'moderation.target.thread',
  community: 'moderation.target.community',
  flag: 'moderation.target.flag',
  user: 'moderation.target.user',
};

export const isModerationAuditAction = (
  action: string,
): action is ModerationAuditAction =>
  (moderationAuditActions as readonly string[]).includes(action);
export const isModerationAuditTargetType = (
  type: string,
): type is ModerationAuditTargetType =>
  (moderationAuditTargetTypes as readonly string[]).includes(type);
