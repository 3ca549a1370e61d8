import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  DocumentLicence,
  DocumentPage,
  DocumentType,
  DocumentVersionView,
  DocumentView,
  Language,
  UpdateDocumentRequest,
} from '@sce/shared-contracts';
import { API_BASE_URL } from '@sce/web-shared-data-access';
import { map, type Observable } from 'rxjs';
import { csrfWrapper } from './csrf';
import { UPLOAD_HTTP_CLIENT } from './upload-http-client';
import { toUploadEvents, type UploadEvent } from './upload-event';

/** What a community's library is filtered by; null filters nothing. */
export interface DocumentFilter {
  type: DocumentType | null;
  tag: string | null;
  threadId?: string | null;
  eventId?: string | null;
}

/** The text fields sent with a new document's file. */
export interface NewDocumentFields {
  title: string;
  description: string;
  tags: readonly string[];
  licence: DocumentLicence;
  language: Language;
  threadId?: string | null;
  eventId?: string | null;
}

const id = (value: string) => encodeURIComponent(value);

/**
 * REST calls of documents: a community's library (`/api/communities/:slug/documents`), one
 * document, its versions, uploads (multipart, with progress; unsubscribing aborts) and the
 * addresses of downloads and thumbnails.
 */
@Injectable({ providedIn: 'root' })
export class DocumentsApi {
  private readonly http = inject(HttpClient);
  private readonly uploads = inject(UPLOAD_HTTP_CLIENT);
  private readonly baseUrl = inject(API_BASE_URL);
  private readonly withCsrf = csrfWrapper();

  /** A community's documents, recently changed first (keyset pages). */
  list(
    slug: string,
    filter: DocumentFilter,
    cursor: string | null,
    limit?: number,
  ): Observable<DocumentPage> {
    let params = new HttpParams();
    if (filter.type) params = params.set('type', filter.type);
    if (filter.tag) params = params.set('tag', filter.tag);
    if (filter.threadId) params = params.set('threadId', filter.threadId);
    if (filter.eventId) params = params.set('eventId', filter.eventId);
    if (cursor) params = params.set('cursor', cursor);
    if (limit !== undefined) params = params.set('limit', limit);
    return this.http.get<DocumentPage>(
      `${this.baseUrl}/communities/${id(slug)}/documents`,
      { params },
    );
  }

  /** One document with its newest version; 404 when unknown, deleted or unreadable. */
  get(documentId: string): Observable<DocumentView> {
    return this.http.get<DocumentView>(
      `${this.baseUrl}/documents/${id(documentId)}`,
    );
  }

  /** Every version, newest first. */
  versions(documentId: string): Observable<DocumentVersionView[]> {
    return this.http.get<DocumentVersionView[]>(
      `${this.baseUrl}/documents/${id(documentId)}/versions`,
    );
  }

  /** Changes the details (owner or moderator); 400 VALIDATION_FAILED names each field. */
  update(
    documentId: string,
    patch: UpdateDocumentRequest,
  ): Observable<DocumentView> {
    return this.withCsrf(() =>
      this.http.patch<DocumentView>(
        `${this.baseUrl}/documents/${id(documentId)}`,
        patch,
      ),
    );
  }

  remove(documentId: string): Observable<void> {
    return this.withCsrf(() =>
      this.http
        .delete(`${this.baseUrl}/documents/${id(documentId)}`)
        .pipe(map(() => undefined)),
    );
  }

  /**
   * Shares a file in a community (optionally attached to a thread or an event). Errors: 413 too
   * large, 415 a kind of file that is refused (its `detail` says which are accepted), 400 with
   * field errors (`body.title`, `file`, `file.name`, …).
   */
  upload(
    slug: string,
    file: Blob,
    fileName: string,
    fields: NewDocumentFields,
  ): Observable<UploadEvent<DocumentView>> {
    const form = new FormData();
    // The text fields first: the API reads the parts in order and streams the file last.
    form.append('title', fields.title);
    form.append('description', fields.description);
    form.append('tags', fields.tags.join(','));
    form.append('licence', fields.licence);
    form.append('language', fields.language);
    if (fields.threadId) form.append('threadId', fields.threadId);
    if (fields.eventId) form.append('eventId', fields.eventId);
    form.append('file', file, fileName);
    return this.send(`${this.baseUrl}/communities/${id(slug)}/documents`, form);
  }

  /** Uploads a new version of a document (owner or moderator), with a note on what changed. */
  uploadVersion(
    documentId: string,
    file: Blob,
    fileName: string,
    changeNote: string,
  ): Observable<UploadEvent<DocumentView>> {
    const form = new FormData();
    form.append('changeNote', changeNote);
    form.append('file', file, fileName);
    return this.send(
      `${this.baseUrl}/documents/${id(documentId)}/versions`,
      form,
    );
  }

  /** Where a version (the newest without `version`) is downloaded, always as an attachment. */
  downloadUrl(documentId: string, version?: number): string {
    const url = `${this.baseUrl}/documents/${id(documentId)}/download`;
    return version === undefined ? url : `${url}?version=${version}`;
  }

  /** A small WebP preview of an image document (when `current.hasThumbnail`). */
  thumbnailUrl(documentId: string, version?: number): string {
    const url = `${this.baseUrl}/documents/${id(documentId)}/thumbnail`;
    return version === undefined ? url : `${url}?version=${version}`;
  }

  private send(
    url: string,
    form: FormData,
  ): Observable<UploadEvent<DocumentView>> {
    return this.withCsrf(() =>
      this.uploads
        .post<DocumentView>(url, form, {
          reportProgress: true,
          observe: 'events',
        })
        .pipe(toUploadEvents<DocumentView>()),
    );
  }
}
