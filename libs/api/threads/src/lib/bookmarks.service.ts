import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError, type Viewer, decodeCursor, keysetPage } from '@sce/api-core';
import { communityReadScope } from '@sce/api-communities';
import type { BookmarkPage, PageQuery } from '@sce/shared-contracts';
import type { DataSource } from 'typeorm';
import { PostRepository } from './post.repository';
import { ThreadsService } from './threads.service';

interface BookmarkRow {
  id: string;
  thread_id: string;
  title: string;
  community_slug: string;
  community_name: string;
  post_id: string | null;
  post_body: string | null;
  thread_body: string;
  created_at: Date;
  created_key: string;
}

/** Plain text for a list: Markdown marks dropped, whitespace folded, cut at a word. */
export function excerpt(markdown: string, length = 200): string {
  const text = markdown
    .replace(/^>.*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>~|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(' ') > length / 2 ? cut.lastIndexOf(' ') : length)}…`;
}

/** Threads and posts people saved for later. Readability is checked again when the list is shown. */
@Injectable()
export class BookmarksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly posts: PostRepository,
  ) {}

  async bookmarkThread(viewer: Viewer, threadId: string, on: boolean): Promise<void> {
    await this.threads.access(viewer, threadId);
    await this.save(viewer.id, threadId, null, on);
  }

  async bookmarkPost(viewer: Viewer, postId: string, on: boolean): Promise<void> {
    const post = await this.posts.find(postId);
    if (!post || post.deletedAt) throw new NotFoundError('The post');
    await this.threads.access(viewer, post.threadId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new NotFoundError('The post') : error;
    });
    await this.save(viewer.id, post.threadId, post.id, on);
  }

  /** Newest first; what the viewer may no longer read (left a private community, deleted) is left out. */
  async list(viewer: Viewer, page: PageQuery): Promise<BookmarkPage> {
    const after = page.cursor ? decodeCursor(page.cursor, ['timestamp', 'uuid']) : null;
    const scope = communityReadScope(viewer);
    const rows: BookmarkRow[] = await this.dataSource.query(
      `SELECT b.id, b.thread_id, t.title, c.slug AS community_slug, c.name AS community_name, b.post_id,
              p.body_md AS post_body, t.body_md AS thread_body, b.created_at, b.created_at::text AS created_key
       FROM bookmarks b
       JOIN threads t ON t.id = b.thread_id AND t.deleted_at IS NULL AND (NOT t.hidden OR t.author_id = $1)
       JOIN communities c ON c.id = t.community_id
       LEFT JOIN posts p ON p.id = b.post_id
       WHERE b.user_id = $1
         AND (b.post_id IS NULL OR (p.deleted_at IS NULL AND (NOT p.hidden OR p.author_id = $1)))
         AND (c.visibility = ANY($2::text[]) OR EXISTS (
               SELECT 1 FROM memberships m WHERE m.community_id = c.id AND m.user_id = $1 AND m.state = 'active'))
         AND ($3::timestamptz IS NULL OR (b.created_at, b.id) < ($3::timestamptz, $4::uuid))
       ORDER BY b.created_at DESC, b.id DESC
       LIMIT $5`,
      [viewer.id, scope.visibilities, after?.[0] ?? null, after?.[1] ?? null, page.limit + 1],
    );
    return keysetPage(rows, page.limit, (r) => [r.created_key, r.id], (r) => ({
      threadId: r.thread_id,
      threadTitle: r.title,
      community: { slug: r.community_slug, name: r.community_name },
      postId: r.post_id,
      excerpt: excerpt(r.post_body ?? r.thread_body),
      createdAt: r.created_at.toISOString(),
    }));
  }

  private async save(userId: string, threadId: string, postId: string | null, on: boolean): Promise<void> {
    if (on) {
      await this.dataSource.query('INSERT INTO bookmarks (user_id, thread_id, post_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [userId, threadId, postId]);
    } else {
      await this.dataSource.query('DELETE FROM bookmarks WHERE user_id = $1 AND thread_id = $2 AND post_id IS NOT DISTINCT FROM $3', [userId, threadId, postId]);
    }
  }
}
