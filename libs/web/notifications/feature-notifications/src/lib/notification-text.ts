import type { NotificationView } from '@sce/shared-contracts';
import {
  languageLocales,
  type I18nService,
  type TranslationKey,
} from '@sce/web-shared-data-access';

/** At most this many actors are kept per entry (the API's limit): with three, there may be more. */
const ACTORS_KEPT = 3;

/**
 * Who did it: "Anna Berg", "Anna Berg and Lars Holm", "Anna Berg and 2 others" (when the count
 * says how many), "Anna Berg and others" (when more acted than the entry names).
 */
export function whoPhrase(
  i18n: I18nService,
  item: Pick<NotificationView, 'actors' | 'count'>,
): string {
  const names = item.actors.map((actor) => actor.displayName);
  const [first, second] = names;
  if (first === undefined) {
    return i18n.translate('notifications.who.someone');
  }
  if (second === undefined) {
    return first;
  }
  if (names.length === 2) {
    return i18n.translate('notifications.who.two', { first, second });
  }
  // Each notification of a group has one actor, and an entry keeps the latest three different
  // ones: as many notifications as names means each was someone else; more may mean more people.
  if (names.length < ACTORS_KEPT || item.count <= names.length) {
    return i18n.translate('notifications.who.others', {
      first,
      count: names.length - 1,
    });
  }
  return i18n.translate('notifications.who.more', { first });
}

const moderationKeys: Readonly<Record<string, TranslationKey>> = {
  'post-hidden': 'notifications.text.moderation.post-hidden',
  'post-restored': 'notifications.text.moderation.post-restored',
  'post-approved': 'notifications.text.moderation.post-approved',
  'post-rejected': 'notifications.text.moderation.post-rejected',
  warning: 'notifications.text.moderation.warning',
};

const transferKeys: Readonly<Record<string, TranslationKey>> = {
  exploring: 'notifications.text.practice-transfer.exploring',
  piloting: 'notifications.text.practice-transfer.piloting',
  adopted: 'notifications.text.practice-transfer.adopted',
  abandoned: 'notifications.text.practice-transfer.abandoned',
};

const detail = (item: NotificationView, name: string): string => {
  const value = item.details[name];
  return value === null || value === undefined ? '' : String(value);
};

/** One sentence saying what happened, in the interface language. */
export function notificationText(
  i18n: I18nService,
  item: NotificationView,
): string {
  const who = whoPhrase(i18n, item);
  // Texts naming people agree with how many they are (`count`: "reageerde" or "reageerden").
  const people = Math.max(1, item.actors.length);
  const thread = item.thread?.title ?? '';
  switch (item.type) {
    case 'reply':
    case 'mention':
    case 'watched-thread':
      return i18n.translate(`notifications.text.${item.type}`, {
        who,
        title: thread,
        count: people,
      });
    case 'watched-community': {
      // A new post in a thread of the community, or new threads in it.
      const community = item.community?.name ?? '';
      if (item.postId !== null) {
        return i18n.translate('notifications.text.watched-community.post', {
          who,
          title: thread,
          community,
          count: people,
        });
      }
      return item.count > 1
        ? i18n.translate('notifications.text.watched-community.threads', {
            who,
            threads: item.count,
            community,
            count: people,
          })
        : i18n.translate('notifications.text.watched-community.thread', {
            who,
            title: thread,
            community,
            count: people,
          });
    }
    case 'event-changed':
    case 'event-cancelled':
    case 'waitlist-promoted':
      return i18n.translate(`notifications.text.${item.type}`, {
        title: item.event?.title ?? '',
      });
    case 'event-reminder':
      return i18n.translate('notifications.text.event-reminder', {
        title: item.event?.title ?? '',
        date: item.event ? formatDateTime(i18n, item.event.startsAt) : '',
      });
    case 'moderation':
      return i18n.translate(
        moderationKeys[detail(item, 'kind')] ??
          'notifications.text.moderation.warning',
        { title: thread },
      );
    case 'practice-transfer':
      return i18n.translate(
        transferKeys[detail(item, 'stage')] ??
          'notifications.text.practice-transfer.other',
        {
          organisation:
            detail(item, 'organisation') ||
            i18n.translate('notifications.text.anotherOrganisation'),
          title: item.practice?.title ?? '',
        },
      );
    case 'practice-evaluation':
      return i18n.translate('notifications.text.practice-evaluation', {
        who,
        title: item.practice?.title ?? '',
        count: people,
      });
  }
}

/** A second line, when there is one: a moderator's reason. */
export function notificationDetail(
  i18n: I18nService,
  item: NotificationView,
): string | null {
  const reason = item.type === 'moderation' ? detail(item, 'reason') : '';
  return reason ? i18n.translate('notifications.text.reason', { reason }) : null;
}

/** "3 Nov 2026, 14:05" in the interface language. */
export function formatDateTime(i18n: I18nService, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(languageLocales[i18n.language()], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When, for a list: "just now", "5 minutes ago", "3 hours ago", "yesterday", up to a week;
 * older ones by their date ("3 Nov 2026").
 */
export function formatWhen(
  i18n: I18nService,
  iso: string,
  now: number = Date.now(),
): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) {
    return iso;
  }
  const ago = Math.max(0, now - time);
  if (ago < MINUTE) {
    return i18n.translate('notifications.time.now');
  }
  if (ago >= 7 * DAY) {
    return i18n.formatDate(iso);
  }
  const format = new Intl.RelativeTimeFormat(languageLocales[i18n.language()], {
    numeric: 'auto',
  });
  if (ago < HOUR) {
    return format.format(-Math.floor(ago / MINUTE), 'minute');
  }
  if (ago < DAY) {
    return format.format(-Math.floor(ago / HOUR), 'hour');
  }
  return format.format(-Math.floor(ago / DAY), 'day');
}

/** Only paths of this app are followed: anything else opens the notifications page. */
export function safeLink(link: string): string {
  return /^\/(?!\/)/.test(link) && !link.includes('\\') ? link : '/notifications';
}
