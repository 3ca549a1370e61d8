import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';
import type { DocumentVersionView } from '@sce/shared-contracts';
import { DocumentsApi, formatFileSize } from '@sce/web-documents-data-access';
import {
  I18nService,
  TranslatePipe,
  languageLocales,
} from '@sce/web-shared-data-access';
import type { Observable } from 'rxjs';
import { formatDateTime } from '../date-time';

export interface VersionHistoryDialogData {
  documentId: string;
  title: string;
  versions: () => Observable<DocumentVersionView[]>;
}

interface VersionRow {
  version: DocumentVersionView;
  when: string;
  size: string;
  downloadUrl: string;
}

/**
 * Every version of a document, newest first: number, who uploaded it and when, file name, size,
 * pages, change note, and a download link of its own (a plain link: the browser saves the file).
 */
@Component({
  selector: 'sce-version-history-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslatePipe,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
  ],
  templateUrl: './version-history-dialog.html',
  styleUrl: './version-history-dialog.scss',
})
export class VersionHistoryDialog {
  protected readonly data = inject<VersionHistoryDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(DocumentsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly status = signal<'loading' | 'loaded' | 'failed'>(
    'loading',
  );
  private readonly versions = signal<DocumentVersionView[]>([]);

  protected readonly rows = computed<VersionRow[]>(() => {
    const locale = languageLocales[this.i18n.language()];
    return this.versions().map((version) => ({
      version,
      when: formatDateTime(this.i18n, version.createdAt),
      size: formatFileSize(version.sizeBytes, locale),
      downloadUrl: this.api.downloadUrl(this.data.documentId, version.number),
    }));
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.data
      .versions()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (versions) => {
          this.versions.set([...versions].sort((a, b) => b.number - a.number));
          this.status.set('loaded');
        },
        error: () => this.status.set('failed'),
      });
  }
}
