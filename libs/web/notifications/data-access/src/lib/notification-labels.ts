import type {
  EmailFrequency,
  NotificationType,
  SubscriptionLevel,
  SubscriptionTargetType,
} from '@sce/shared-contracts';
import type { TranslationKey } from '@sce/web-shared-data-access';

// The lists of the contracts' notification.schemas.ts, copied as label tables: importing a value
// from the contracts would load all their zod schemas. A missing entry is a compile error.

/** What each kind of notification is called (the settings page's mail choices). */
export const notificationTypeKeys: Readonly<Record<NotificationType, TranslationKey>> = {
  reply: 'notifications.type.reply',
  mention: 'notifications.type.mention',
  'watched-thread': 'notifications.type.watched-thread',
  'watched-community': 'notifications.type.watched-community',
  'event-changed': 'notifications.type.event-changed',
  'event-cancelled': 'notifications.type.event-cancelled',
  'event-reminder': 'notifications.type.event-reminder',
  'waitlist-promoted': 'notifications.type.waitlist-promoted',
  moderation: 'notifications.type.moderation',
  'practice-transfer': 'notifications.type.practice-transfer',
  'practice-evaluation': 'notifications.type.practice-evaluation',
};

export const notificationTypes = Object.keys(
  notificationTypeKeys,
) as readonly NotificationType[];

/** The kinds grouped as the settings page shows them. */
export const notificationTypeGroups: readonly {
  key: TranslationKey;
  types: readonly NotificationType[];
}[] = [
  {
    key: 'notifications.group.discussions',
    types: ['reply', 'mention', 'watched-thread', 'watched-community'],
  },
  {
    key: 'notifications.group.events',
    types: [
      'event-changed',
      'event-cancelled',
      'event-reminder',
      'waitlist-promoted',
    ],
  },
  {
    key: 'notifications.group.practices',
    types: ['practice-transfer', 'practice-evaluation'],
  },
  { key: 'notifications.group.moderation', types: ['moderation'] },
];

export const emailFrequencyKeys: Readonly<Record<EmailFrequency, TranslationKey>> = {
  immediately: 'notifications.email.immediately',
  daily: 'notifications.email.daily',
  never: 'notifications.email.never',
};

export const emailFrequencies = Object.keys(
  emailFrequencyKeys,
) as readonly EmailFrequency[];

export const isEmailFrequency = (value: unknown): value is EmailFrequency =>
  (emailFrequencies as readonly unknown[]).includes(value);

/** A level's name and what it means, for a thread and for a community. */
export const subscriptionLevelKeys: Readonly<
  Record<
    SubscriptionLevel,
    { label: TranslationKey; hint: Record<SubscriptionTargetType, TranslationKey> }
  >
> = {
  watching: {
    label: 'notifications.level.watching',
    hint: {
      thread: 'notifications.level.watching.thread',
      community: 'notifications.level.watching.community',
    },
  },
  tracking: {
    label: 'notifications.level.tracking',
    hint: {
      thread: 'notifications.level.tracking.thread',
      community: 'notifications.level.tracking.community',
    },
  },
  normal: {
    label: 'notifications.level.normal',
    hint: {
      thread: 'notifications.level.normal.thread',
      community: 'notifications.level.normal.community',
    },
  },
  muted: {
    label: 'notifications.level.muted',
    hint: {
      thread: 'notifications.level.muted.thread',
      community: 'notifications.level.muted.community',
    },
  },
};

export const subscriptionLevels = Object.keys(
  subscriptionLevelKeys,
) as readonly SubscriptionLevel[];
