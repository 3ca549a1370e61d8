import { z } from 'zod';

/**
 * Real-time updates over Socket.IO (path /socket.io, same origin and session as HTTP).
 *
 * A client follows rooms (a thread, a community, its own user); the server checks read access
 * first. Durable events carry an increasing `id` shared by every room: a client remembers the last
 * id it saw and, after any reconnect, asks `GET /api/realtime/events?since=<id>&rooms=...` for what
 * it missed. Events name ids, not content: a client fetches what it shows through REST, which
 * applies the viewer's rights (a hidden post's text never travels over a socket).
 */

export const roomTypes = ['thread', 'community', 'user'] as const;
export type RoomType = (typeof roomTypes)[number];

export const roomRefSchema = z.object({
  type: z.enum(roomTypes, { message: 'must be thread, community or user' }),
  id: z.uuid({ message: 'must be an id' }),
});
export type RoomRef = z.infer<typeof roomRefSchema>;

/** Room names as events and catch-up requests carry them: `thread:<id>`, `community:<id>`, `user:<id>`. */
export const roomName = (room: RoomRef): string => `${room.type}:${room.id}`;
export const ROOM_NAME_PATTERN = /^(thread|community|user):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function parseRoomName(name: string): RoomRef | null {
  if (!ROOM_NAME_PATTERN.test(name)) return null;
  const [type, id] = name.split(':') as [RoomType, string];
  return { type, id: id.toLowerCase() };
}

/** Client → server events; each is acknowledged with a {@link SocketAck}. */
export const clientEvents = {
  /** Start receiving a room's events. Ack data: {@link FollowResult}. */
  follow: roomRefSchema,
  unfollow: roomRefSchema,
  /** "I am writing a reply" in a thread the socket follows (ephemeral; sent at most every few seconds). */
  typing: z.object({ threadId: z.uuid({ message: 'must be a thread id' }) }),
  ping: z.undefined().or(z.object({}).strict()),
} as const;
export type ClientEventName = keyof typeof clientEvents;

export type SocketAck<T = unknown> = { ok: true; data: T } | { ok: false; error: { code: SocketErrorCode; message: string } };
export const socketErrorCodes = ['BAD_REQUEST', 'UNKNOWN_EVENT', 'NOT_FOUND', 'FORBIDDEN', 'RATE_LIMITED', 'NOT_FOLLOWING', 'INTERNAL'] as const;
export type SocketErrorCode = (typeof socketErrorCodes)[number];

/** What `follow` answers: the room and the newest event id, from which to count what arrives next. */
export interface FollowResult {
  room: string;
  lastEventId: number;
}

/** Server → client: every durable event arrives as `event`, ephemeral ones under their own names. */
export const SERVER_EVENT = 'event';
export const TYPING_EVENT = 'thread.typing';
export const VIEWERS_EVENT = 'thread.viewers';

