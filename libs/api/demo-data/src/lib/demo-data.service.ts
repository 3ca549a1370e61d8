import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { withSchemaLock } from '@sce/api-core';
import { CommunityEntity, MembershipEntity } from '@sce/api-communities';
import { DocumentEntity, DocumentVersionEntity, FileStorage } from '@sce/api-documents';
import { EventEntity } from '@sce/api-events';
import { OrganisationEntity, UserEntity, hashPassword } from '@sce/api-identity';
import { BookmarkEntity, PostEntity, PostMentionEntity, PostReactionEntity, PostRevisionEntity, ThreadEntity, pathSegment, renderMarkdown } from '@sce/api-threads';
import type { ReactionKind } from '@sce/shared-contracts';
import { zonedTimeToInstant } from '@sce/shared-util';
import { DataSource, type EntityManager } from 'typeorm';
import { type DemoReply, demoCommunities, demoDocuments, demoEvents, demoOrganisations, demoThreads, demoUsers } from './demo-content';
import { demoPractices } from './demo-practices';
import { minimalPdf } from './sample-files';
import { seedModeration } from './demo-moderation';
import { seedNotifications } from './demo-notifications';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every table the demo data writes, children first. */
const TABLES = ['notifications', 'subscriptions', 'notification_settings', 'practice_evaluations', 'practice_transfer_stages', 'practice_transfers', 'practices', 'document_versions', 'documents', 'event_rsvps', 'event_organisers', 'events', 'posts', 'threads', 'memberships', 'communities', 'users', 'organisations'];

