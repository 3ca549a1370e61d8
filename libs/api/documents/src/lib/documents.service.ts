import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, ForbiddenError, NotFoundError, TransactionRunner, ValidationError, type Viewer, decodeCursor, keysetPage } from '@sce/api-core';
import { type CommunityAccess, CommunitiesService, canModerateCommunity, canPostInCommunity } from '@sce/api-communities';
import {
  type DocumentListQuery,
  type DocumentPage,
  type DocumentType,
  type DocumentVersionView,
  type DocumentView,
  Permission,
  type UpdateDocumentRequest,
  type ViewerMembership,
  newDocumentFieldsSchema,
  newVersionFieldsSchema,
  roleHasPermission,
} from '@sce/shared-contracts';
import type { Request } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { DocumentVersionEntity } from './document-version.entity';
import { DocumentEntity } from './document.entity';
import { inspectDocument } from './inspect-document';
import { type ReceivedUpload, receiveUpload } from './receive-upload';
import { FileStorage } from './storage';
import { unsupportedType } from './upload-errors';

const documentNotFound = () => new NotFoundError('The document');
const membershipOf = (access: CommunityAccess): ViewerMembership | null => (access.membership ? { role: access.membership.role, state: access.membership.state } : null);

/** The library's filter for a content type. */
export function documentTypeOf(mime: string): DocumentType {
  if (mime === 'application/pdf') return 'pdf';
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('text/')) return 'text';
  return 'office';
}
const MIME_PATTERNS: Record<DocumentType, string> = { pdf: 'application/pdf', image: 'image/%', text: 'text/%', office: 'application/v%' };

interface ListRow {
  id: string;
  community_slug: string;
  community_name: string;
  thread_id: string | null;
  event_id: string | null;
  title: string;
  description: string;
  tags: string[];
  licence: string;
  language: string;
  owner_id: string;
  owner_name: string;
  version_count: number;
  created_at: Date;
  updated_at: Date;
  updated_key: string;
  v_number: number;
  v_name: string;
  v_mime: string;
  v_size: string;
  v_sha256: string;
  v_note: string;
  v_by: string;
  v_by_name: string;
  v_at: Date;
  v_pages: number | null;
  v_thumb: string | null;
}

const DOCUMENT_SELECT = `
  SELECT d.id, c.slug AS community_slug, c.name AS community_name, d.thread_id, d.event_id, d.title, d.description, d.tags, d.licence,
    d.language, d.owner_id, o.display_name AS owner_name, d.version_count, d.created_at, d.updated_at, d.updated_at::text AS updated_key,
    v.number AS v_number, v.original_name AS v_name, v.mime AS v_mime, v.size_bytes AS v_size, v.sha256 AS v_sha256, v.change_note AS v_note,
    v.uploaded_by AS v_by, vu.display_name AS v_by_name, v.created_at AS v_at, v.page_count AS v_pages, v.thumbnail_key AS v_thumb
  FROM documents d
  JOIN communities c ON c.id = d.community_id
  JOIN users o ON o.id = d.owner_id
  JOIN document_versions v ON v.document_id = d.id AND v.number = d.version_count
  JOIN users vu ON vu.id = v.uploaded_by`;

const versionView = (r: { number: number; name: string; mime: string; size: string; sha256: string; note: string; by: string; byName: string; at: Date; pages: number | null; thumb: string | null }): DocumentVersionView => ({
  number: r.number,
  originalName: r.name,
  mime: r.mime,
  sizeBytes: Number(r.size),
  sha256: r.sha256,
  changeNote: r.note,
  uploadedBy: { id: r.by, displayName: r.byName },
  createdAt: r.at.toISOString(),
  pageCount: r.pages,
  hasThumbnail: r.thumb !== null,
});

/**
 * Shared files. Rights are checked before a byte is stored and on every download; a file is kept
 * only once its row commits, and a row only points at a stored file.
 */
