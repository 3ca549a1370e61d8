import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChildren,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { DocumentType, DocumentView } from '@sce/shared-contracts';
import { CommunityPageStore } from '@sce/web-communities-data-access';
import {
  DOCUMENT_TYPES,
  DocumentLibraryStore,
  documentTypeKeys,
  type DocumentFilter,
} from '@sce/web-documents-data-access';
import { TranslatePipe } from '@sce/web-shared-data-access';
import { EmptyState, PageHeader } from '@sce/web-shared-ui';
import { DocumentItem } from '../document-item/document-item';
import { DocumentUpload } from '../document-upload/document-upload';

const isType = (value: unknown): value is DocumentType =>
  (DOCUMENT_TYPES as readonly unknown[]).includes(value);

/**
 * `/communities/:slug/documents` (routed by the communities feature): the community's library,
 * recently changed first, filtered by kind of file and tag (kept in `?type=&tag=`), with
 * "show more"; members share a document from the panel at the top.
 */
@Component({
  selector: 'sce-document-library',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButton,
    PageHeader,
    EmptyState,
    DocumentItem,
    DocumentUpload,
  ],
  providers: [DocumentLibraryStore],
  templateUrl: './document-library.html',
  styleUrl: './document-library.scss',
})
export class DocumentLibrary {
  /** `?type=`: one kind of file. */
  readonly type = input<string>();
  /** `?tag=`: documents with one tag. */
  readonly tag = input<string>();

  protected readonly store = inject(CommunityPageStore);
  private readonly library = inject(DocumentLibraryStore);
  protected readonly documents = this.library.documents;
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly dom = inject(DOCUMENT);
  private readonly items = viewChildren(DocumentItem);
  private focusIndex: number | null = null;

  protected readonly types = DOCUMENT_TYPES;
  protected readonly typeKeys = documentTypeKeys;
  protected readonly uploading = signal(false);

  protected readonly filter = computed<DocumentFilter>(() => {
    const type = this.type();
    const tag = (this.tag() ?? '').trim().toLowerCase();
    return { type: isType(type) ? type : null, tag: tag || null };
  });
  protected readonly filtered = computed(
    () => this.filter().type !== null || this.filter().tag !== null,
  );
  protected readonly filters = new FormGroup({
    type: new FormControl<DocumentType | ''>('', { nonNullable: true }),
    tag: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const community = this.store.community();
      const loaded = this.store.status() === 'loaded';
      const filter = this.filter();
      untracked(() => {
        this.filters.setValue({
          type: filter.type ?? '',
          tag: filter.tag ?? '',
        });
        if (community !== null && loaded && community.viewer.canRead) {
          this.library.load({ slug: community.slug, ...filter });
        }
      });
    });
    afterRenderEffect(() => {
      const items = this.items();
      if (this.focusIndex !== null && items.length > this.focusIndex) {
        items[this.focusIndex].focus();
        this.focusIndex = null;
      }
    });
  }

  protected applyFilters(): void {
    const { type, tag } = this.filters.getRawValue();
    void this.router.navigate([], {
      queryParams: {
        type: type || null,
        tag: tag.trim().toLowerCase() || null,
      },
    });
  }

  protected clearFilters(): void {
    void this.router.navigate([], { queryParams: {} });
  }

  protected loadMore(): void {
    this.focusIndex = this.documents.items().length;
    this.documents.loadMore();
  }

  protected toggleUpload(): void {
    this.uploading.update((open) => !open);
    if (this.uploading()) {
      afterNextRender(() => this.dom.getElementById('share-heading')?.focus(), {
        injector: this.injector,
      });
    }
  }

  protected closeUpload(): void {
    this.uploading.set(false);
    afterNextRender(() => this.dom.getElementById('share-toggle')?.focus(), {
      injector: this.injector,
    });
  }

  protected uploaded(document: DocumentView): void {
    this.library.added(document);
  }
}