/** Durable events: what happened, by id. `data` is the type's payload below. */
export interface RealtimeEventPayloads {
  'post.created': { threadId: string; postId: string; parentId: string | null; authorId: string };
  'post.edited': { threadId: string; postId: string };
  'post.hidden': { threadId: string; postId: string; hidden: boolean };
  'post.deleted': { threadId: string; postId: string };
  'reactions.changed': { threadId: string; postId: string; reactions: Record<string, number> };
  'thread.created': { threadId: string; communityId: string };
  'thread.updated': { threadId: string };
  'thread.locked': { threadId: string; locked: boolean };
  'thread.pinned': { threadId: string; pinned: boolean };
  'thread.moved': { threadId: string; fromCommunityId: string; toCommunityId: string };
  'thread.answer-accepted': { threadId: string; postId: string | null };
  'thread.deleted': { threadId: string };
  /** An event was created, changed or cancelled, or its answers changed (community room). */
  'event.changed': {
    eventId: string;
    communityId: string;
    counts: { going: number; maybe: number; waitlisted: number };
    /** What changed: created; time, place or title (`details`: those who answered hear of it); description, agenda or capacity (`minor`); cancelled; only the answers. */
    change: 'created' | 'details' | 'minor' | 'cancelled' | 'answers';
    actorId: string | null;
  };
  /** You moved up from the waitlist and are going (user room). */
  'event.promoted': { eventId: string; title: string };
  /** An event you are going to starts soon (user room). */
  'event.reminder': { eventId: string; title: string; startsAt: string };
  /** A moderator hid or restored your post, or warned you (user room). */
  'moderation.notice': { kind: 'post-hidden' | 'post-restored' | 'post-approved' | 'post-rejected' | 'warning'; threadId: string | null; postId: string | null; reason: string | null };
  /** A new flag for you to look at (moderators' user rooms). */
  'moderation.flag': { flagId: string; targetType: string; targetId: string; reason: string };
  /** A new member's post waits for approval (moderators' user rooms). */
  'moderation.queued': { postId: string; threadId: string };
  /** Another organisation started, moved or abandoned a transfer of your organisation's practice (user room). */
  'practice.transfer': { practiceId: string; practiceTitle: string; transferId: string; stage: 'exploring' | 'piloting' | 'adopted' | 'abandoned'; organisation: string; actorId?: string };
  /** Someone evaluated (or changed their evaluation of) your organisation's practice (user room). */
  'practice.evaluated': { practiceId: string; practiceTitle: string; evaluatorId: string };
  /** A notification for you; `unreadCount` is your badge now (user room). */
  'notification.created': { notificationId: string; unreadCount: number };
  /** You read notifications (in another tab, say): the badge now (user room). */
  'notification.read': { unreadCount: number };
}
export type RealtimeEventType = keyof RealtimeEventPayloads;
export const realtimeEventTypes = [
  'post.created',
  'post.edited',
  'post.hidden',
  'post.deleted',
  'reactions.changed',
  'thread.created',
  'thread.updated',
  'thread.locked',
  'thread.pinned',
  'thread.moved',
  'thread.answer-accepted',
  'thread.deleted',
  'event.changed',
  'event.promoted',
  'event.reminder',
  'practice.transfer',
  'practice.evaluated',
  'notification.created',
  'notification.read',
  'moderation.notice',
  'moderation.flag',
  'moderation.queued',
] as const satisfies readonly RealtimeEventType[];

export type RealtimeEvent = {
  [K in RealtimeEventType]: {
    /** Increasing across every room; a client keeps the largest it has seen. */
    id: number;
    type: K;
    /** The followed rooms this event belongs to. */
    rooms: string[];
    data: RealtimeEventPayloads[K];
    at: string;
  };
}[RealtimeEventType];

/** Ephemeral: someone is writing a reply (not stored, not caught up). */
export interface TypingEvent {
  threadId: string;
  user: { id: string; displayName: string };
}
/** Ephemeral: how many sockets are viewing the thread now (across instances). */
export interface ViewersEvent {
  threadId: string;
  count: number;
}

/** GET /api/realtime/events. */
export const catchUpQuerySchema = z.object({
  since: z.coerce.number({ message: 'must be an event id' }).int().min(0, { message: 'must be an event id' }),
  rooms: z
    .string()
    .transform((v) => v.split(',').filter((r) => r.length > 0))
    .pipe(
      z
        .array(z.string().regex(ROOM_NAME_PATTERN, { message: 'must be room names such as thread:<id>, comma-separated' }))
        .min(1, { message: 'must name at least one room' })
        .max(50, { message: 'must name at most 50 rooms' }),
    ),
});
export type CatchUpQuery = z.infer<typeof catchUpQuerySchema>;

/** At most this many events per catch-up; more means "reload the page's data". */
export const CATCH_UP_MAX_EVENTS = 500;

export interface CatchUpResult {
  /** In id order, each once; empty when `tooFarBehind`. */
  events: RealtimeEvent[];
  /** More was missed than a catch-up carries (or it is no longer kept): reload the page's data. */
  tooFarBehind: boolean;
  /** The newest event id now: continue from here. */
  lastEventId: number;
  /** Requested rooms the caller may not (or no longer) read: stop following them. */
  refusedRooms: string[];
}
