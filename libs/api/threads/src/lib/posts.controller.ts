import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AnonymousCache, CurrentViewer, Public, RequirePermission, SignedIn, type Viewer, parse, uuidParam } from '@sce/api-core';
import {
  type BookmarkPage,
  type CreatePostRequest,
  type ModerationReason,
  type PageQuery,
  Permission,
  type Post as PostView,
  type PostListQuery,
  type PostPage,
  type PostRevision,
  type ReactionKind,
  type ReactionsResult,
  type UpdatePostRequest,
  moderationReasonSchema,
  bookmarkPageSchema,
  createPostSchema,
  markdownBodySchema,
  pageQuerySchema,
  postListQuerySchema,
  postPageSchema,
  postRevisionSchema,
  postSchema,
  reactionKindSchema,
  reactionsResultSchema,
  updatePostSchema,
} from '@sce/shared-contracts';
import { z } from 'zod';
import { BookmarksService } from './bookmarks.service';
import { renderMarkdown } from './markdown';
import { PostsService } from './posts.service';

const postJsonSchema = z.toJSONSchema(postSchema) as object;
const previewSchema = z.object({ body: markdownBodySchema });

@ApiTags('posts')
@Controller()
export class PostsController {
  constructor(
    private readonly posts: PostsService,
    private readonly bookmarks: BookmarksService,
  ) {}

  @Get('threads/:id/posts')
  @Public()
  @AnonymousCache()
  @ApiOperation({ summary: 'A page of the reply tree, depth first, down to a readable depth; root=<postId> continues one branch. A fixed number of queries per page.' })
  @ApiQuery({ name: 'root', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false, description: '1-100, default 50' })
  @ApiOkResponse({ schema: z.toJSONSchema(postPageSchema) as object })
  list(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string, @Query(parse(postListQuerySchema)) query: PostListQuery): Promise<PostPage> {
    return this.posts.list(viewer, id, query);
  }

  @Post('threads/:id/posts')
  @RequirePermission(Permission.CreateContent)
  @ApiOperation({ summary: 'Reply to the thread, or to a post with parentId; quotePostId quotes a post of the same thread. Mentions: @[Name](user:<id>).' })
  @ApiCreatedResponse({ schema: postJsonSchema })
  create(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(createPostSchema)) body: CreatePostRequest): Promise<PostView> {
    return this.posts.create(viewer, id, body);
  }

  @Get('posts/:id')
  @Public()
  @ApiOperation({ summary: 'One post (a permalink), with its thread id.' })
  @ApiOkResponse({ schema: postJsonSchema })
  get(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string): Promise<PostView> {
    return this.posts.get(viewer, id);
  }

  @Patch('posts/:id')
  @SignedIn()
  @ApiOperation({ summary: 'Edit a post (its author until the thread is locked, or a moderator); the old text is kept as a revision.' })
  @ApiOkResponse({ schema: postJsonSchema })
  update(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(updatePostSchema)) body: UpdatePostRequest): Promise<PostView> {
    return this.posts.update(viewer, id, body);
  }

  @Delete('posts/:id')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a post (its author or a moderator): it shows as deleted and its replies stay.' })
  @ApiNoContentResponse()
  remove(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<void> {
    return this.posts.remove(viewer, id);
  }

  @Post('posts/:id/hide')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide a post (the community’s moderators): its text stays for the author and moderators, with the reason; everyone viewing sees it hidden at once.' })
  hide(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(moderationReasonSchema)) body: ModerationReason): Promise<PostView> {
    return this.posts.setHidden(viewer, id, true, body.reason ?? null);
  }

  @Post('posts/:id/restore')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Restore a hidden post (the community’s moderators).' })
  restore(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(moderationReasonSchema)) body: ModerationReason): Promise<PostView> {
    return this.posts.setHidden(viewer, id, false, body.reason ?? null);
  }

  @Get('posts/:id/revisions')
  @Public()
  @ApiOperation({ summary: 'Every version of a post, newest first: who wrote it, when, and the text.' })
  @ApiOkResponse({ schema: z.toJSONSchema(z.array(postRevisionSchema)) as object })
  revisions(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string): Promise<PostRevision[]> {
    return this.posts.revisions(viewer, id);
  }

  @Put('posts/:id/reactions/:kind')
  @SignedIn()
  @ApiOperation({ summary: 'Add your reaction of this kind (idempotent).' })
  @ApiOkResponse({ schema: z.toJSONSchema(reactionsResultSchema) as object })
  react(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Param('kind', parse(reactionKindSchema)) kind: ReactionKind): Promise<ReactionsResult> {
    return this.posts.react(viewer, id, kind, true);
  }

  @Delete('posts/:id/reactions/:kind')
  @SignedIn()
  @ApiOperation({ summary: 'Take your reaction of this kind back (idempotent).' })
  @ApiOkResponse({ schema: z.toJSONSchema(reactionsResultSchema) as object })
  unreact(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Param('kind', parse(reactionKindSchema)) kind: ReactionKind): Promise<ReactionsResult> {
    return this.posts.react(viewer, id, kind, false);
  }

  @Post('threads/:id/accept/:postId')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Accept a reply as the answer to a question (the person who asked, or a moderator).' })
  @ApiNoContentResponse()
  accept(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Param('postId', uuidParam) postId: string): Promise<void> {
    return this.posts.accept(viewer, id, postId);
  }

  @Delete('threads/:id/accept')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Clear the accepted answer.' })
  @ApiNoContentResponse()
  unaccept(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<void> {
    return this.posts.accept(viewer, id, null);
  }

  @Put('threads/:id/bookmark')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Bookmark a thread (idempotent).' })
  @ApiNoContentResponse()
  bookmarkThread(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<void> {
    return this.bookmarks.bookmarkThread(viewer, id, true);
  }

  @Delete('threads/:id/bookmark')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a thread bookmark (idempotent).' })
  @ApiNoContentResponse()
  unbookmarkThread(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<void> {
    return this.bookmarks.bookmarkThread(viewer, id, false);
  }

  @Put('posts/:id/bookmark')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Bookmark a post (idempotent).' })
  @ApiNoContentResponse()
  bookmarkPost(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<void> {
    return this.bookmarks.bookmarkPost(viewer, id, true);
  }

  @Delete('posts/:id/bookmark')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a post bookmark (idempotent).' })
  @ApiNoContentResponse()
  unbookmarkPost(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<void> {
    return this.bookmarks.bookmarkPost(viewer, id, false);
  }

  @Get('users/me/bookmarks')
  @SignedIn()
  @ApiOperation({ summary: 'Your bookmarks, newest first (keyset pages), limited to what you may still read.' })
  @ApiOkResponse({ schema: z.toJSONSchema(bookmarkPageSchema) as object })
  myBookmarks(@CurrentViewer() viewer: Viewer, @Query(parse(pageQuerySchema)) page: PageQuery): Promise<BookmarkPage> {
    return this.bookmarks.list(viewer, page);
  }

  @Post('markdown/preview')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: 'Render Markdown exactly as a post would be stored (the composer’s preview).' })
  @ApiOkResponse({ schema: z.toJSONSchema(z.object({ bodyHtml: z.string() })) as object })
  preview(@Body(parse(previewSchema)) body: z.infer<typeof previewSchema>): { bodyHtml: string } {
    return { bodyHtml: renderMarkdown(body.body) };
  }
}
