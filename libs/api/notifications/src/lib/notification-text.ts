import type { NotificationView } from '@sce/shared-contracts';

/** "Anna Berg", "Anna Berg and Lars Holm", "Anna Berg and 4 others". */
export function actorsPhrase(view: Pick<NotificationView, 'actors' | 'count'>): string {
  const names = view.actors.map((a) => a.displayName);
  if (names.length === 0) return 'Someone';
  const others = Math.max(view.count, names.length) - 1;
  if (others === 0) return names[0] as string;
  if (others === 1 && names.length >= 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} and ${others} others`;
}

const quoted = (title: string | undefined | null) => `“${title ?? ''}”`;

/** One sentence saying what happened, in plain text (mails; the web app has its own translated texts). */
export function describe(view: NotificationView): string {
  const who = actorsPhrase(view);
  const thread = quoted(view.thread?.title);
  const many = view.count > 1;
  switch (view.type) {
    case 'reply':
      return many ? `${view.count} new replies to you in ${thread}` : `${who} replied to you in ${thread}`;
    case 'mention':
      return `${who} mentioned you in ${thread}`;
    case 'watched-thread':
      return many ? `${view.count} new posts in ${thread}` : `${who} posted in ${thread}`;
    case 'watched-community':
      return view.postId
        ? many
          ? `${view.count} new posts in ${thread}`
          : `${who} posted in ${thread}`
        : many
          ? `${view.count} new threads in ${view.community?.name ?? 'a community you watch'}`
          : `${who} started ${thread} in ${view.community?.name ?? 'a community you watch'}`;
    case 'event-changed':
      return `The time, place or title of ${quoted(view.event?.title)} changed`;
    case 'event-cancelled':
      return `${quoted(view.event?.title)} was cancelled`;
    case 'event-reminder':
      return `${quoted(view.event?.title)} starts soon`;
    case 'waitlist-promoted':
      return `A seat came free: you are now going to ${quoted(view.event?.title)}`;
    case 'moderation':
      return moderationSentence(view);
    case 'practice-transfer':
      return `${view.details['organisation'] || 'Another organisation'} ${stagePhrase(String(view.details['stage'] ?? ''))} your practice ${quoted(view.practice?.title)}`;
    case 'practice-evaluation':
      return many ? `${view.count} new evaluations of your practice ${quoted(view.practice?.title)}` : `${who} evaluated your practice ${quoted(view.practice?.title)}`;
  }
}

function moderationSentence(view: NotificationView): string {
  const reason = view.details['reason'] ? ` Reason: ${view.details['reason']}` : '';
  switch (String(view.details['kind'] ?? '')) {
    case 'post-hidden':
      return `A moderator hid your post in ${quoted(view.thread?.title)}.${reason}`;
    case 'post-restored':
      return `A moderator restored your post in ${quoted(view.thread?.title)}.`;
    case 'post-approved':
      return `Your post in ${quoted(view.thread?.title)} was approved and is now shown.`;
    case 'post-rejected':
      return `A moderator did not approve your post in ${quoted(view.thread?.title)}.${reason}`;
    default:
      return `A moderator sent you a warning.${reason}`;
  }
}

function stagePhrase(stage: string): string {
  switch (stage) {
    case 'exploring':
      return 'is exploring';
    case 'piloting':
      return 'is piloting';
    case 'adopted':
      return 'has adopted';
    case 'abandoned':
      return 'has stopped transferring';
    default:
      return 'is transferring';
  }
}