/**
 * Fills an empty database with the sample network. It writes rows directly: it is a tool that
 * stands outside the domains' rules, run once on an empty database or on an explicit reset.
 */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /** Seeds when no organisation exists yet; returns whether it did. */
  async seedIfEmpty(password: string): Promise<boolean> {
    return withSchemaLock(this.dataSource, async () => {
      const [{ exists }] = (await this.dataSource.query('SELECT EXISTS (SELECT 1 FROM organisations) AS "exists"')) as [{ exists: boolean }];
      if (exists) return false;
      await this.dataSource.transaction((manager) => this.seed(manager, password));
      return true;
    });
  }

  /** Deletes all content and seeds again. */
  async reset(password: string): Promise<void> {
    await withSchemaLock(this.dataSource, () =>
      this.dataSource.transaction(async (manager) => {
        await manager.query(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(', ')} CASCADE`);
        await this.seed(manager, password);
      }),
    );
  }

  private async seed(manager: EntityManager, password: string): Promise<void> {
    const now = Date.now();
    const passwordHash = await hashPassword(password);

    const organisations = new Map<string, OrganisationEntity>();
    for (const o of demoOrganisations) {
      organisations.set(o.key, await manager.save(manager.create(OrganisationEntity, { name: o.name, kind: o.kind, country: o.country, city: o.city, website: o.website, emailDomains: o.emailDomains })));
    }

    const users = new Map<string, UserEntity>();
    for (const u of demoUsers) {
      const organisation = organisations.get(u.organisation);
      if (!organisation) throw new Error(`demo user ${u.key}: unknown organisation ${u.organisation}`);
      users.set(u.key, await manager.save(manager.create(UserEntity, {
        email: u.email, displayName: u.displayName, organisationId: organisation.id, role: u.role, status: u.status ?? 'active',
        language: u.language, timeZone: u.timeZone, bio: u.bio, expertise: u.expertise, passwordHash, emailVerifiedAt: new Date(now - 60 * DAY),
      })));
    }
    const user = (key: string): UserEntity => {
      const found = users.get(key);
      if (!found) throw new Error(`demo content names an unknown person: ${key}`);
      return found;
    };

    const communities = new Map<string, CommunityEntity>();
    for (const c of demoCommunities) {
      const community = await manager.save(manager.create(CommunityEntity, {
        slug: c.slug, name: c.name, description: c.description, visibility: c.visibility, joinPolicy: c.joinPolicy, memberCount: c.members.length,
      }));
      communities.set(c.key, community);
      await manager.save([
        ...c.members.map((key) => manager.create(MembershipEntity, {
          communityId: community.id, userId: user(key).id, role: c.moderators.includes(key) ? 'moderator' : 'member', state: 'active',
        })),
        ...(c.requested ?? []).map((key) => manager.create(MembershipEntity, { communityId: community.id, userId: user(key).id, role: 'member', state: 'requested' })),
        ...(c.invited ?? []).map((key) => manager.create(MembershipEntity, { communityId: community.id, userId: user(key).id, role: 'member', state: 'invited' })),
      ]);
    }
    const community = (key: string): CommunityEntity => {
      const found = communities.get(key);
      if (!found) throw new Error(`demo content names an unknown community: ${key}`);
      return found;
    };

    /** `@{key}` in demo text becomes a mention of that demo person. */
    const withMentions = (text: string): { source: string; people: Map<string, string> } => {
      const people = new Map<string, string>();
      const source = text.replace(/@\{(\w+)\}/g, (_all, key: string) => {
        const person = user(key);
        people.set(person.id, person.displayName);
        return `@[${person.displayName}](user:${person.id})`;
      });
      return { source, people };
    };

    for (const t of demoThreads) {
      const opened = new Date(now - t.daysAgo * DAY);
      const thread = await manager.save(manager.create(ThreadEntity, {
        communityId: community(t.community).id, authorId: user(t.author).id, kind: t.kind, title: t.title,
        bodyMarkdown: t.body, bodyHtml: renderMarkdown(t.body), tags: t.tags, language: t.language ?? 'en', pinned: t.pinned ?? false,
        research: t.research ?? null, createdAt: opened, lastActivityAt: opened,
      }));
      let replyCount = 0;
      let lastActivity = opened;
      const addReplies = async (replies: DemoReply[], parent: PostEntity | null): Promise<void> => {
        for (const r of replies) {
          const at = new Date(Math.min(opened.getTime() + r.after * HOUR, now - HOUR));
          replyCount += 1;
          const { source, people } = withMentions(r.body);
          const author = user(r.author);
          const post = await manager.save(manager.create(PostEntity, {
            threadId: thread.id, parentId: parent?.id ?? null, authorId: author.id, depth: (parent?.depth ?? 0) + 1,
            number: replyCount, path: parent ? `${parent.path}/${pathSegment(replyCount)}` : pathSegment(replyCount),
            childCount: r.replies?.length ?? 0, bodyMarkdown: source, bodyHtml: renderMarkdown(source, people), language: t.language ?? 'en', createdAt: at,
            revisionCount: r.earlier?.length ?? 0, editedAt: r.earlier?.length ? new Date(at.getTime() + HOUR) : null,
            reactionCounts: Object.fromEntries(Object.entries(r.reactions ?? {}).map(([kind, who]) => [kind, who.length])),
          }));
          for (const [i, text] of (r.earlier ?? []).entries()) {
            await manager.save(manager.create(PostRevisionEntity, { postId: post.id, version: i + 1, editorId: author.id, bodyMarkdown: text, createdAt: at }));
          }
          for (const [kind, who] of Object.entries(r.reactions ?? {})) {
            await manager.save(who.map((key) => manager.create(PostReactionEntity, { postId: post.id, userId: user(key).id, kind: kind as ReactionKind })));
          }
          if (people.size > 0) await manager.save([...people.keys()].map((userId) => manager.create(PostMentionEntity, { postId: post.id, userId })));
          for (const key of r.bookmarkedBy ?? []) await manager.save(manager.create(BookmarkEntity, { userId: user(key).id, threadId: thread.id, postId: post.id }));
          if (r.accepted) await manager.update(ThreadEntity, thread.id, { acceptedPostId: post.id });
          if (at > lastActivity) lastActivity = at;
          await addReplies(r.replies ?? [], post);
        }
      };
      await addReplies(t.replies, null);
      await manager.update(ThreadEntity, thread.id, { replyCount, postSeq: replyCount, lastActivityAt: lastActivity });
      await manager.query(
        `UPDATE communities SET thread_count = thread_count + 1, last_activity_at = GREATEST(last_activity_at, $2) WHERE id = $1`,
        [thread.communityId, lastActivity],
      );
    }

    for (const e of demoEvents) {
      const day = new Date(now + e.inDays * DAY).toISOString().slice(0, 10);
      const startsAt = zonedTimeToInstant(day, e.localTime, e.timeZone) ?? new Date(`${day}T12:00:00Z`);
      const answers = e.rsvps ?? {};
      const organiser = user(e.organiser);
      const thread = await manager.save(manager.create(ThreadEntity, {
        communityId: community(e.community).id, authorId: organiser.id, kind: 'discussion', title: `Event: ${e.title}`,
        bodyMarkdown: `Questions and notes about **${e.title}**.`, bodyHtml: renderMarkdown(`Questions and notes about **${e.title}**.`),
        tags: ['event'], language: 'en', createdAt: new Date(Math.min(now, startsAt.getTime()) - 10 * DAY), lastActivityAt: new Date(Math.min(now, startsAt.getTime()) - 10 * DAY),
      }));
      await manager.query('UPDATE communities SET thread_count = thread_count + 1 WHERE id = $1', [thread.communityId]);
      const event = await manager.save(manager.create(EventEntity, {
        communityId: community(e.community).id, organiserId: organiser.id, title: e.title,
        descriptionMarkdown: e.description, descriptionHtml: renderMarkdown(e.description), kind: e.kind,
        agendaMarkdown: e.agenda ?? '', agendaHtml: renderMarkdown(e.agenda ?? ''), threadId: thread.id,
        startsAt, endsAt: new Date(startsAt.getTime() + e.durationHours * HOUR), timeZone: e.timeZone,
        venue: e.venue, onlineUrl: e.onlineUrl, capacity: e.capacity, rsvpDeadline: new Date(startsAt.getTime() - 2 * DAY),
        status: e.cancelledReason ? 'cancelled' : 'scheduled', cancelledReason: e.cancelledReason ?? null, sequence: e.cancelledReason ? 1 : 0,
        goingCount: answers.going?.length ?? 0, maybeCount: answers.maybe?.length ?? 0, waitlistCount: answers.waitlisted?.length ?? 0,
      }));
      for (const key of [e.organiser, ...(e.coOrganisers ?? [])]) await manager.query('INSERT INTO event_organisers (event_id, user_id) VALUES ($1, $2)', [event.id, user(key).id]);
      for (const status of ['going', 'maybe', 'declined', 'waitlisted'] as const) {
        for (const key of answers[status] ?? []) {
          await manager.query(
            `INSERT INTO event_rsvps (event_id, user_id, status, waitlist_seq) VALUES ($1, $2, $3, CASE WHEN $3 = 'waitlisted' THEN nextval('event_waitlist_seq') END)`,
            [event.id, user(key).id, status],
          );
        }
      }
    }
    const threadIds = new Map<string, string>((await manager.query('SELECT id, title FROM threads')).map((r: { id: string; title: string }) => [r.title, r.id]));
    const eventIds = new Map<string, string>((await manager.query('SELECT id, title FROM events')).map((r: { id: string; title: string }) => [r.title, r.id]));
    for (const d of demoDocuments) {
      const document = await manager.save(manager.create(DocumentEntity, {
        communityId: community(d.community).id, ownerId: user(d.owner).id, title: d.title, description: d.description, tags: d.tags,
        licence: d.licence, language: 'en', threadId: d.thread ? threadIds.get(d.thread) ?? null : null, eventId: d.event ? eventIds.get(d.event) ?? null : null,
      }));
      for (const [i, v] of d.versions.entries()) {
        const bytes = v.kind === 'pdf' ? minimalPdf(v.lines) : Buffer.from(`${v.lines.join('\n')}\n`);
        const mime = v.kind === 'pdf' ? 'application/pdf' : v.kind === 'csv' ? 'text/csv' : 'text/plain';
        const key = randomUUID();
        await mkdir(this.storage.tempDir, { recursive: true });
        const temp = join(this.storage.tempDir, `${key}.part`);
        await writeFile(temp, bytes);
        await this.storage.store(key, temp, mime);
        await manager.save(manager.create(DocumentVersionEntity, {
          documentId: document.id, number: i + 1, storageKey: key, thumbnailKey: null, originalName: v.name, mime, sizeBytes: String(bytes.length),
          sha256: createHash('sha256').update(bytes).digest('hex'), changeNote: v.note ?? '', uploadedBy: user(v.by ?? d.owner).id,
          extractedText: v.lines.join('\n'), pageCount: v.kind === 'pdf' ? 1 : null, createdAt: new Date(now - (d.versions.length - i) * 3 * DAY),
        }));
        await manager.update(DocumentEntity, document.id, { versionCount: i + 1, currentMime: mime, currentSize: String(bytes.length), contentText: v.lines.join('\n') });
      }
    }
    const organisation = (key: string): string => {
      const found = organisations.get(key);
      if (!found) throw new Error(`demo content names an unknown organisation: ${key}`);
      return found.id;
    };
    for (const [index, p] of demoPractices.entries()) {
      const practiceDate = new Date(now - (120 - index * 5) * DAY);
      const [practice]: { id: string }[] = await manager.query(
        `INSERT INTO practices (organisation_id, created_by, title, summary, domain, problem, solution, target_users, channels, technology, cost_band, maturity,
            metrics, evidence, prerequisites, contact_user_id, visibility, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, '[]', $14, $2, $15, $16, $16) RETURNING id`,
        [organisation(p.organisation), user(p.author).id, p.title, p.summary, p.domain, p.problem, p.solution, p.targetUsers, p.channels, p.technology, p.costBand, p.maturity,
          JSON.stringify(p.metrics), JSON.stringify(p.prerequisites), p.visibility ?? 'public', practiceDate],
      );
      for (const tr of p.transfers ?? []) {
        const stage = tr.stages[tr.stages.length - 1] ?? 'exploring';
        const [transfer]: { id: string }[] = await manager.query(
          `INSERT INTO practice_transfers (practice_id, to_organisation_id, stage, adaptations, lessons, impact, success_factors, failure_factors, created_by, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          [practice!.id, organisation(tr.to), stage, tr.adaptations ?? '', tr.lessons ?? '', JSON.stringify(tr.impact ?? []), tr.success ?? [], tr.failure ?? [], user(tr.by).id,
            new Date(practiceDate.getTime() + 10 * DAY), new Date(practiceDate.getTime() + (10 + 20 * tr.stages.length) * DAY)],
        );
        for (const [i, reached] of tr.stages.entries()) {
          await manager.query('INSERT INTO practice_transfer_stages (transfer_id, stage, note, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5)', [
            transfer!.id, reached, i === 0 ? 'Started looking at this practice (sample data).' : `Moved to ${reached} (sample data).`, user(tr.by).id, new Date(practiceDate.getTime() + (10 + 20 * i) * DAY),
          ]);
        }
      }
      for (const e of p.evaluations ?? []) {
        await manager.query(
          `INSERT INTO practice_evaluations (practice_id, user_id, effectiveness, user_satisfaction, cost_efficiency, ease_of_transfer, comment, evidence_level) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [practice!.id, user(e.by).id, ...e.scores, e.comment ?? '', e.evidence],
        );
      }
    }
    await manager.query(
      `UPDATE practices SET thread_id = (SELECT id FROM threads WHERE title = 'Practice: one shared API gateway for 64 municipalities' LIMIT 1) WHERE title = 'One shared API gateway for 64 municipalities'`,
    );
    // The sample network trusts its members; the steering group keeps the default approval of
    // new accounts' first posts, and one post waits in its moderation queue.
    await manager.query(`UPDATE communities SET new_member_approvals = CASE WHEN slug = 'partnership-steering-group' THEN 2 ELSE 0 END`);
    const waiting = 'Could we add twenty minutes on the shared evaluation framework to the afternoon? (Sample post waiting for a moderator.)';
    await manager.query(
      `WITH t AS (UPDATE threads SET post_seq = post_seq + 1 WHERE title = 'Draft agenda for the spring partner meeting' RETURNING id, post_seq)
       INSERT INTO posts (thread_id, author_id, depth, number, path, body_md, body_html, approval, created_at)
       SELECT t.id, $1, 1, t.post_seq, lpad(t.post_seq::text, 7, '0'), $2, $3, 'pending', now() - interval '2 hours' FROM t`,
      [user('researcher').id, waiting, renderMarkdown(waiting)],
    );
    const notifications = await seedNotifications(manager, user('member').id);
    const flags = await seedModeration(manager, (key) => user(key).id, now);
    this.logger.log(`Demo data: ${notifications} notifications, ${flags} flags, ${demoOrganisations.length} organisations, ${demoUsers.length} people, ${demoCommunities.length} communities, ${demoThreads.length} threads, ${demoEvents.length} events, ${demoDocuments.length} documents, ${demoPractices.length} practices`);
  }
}
