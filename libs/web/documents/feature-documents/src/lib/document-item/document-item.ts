import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { DocumentView } from '@sce/shared-contracts';
import {
  DocumentsApi,
  documentTypeKeys,
  fileExtension,
  formatFileSize,
} from '@sce/web-documents-data-access';
import {
  I18nService,
  TranslatePipe,
  languageLocales,
} from '@sce/web-shared-data-access';

/**
 * One document in a list: a preview (the thumbnail of an image, else a tile with the file's
 * extension), the title linking to its page, kind, size, versions and last change, and a
 * download button for the newest version. Unless `compact`: who shared it, what it is attached
 * to and its tags (links that filter the library).
 */
@Component({
  selector: 'sce-document-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, MatButton],
  templateUrl: './document-item.html',
  styleUrl: './document-item.scss',
})
export class DocumentItem {
  private readonly api = inject(DocumentsApi);
  private readonly i18n = inject(I18nService);

  readonly document = input.required<DocumentView>();
  readonly compact = input(false);

  private readonly link = viewChild<ElementRef<HTMLElement>>('link');

  protected readonly typeKeys = documentTypeKeys;
  protected readonly extension = computed(() => {
    const document = this.document();
    return (
      fileExtension(document.current.originalName) ??
      document.type.toUpperCase()
    );
  });
  protected readonly thumbnailUrl = computed(() => {
    const document = this.document();
    return document.current.hasThumbnail
      ? this.api.thumbnailUrl(document.id, document.current.number)
      : null;
  });
  protected readonly downloadUrl = computed(() =>
    this.api.downloadUrl(this.document().id),
  );
  protected readonly size = computed(() =>
    formatFileSize(
      this.document().current.sizeBytes,
      languageLocales[this.i18n.language()],
    ),
  );
  protected readonly updated = computed(() =>
    this.i18n.formatDate(this.document().updatedAt),
  );

  /** Moves focus to the title's link (after "show more", say). */
  focus(): void {
    this.link()?.nativeElement.focus();
  }
}