@Injectable()
export class DocumentsService {
  private readonly log = new Logger(DocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly communities: CommunitiesService,
    private readonly transactions: TransactionRunner,
    private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(viewer: Viewer | null, slug: string, query: DocumentListQuery): Promise<DocumentPage> {
    const access = await this.communities.readable(viewer, slug);
    const params: unknown[] = [access.community.id];
    const conditions = ['d.community_id = $1', 'd.deleted_at IS NULL'];
    if (query.type) conditions.push(`d.current_mime LIKE $${params.push(MIME_PATTERNS[query.type])}`);
    if (query.tag) conditions.push(`d.tags @> ARRAY[$${params.push(query.tag)}::text]`);
    if (query.threadId) conditions.push(`d.thread_id = $${params.push(query.threadId)}::uuid`);
    if (query.eventId) conditions.push(`d.event_id = $${params.push(query.eventId)}::uuid`);
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, ['timestamp', 'uuid']);
      conditions.push(`(d.updated_at, d.id) < ($${params.push(at)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows: ListRow[] = await this.dataSource.query(`${DOCUMENT_SELECT} WHERE ${conditions.join(' AND ')} ORDER BY d.updated_at DESC, d.id DESC LIMIT $${params.push(query.limit + 1)}`, params);
    return keysetPage(rows, query.limit, (r) => [r.updated_key, r.id], (r) => this.view(viewer, access, r));
  }

  async detail(viewer: Viewer | null, id: string): Promise<DocumentView> {
    const { access } = await this.readable(viewer, id);
    return this.viewById(viewer, access, id);
  }

  async versions(viewer: Viewer | null, id: string): Promise<DocumentVersionView[]> {
    await this.readable(viewer, id);
    const rows: { number: number; original_name: string; mime: string; size_bytes: string; sha256: string; change_note: string; uploaded_by: string; name: string; created_at: Date; page_count: number | null; thumbnail_key: string | null }[] = await this.dataSource.query(
      `SELECT v.number, v.original_name, v.mime, v.size_bytes, v.sha256, v.change_note, v.uploaded_by, u.display_name AS name, v.created_at, v.page_count, v.thumbnail_key
         FROM document_versions v JOIN users u ON u.id = v.uploaded_by WHERE v.document_id = $1 ORDER BY v.number DESC`,
      [id],
    );
    return rows.map((r) => versionView({ number: r.number, name: r.original_name, mime: r.mime, size: r.size_bytes, sha256: r.sha256, note: r.change_note, by: r.uploaded_by, byName: r.name, at: r.created_at, pages: r.page_count, thumb: r.thumbnail_key }));
  }

  /** A new document with its first version, from a multipart request. */
  async create(viewer: Viewer, slug: string, req: Request): Promise<DocumentView> {
    const access = await this.communities.access(viewer, slug);
    if (!canPostInCommunity(viewer, membershipOf(access)) || !roleHasPermission(viewer.role, Permission.CreateContent)) throw new ForbiddenError('Join this community to share documents in it.');
    return this.withUpload(req, async (upload, stored) => {
      const fields = parseFields(newDocumentFieldsSchema, upload.fields);
      await this.checkAttachment(access.community.id, fields.threadId ?? null, fields.eventId ?? null);
      const id = await this.transactions.run(async (tx) => {
        const document = await tx.save(
          tx.create(DocumentEntity, {
            communityId: access.community.id,
            threadId: fields.threadId ?? null,
            eventId: fields.eventId ?? null,
            ownerId: viewer.id,
            title: fields.title,
            description: fields.description,
            tags: fields.tags,
            licence: fields.licence,
            language: fields.language,
          }),
        );
        await this.addVersionRow(tx, document.id, viewer.id, upload, stored, '');
        return document.id;
      });
      return this.viewById(viewer, access, id);
    });
  }

  async addVersion(viewer: Viewer, id: string, req: Request): Promise<DocumentView> {
    const { access } = await this.editable(viewer, id);
    return this.withUpload(req, async (upload, stored) => {
      const fields = parseFields(newVersionFieldsSchema, upload.fields);
      await this.transactions.run(async (tx) => {
        const document = await tx.getRepository(DocumentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!document || document.deletedAt) throw documentNotFound();
        await this.addVersionRow(tx, id, viewer.id, upload, stored, fields.changeNote);
      });
      return this.viewById(viewer, access, id);
    });
  }

  async update(viewer: Viewer, id: string, patch: UpdateDocumentRequest): Promise<DocumentView> {
    const { access } = await this.editable(viewer, id);
    await this.dataSource.getRepository(DocumentEntity).update({ id }, patch);
    return this.viewById(viewer, access, id);
  }

  /** Soft delete: the document leaves every list and download; its files stay until purged. */
  async remove(viewer: Viewer, id: string): Promise<void> {
    await this.editable(viewer, id);
    await this.dataSource.getRepository(DocumentEntity).update({ id }, { deletedAt: new Date() });
  }

  /** A version's bytes, for a reader with rights now; the newest when no version is named. */
  async download(viewer: Viewer | null, id: string, version: number | undefined, what: 'file' | 'thumbnail' = 'file'): Promise<{ stream: Readable; name: string; mime: string; size: number | null }> {
    const { document } = await this.readable(viewer, id);
    const row = await this.dataSource.getRepository(DocumentVersionEntity).findOne({ where: { documentId: id, number: version ?? document.versionCount } });
    if (!row) throw new NotFoundError('That version');
    if (what === 'thumbnail') {
      if (!row.thumbnailKey) throw new NotFoundError('A thumbnail');
      return { stream: await this.storage.open(row.thumbnailKey), name: `${row.originalName}.webp`, mime: 'image/webp', size: null };
    }
    return { stream: await this.storage.open(row.storageKey), name: row.originalName, mime: row.mime, size: Number(row.sizeBytes) };
  }

  private async readable(viewer: Viewer | null, id: string): Promise<{ document: DocumentEntity; access: CommunityAccess }> {
    const document = await this.dataSource.getRepository(DocumentEntity).findOne({ where: { id } });
    if (!document || document.deletedAt) throw documentNotFound();
    const access = await this.communities.accessById(viewer, document.communityId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? documentNotFound() : error;
    });
    return { document, access };
  }

  private async editable(viewer: Viewer, id: string): Promise<{ document: DocumentEntity; access: CommunityAccess }> {
    const found = await this.readable(viewer, id);
    if (found.document.ownerId !== viewer.id && !canModerateCommunity(viewer, membershipOf(found.access))) throw new ForbiddenError('Only the person who shared this document or a moderator can change it.');
    return found;
  }

  /** An attachment must be a live thread or event of the same community. */
  private async checkAttachment(communityId: string, threadId: string | null, eventId: string | null): Promise<void> {
    if (threadId) {
      const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM threads WHERE id = $1 AND community_id = $2 AND deleted_at IS NULL', [threadId, communityId]);
      if (rows.length === 0) throw new ValidationError([{ field: 'body.threadId', message: 'is not a thread of this community' }]);
    }
    if (eventId) {
      const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM events WHERE id = $1 AND community_id = $2', [eventId, communityId]);
      if (rows.length === 0) throw new ValidationError([{ field: 'body.eventId', message: 'is not an event of this community' }]);
    }
  }

  private async addVersionRow(tx: EntityManager, documentId: string, userId: string, upload: ReceivedUpload, stored: StoredFile, changeNote: string): Promise<void> {
    const [rows]: [{ version_count: number }[], number] = await tx.query(
      // content_text: the new version's text, for search (null when it has none).
      'UPDATE documents SET version_count = version_count + 1, current_mime = $2, current_size = $3, content_text = $4, updated_at = now() WHERE id = $1 RETURNING version_count',
      [documentId, stored.mime, upload.file.sizeBytes, stored.text],
    );
    await tx.save(
      tx.create(DocumentVersionEntity, {
        documentId,
        number: rows[0]?.version_count ?? 1,
        storageKey: stored.key,
        thumbnailKey: stored.thumbnailKey,
        originalName: upload.file.originalName,
        mime: stored.mime,
        sizeBytes: String(upload.file.sizeBytes),
        sha256: upload.file.sha256,
        changeNote,
        uploadedBy: userId,
        extractedText: stored.text,
        pageCount: stored.pageCount,
      }),
    );
  }

  /**
   * Receives, inspects and stores the file, then runs `work`; if anything fails on the way —
   * including `work`'s transaction — nothing stays behind: no temporary file, no stored file.
   */
  private async withUpload<T>(req: Request, work: (upload: ReceivedUpload, stored: StoredFile) => Promise<T>): Promise<T> {
    const upload = await receiveUpload(req, { tempDir: this.storage.tempDir, maxBytes: this.config.uploadMaxBytes });
    const thumbnailTemp = `${upload.file.tempPath}.thumb.webp`;
    const keys: string[] = [];
    try {
      const inspection = await inspectDocument(upload.file.tempPath, upload.file.originalName, thumbnailTemp);
      if ('refused' in inspection) throw unsupportedType(describeRefusal(inspection.refused));
      const key = randomUUID();
      await this.storage.store(key, upload.file.tempPath, inspection.mime);
      keys.push(key);
      let thumbnailKey: string | null = null;
      if (inspection.thumbnail) {
        thumbnailKey = randomUUID();
        await this.storage.store(thumbnailKey, thumbnailTemp, 'image/webp');
        keys.push(thumbnailKey);
      }
      return await work(upload, { key, thumbnailKey, mime: inspection.mime, text: inspection.text, pageCount: inspection.pageCount });
    } catch (error) {
      for (const key of keys) await this.storage.remove(key).catch((e: Error) => this.log.warn(`could not remove ${key}: ${e.message}`));
      throw error;
    } finally {
      await rm(upload.file.tempPath, { force: true }).catch(() => undefined);
      await rm(thumbnailTemp, { force: true }).catch(() => undefined);
    }
  }

  private async viewById(viewer: Viewer | null, access: CommunityAccess, id: string): Promise<DocumentView> {
    const rows: ListRow[] = await this.dataSource.query(`${DOCUMENT_SELECT} WHERE d.id = $1`, [id]);
    if (!rows[0]) throw documentNotFound();
    return this.view(viewer, access, rows[0]);
  }

  private view(viewer: Viewer | null, access: CommunityAccess, r: ListRow): DocumentView {
    const mayChange = viewer !== null && (viewer.id === r.owner_id || canModerateCommunity(viewer, membershipOf(access)));
    return {
      id: r.id,
      community: { slug: r.community_slug, name: r.community_name },
      threadId: r.thread_id,
      eventId: r.event_id,
      title: r.title,
      description: r.description,
      tags: r.tags,
      licence: r.licence as DocumentView['licence'],
      language: r.language,
      type: documentTypeOf(r.v_mime),
      owner: { id: r.owner_id, displayName: r.owner_name },
      current: versionView({ number: r.v_number, name: r.v_name, mime: r.v_mime, size: r.v_size, sha256: r.v_sha256, note: r.v_note, by: r.v_by, byName: r.v_by_name, at: r.v_at, pages: r.v_pages, thumb: r.v_thumb }),
      versionCount: r.version_count,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
      viewer: { canEdit: mayChange, canDelete: mayChange },
    };
  }
}

interface StoredFile {
  key: string;
  thumbnailKey: string | null;
  mime: string;
  text: string | null;
  pageCount: number | null;
}

function describeRefusal(refused: string): string {
  if (refused === 'markup') return 'a web page, SVG or other markup';
  if (refused === 'unknown' || refused === 'unreadable') return 'not recognised';
  return refused;
}

/** Multipart text fields checked like a JSON body: a 400 names each field. */
function parseFields<S extends z.ZodType>(schema: S, fields: Record<string, string>): z.infer<S> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  throw new ValidationError(parsed.error.issues.map((issue) => ({ field: `body.${issue.path.join('.')}`, message: issue.message })));
}
