import { z } from 'zod';
import { pageQuerySchema } from '../common/page';

/**
 * In-app notifications. Several of one kind about one thing while unread collapse into one entry
 * ("3 new replies in …"): `count` says how many, `actors` who (the latest few).
 */
export const notificationTypes = [
  'reply',
  'mention',
  'watched-thread',
  'watched-community',
  'event-changed',
  'event-cancelled',
  'event-reminder',
  'waitlist-promoted',
  'moderation',
  'practice-transfer',
  'practice-evaluation',
] as const;
export type NotificationType = (typeof notificationTypes)[number];

export interface NotificationView {
  id: string;
  type: NotificationType;
  count: number;
  actors: { id: string; displayName: string }[];
  /** What it is about, for the title and the link; only what the recipient may read. */
  thread: { id: string; title: string } | null;
  /** The first post this entry points at (the earliest unread of a group). */
  postId: string | null;
  community: { id: string; slug: string; name: string } | null;
  event: { id: string; title: string; startsAt: string } | null;
  practice: { id: string; title: string } | null;
  /** Type-specific details: moderation kind and reason, transfer stage and organisation, evaluator's ratings. */
  details: Record<string, string | number | null>;
  /** Where opening it leads, relative to the web app. */
  link: string;
  createdAt: string;
  updatedAt: string;
  read: boolean;
}

export const notificationListQuerySchema = pageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .optional()
    .transform((v) => v === 'true'),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export interface NotificationPage {
  items: NotificationView[];
  nextCursor: string | null;
  unreadCount: number;
}

/** POST /api/notifications/read: some by id, or all. */
export const markReadSchema = z.union(
  [
    z.object({ ids: z.array(z.uuid({ message: 'must be notification ids' })).min(1, { message: 'must name at least one notification' }).max(100, { message: 'may name at most 100 notifications' }) }).strict(),
    z.object({ all: z.literal(true, { message: 'must be true' }) }).strict(),
  ],
  { message: 'send { "ids": [...] } or { "all": true }' },
);
export type MarkReadRequest = z.infer<typeof markReadSchema>;

export interface UnreadCount {
  unreadCount: number;
}

/** Per thread or community: every new post notifies (watching), counts only (tracking), nothing (muted). */
export const subscriptionLevels = ['watching', 'tracking', 'normal', 'muted'] as const;
export type SubscriptionLevel = (typeof subscriptionLevels)[number];
export const subscriptionTargetTypes = ['thread', 'community'] as const;
export type SubscriptionTargetType = (typeof subscriptionTargetTypes)[number];

export const subscriptionTargetSchema = z.object({
  targetType: z.enum(subscriptionTargetTypes, { message: 'must be thread or community' }),
  targetId: z.uuid({ message: 'must be an id' }),
});
export const putSubscriptionSchema = z.object({ level: z.enum(subscriptionLevels, { message: 'must be watching, tracking, normal or muted' }) }).strict();
export type PutSubscriptionRequest = z.infer<typeof putSubscriptionSchema>;

export interface SubscriptionView {
  targetType: SubscriptionTargetType;
  targetId: string;
  level: SubscriptionLevel;
  /** Tracking and watching: posts since the subscriber last read the thread (threads only). */
  unread: number | null;
}

export const emailFrequencies = ['immediately', 'daily', 'never'] as const;
export type EmailFrequency = (typeof emailFrequencies)[number];

export interface NotificationSettings {
  /** Watch threads you start / reply to automatically. */
  autoWatchStarted: boolean;
  autoWatchReplied: boolean;
  /** How each type reaches you by mail; every type starts at never until you opt in. */
  email: Record<NotificationType, EmailFrequency>;
  /** People whose mentions of you do not notify you. */
  mutedUsers: { id: string; displayName: string }[];
}

export const notificationSettingsSchema = z
  .object({
    autoWatchStarted: z.boolean({ message: 'must be true or false' }).optional(),
    autoWatchReplied: z.boolean({ message: 'must be true or false' }).optional(),
    email: z.partialRecord(z.enum(notificationTypes, { message: 'must be a notification type' }), z.enum(emailFrequencies, { message: 'must be immediately, daily or never' })).optional(),
    mutedUserIds: z.array(z.uuid({ message: 'must be people ids' })).max(200, { message: 'may hold at most 200 people' }).optional(),
  })
  .strict();
export type UpdateNotificationSettingsRequest = z.infer<typeof notificationSettingsSchema>;

export const unsubscribeQuerySchema = z.object({ token: z.string({ message: 'is required' }).min(10, { message: 'is not an unsubscribe token' }).max(500, { message: 'is not an unsubscribe token' }) });
export interface UnsubscribeResult {
  /** The type (or `all` for the digest) that no longer mails. */
  unsubscribed: NotificationType | 'digest';
  message: string;
}
