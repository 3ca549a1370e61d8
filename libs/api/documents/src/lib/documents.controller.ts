import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentViewer, Public, RequirePermission, SignedIn, type Viewer, parse, uuidParam } from '@sce/api-core';
import { communitySlugParam } from '@sce/api-communities';
import {
  type DocumentListQuery,
  type DocumentPage,
  type DocumentVersionView,
  type DocumentView,
  Permission,
  type UpdateDocumentRequest,
  documentLicences,
  documentListQuerySchema,
  documentTypes,
  downloadQuerySchema,
  updateDocumentSchema,
} from '@sce/shared-contracts';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { DocumentsService } from './documents.service';

const uploadBody = (withMetadata: boolean) => ({
  schema: {
    type: 'object',
    required: withMetadata ? ['file', 'title', 'licence', 'language'] : ['file'],
    properties: {
      file: { type: 'string', format: 'binary', description: 'PDF, Office or OpenDocument file, PNG/JPEG/GIF/WebP image, CSV or plain text; at most UPLOAD_MAX_MB (25 MB)' },
      ...(withMetadata
        ? {
            title: { type: 'string' },
            description: { type: 'string' },
            tags: { type: 'string', description: 'comma-separated' },
            licence: { type: 'string', enum: [...documentLicences] },
            language: { type: 'string' },
            threadId: { type: 'string', format: 'uuid' },
            eventId: { type: 'string', format: 'uuid' },
          }
        : { changeNote: { type: 'string' } }),
    },
  },
});

@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get('communities/:slug/documents')
  @Public()
  @ApiOperation({ summary: 'A community’s documents, recently changed first (keyset pages), filtered by type, tag, thread or event.' })
  @ApiQuery({ name: 'type', required: false, enum: documentTypes })
  @ApiQuery({ name: 'tag', required: false })
  @ApiQuery({ name: 'threadId', required: false })
  @ApiQuery({ name: 'eventId', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiQuery({ name: 'limit', required: false })
  list(@CurrentViewer() viewer: Viewer | null, @Param('slug', communitySlugParam) slug: string, @Query(parse(documentListQuerySchema)) query: DocumentListQuery): Promise<DocumentPage> {
    return this.documents.list(viewer, slug, query);
  }

  @Post('communities/:slug/documents')
  @RequirePermission(Permission.CreateContent)
  @ApiOperation({
    summary:
      'Share a document (members; multipart/form-data). The type is sniffed from the content: HTML, SVG, scripts and programs are refused with 415; over the size limit 413; a name with control characters 400.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadBody(true))
  create(@CurrentViewer() viewer: Viewer, @Param('slug', communitySlugParam) slug: string, @Req() req: Request): Promise<DocumentView> {
    return this.documents.create(viewer, slug, req);
  }

  @Get('documents/:id')
  @Public()
  @ApiOperation({ summary: 'A document with its newest version.' })
  detail(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string): Promise<DocumentView> {
    return this.documents.detail(viewer, id);
  }

  @Patch('documents/:id')
  @SignedIn()
  @ApiOperation({ summary: 'Change title, description, tags, licence or language (the owner or a moderator).' })
  update(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Body(parse(updateDocumentSchema)) body: UpdateDocumentRequest): Promise<DocumentView> {
    return this.documents.update(viewer, id, body);
  }

  @Delete('documents/:id')
  @SignedIn()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a document (the owner or a moderator; soft).' })
  async remove(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string): Promise<void> {
    await this.documents.remove(viewer, id);
  }

  @Post('documents/:id/versions')
  @SignedIn()
  @ApiOperation({ summary: 'Upload a new version (the owner or a moderator; multipart/form-data with `file` and an optional `changeNote`).' })
  @ApiConsumes('multipart/form-data')
  @ApiBody(uploadBody(false))
  addVersion(@CurrentViewer() viewer: Viewer, @Param('id', uuidParam) id: string, @Req() req: Request): Promise<DocumentView> {
    return this.documents.addVersion(viewer, id, req);
  }

  @Get('documents/:id/versions')
  @Public()
  @ApiOperation({ summary: 'Every version, newest first: who, when, size, SHA-256 and change note.' })
  versions(@CurrentViewer() viewer: Viewer | null, @Param('id', uuidParam) id: string): Promise<DocumentVersionView[]> {
    return this.documents.versions(viewer, id);
  }

  @Get('documents/:id/download')
  @Public()
  @ApiOperation({ summary: 'Download a version (the newest without `version`), checked against the reader’s rights; always an attachment.' })
  @ApiQuery({ name: 'version', required: false })
  @ApiProduces('application/octet-stream')
  async download(
    @CurrentViewer() viewer: Viewer | null,
    @Param('id', uuidParam) id: string,
    @Query(parse(downloadQuerySchema)) query: z.infer<typeof downloadQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.documents.download(viewer, id, query.version);
    return this.send(res, file, 'attachment');
  }

  @Get('documents/:id/thumbnail')
  @Public()
  @ApiOperation({ summary: 'A small WebP preview of an image version.' })
  @ApiQuery({ name: 'version', required: false })
  @ApiProduces('image/webp')
  async thumbnail(
    @CurrentViewer() viewer: Viewer | null,
    @Param('id', uuidParam) id: string,
    @Query(parse(downloadQuerySchema)) query: z.infer<typeof downloadQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.send(res, await this.documents.download(viewer, id, query.version, 'thumbnail'), 'inline');
  }

  /** Served so no browser runs it: attachment (RFC 6266 name), nosniff, and a sandboxing CSP. */
  private send(res: Response, file: { stream: NodeJS.ReadableStream; name: string; mime: string; size: number | null }, disposition: 'attachment' | 'inline'): StreamableFile {
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Content-Disposition', contentDisposition(file.name, { type: disposition }));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, no-store');
    if (file.size !== null) res.setHeader('Content-Length', String(file.size));
    return new StreamableFile(file.stream as never);
  }
}
