import { Injectable, inject } from '@angular/core';
import type { DocumentView } from '@sce/shared-contracts';
import { KeysetList } from '@sce/web-shared-data-access';
import { DocumentsApi, type DocumentFilter } from './documents.api';

/** A library query: the community and the filters. */
export interface DocumentLibraryQuery extends DocumentFilter {
  slug: string;
}

/** Whether a document belongs in a list with these filters. */
export function matchesFilter(
  document: DocumentView,
  query: DocumentLibraryQuery,
): boolean {
  return (
    document.community.slug === query.slug &&
    (!query.type || document.type === query.type) &&
    (!query.tag || document.tags.includes(query.tag.toLowerCase())) &&
    (!query.threadId || document.threadId === query.threadId) &&
    (!query.eventId || document.eventId === query.eventId)
  );
}

/**
 * A list of a community's documents — the library page, or those attached to one thread or
 * event — recently changed first, in keyset pages, with what was just shared, changed or
 * deleted kept in step. Provide it where the list is shown.
 */
@Injectable()
export class DocumentLibraryStore {
  private readonly api = inject(DocumentsApi);

  readonly documents = new KeysetList<DocumentView, DocumentLibraryQuery>(
    (query, cursor) => this.api.list(query.slug, query, cursor),
  );

  load(query: DocumentLibraryQuery): void {
    this.documents.load(query);
  }

  /** A document just shared or changed: first in the list when it matches the filters. */
  added(document: DocumentView): void {
    const query = this.documents.query();
    if (query === null || !matchesFilter(document, query)) {
      return;
    }
    this.documents.remove(document.id);
    this.documents.insert(document, 0);
  }

  removed(documentId: string): void {
    this.documents.remove(documentId);
  }
}
