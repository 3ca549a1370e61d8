import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import type { DocumentView } from '@sce/shared-contracts';
import {
  DocumentPageStore,
  DocumentsApi,
  documentLanguageNames,
  documentLicenceKeys,
  documentTypeKeys,
  formatFileSize,
} from '@sce/web-documents-data-access';
import {
  Announcer,
  I18nService,
  TranslatePipe,
  languageLocales,
  problemOf,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { EmptyState, confirmDialog } from '@sce/web-shared-ui';
import { SessionStore } from '@sce/web-auth-data-access';
import { ModerationAccess } from '@sce/web-moderation-data-access';
import { flagDialog } from '@sce/web-moderation-feature-moderation';
import { filter, switchMap } from 'rxjs';
import { formatDateTime } from '../date-time';
import { DocumentDetailsForm } from '../document-details-form/document-details-form';
import { DocumentUpload } from '../document-upload/document-upload';
import {
  VersionHistoryDialog,
  type VersionHistoryDialogData,
} from '../version-history/version-history-dialog';

type Panel = 'version' | 'details' | null;

/**
 * `/documents/:id`: a document's details, its newest version (file, size, pages, who uploaded it
 * and the change note) with a download button, and its version history (a dialog, a download
 * link per version). Its owner and the community's moderators upload new versions, change the
 * details and delete it (after confirming).
 */
@Component({
  selector: 'sce-document-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    TranslatePipe,
    MatButton,
    EmptyState,
    DocumentUpload,
    DocumentDetailsForm,
  ],
  templateUrl: './document-page.html',
  styleUrl: './document-page.scss',
})
export class DocumentPage {
  protected readonly store = inject(DocumentPageStore);
  private readonly api = inject(DocumentsApi);
  private readonly i18n = inject(I18nService);
  private readonly announcer = inject(Announcer);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);
  private readonly access = inject(ModerationAccess);
  private readonly router = inject(Router);
  private readonly dom = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly typeKeys = documentTypeKeys;
  protected readonly licenceKeys = documentLicenceKeys;
  protected readonly panel = signal<Panel>(null);
  protected readonly pending = signal(false);
  protected readonly actionError = signal<TranslationKey | null>(null);

  protected readonly facts = computed(() => {
    const document = this.store.document();
    if (document === null) {
      return null;
    }
    const locale = languageLocales[this.i18n.language()];
    return {
      size: formatFileSize(document.current.sizeBytes, locale),
      shared: this.i18n.formatDate(document.createdAt),
      updated: this.i18n.formatDate(document.updatedAt),
      uploaded: formatDateTime(this.i18n, document.current.createdAt),
      language:
        documentLanguageNames[
          document.language as keyof typeof documentLanguageNames
        ] ?? document.language,
      downloadUrl: this.api.downloadUrl(document.id),
      thumbnailUrl: document.current.hasThumbnail
        ? this.api.thumbnailUrl(document.id, document.current.number)
        : null,
    };
  });

  protected openHistory(document: DocumentView): void {
    const data: VersionHistoryDialogData = {
      documentId: document.id,
      title: document.title,
      versions: () => this.store.versions(),
    };
    this.dialog.open<VersionHistoryDialog, VersionHistoryDialogData>(
      VersionHistoryDialog,
      {
        data,
        width: '40rem',
        maxWidth: 'calc(100vw - 2rem)',
        maxHeight: 'calc(100vh - 2rem)',
      },
    );
  }

  protected toggle(panel: Exclude<Panel, null>): void {
    const open = this.panel() === panel ? null : panel;
    this.panel.set(open);
    if (open !== null) {
      this.focus(`${open}-panel-heading`);
    }
  }

  protected closePanel(panel: Exclude<Panel, null>): void {
    this.panel.set(null);
    this.focus(`${panel}-toggle`);
  }

  protected versionUploaded(document: DocumentView): void {
    this.store.replace(document);
  }

  protected detailsSaved(): void {
    this.closePanel('details');
  }

  protected remove(document: DocumentView): void {
    if (this.pending()) {
      return;
    }
    this.actionError.set(null);
    confirmDialog(this.dialog, {
      title: this.i18n.translate('documents.delete.title', {
        title: document.title,
      }),
      message: this.i18n.translate('documents.delete.body'),
      confirm: this.i18n.translate('documents.delete.confirm'),
      cancel: this.i18n.translate('documents.delete.cancel'),
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.pending.set(true);
          return this.store.remove();
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.announcer.announce('documents.delete.done', {
            title: document.title,
          });
          void this.router.navigate([
            '/communities',
            document.community.slug,
            'documents',
          ]);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const status = problemOf(error)?.status;
          this.actionError.set(
            status === 403
              ? 'documents.error.forbidden'
              : status === 404
                ? 'documents.error.gone'
                : 'documents.delete.failed',
          );
        },
      });
  }

  private focus(id: string): void {
    afterNextRender(() => this.dom.getElementById(id)?.focus(), {
      injector: this.injector,
    });
  }

  /** Anyone signed in reports a document they do not own to the moderators. */
  protected canReport(doc: DocumentView): boolean {
    return (
      this.session.signedIn() &&
      this.access.canFlag() &&
      doc.owner.id !== this.session.user()?.id
    );
  }

  /** Reports the document to the moderators; focus goes back to the button. */
  protected report(doc: DocumentView): void {
    flagDialog(this.dialog, { targetType: 'document', targetId: doc.id, name: doc.title })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((flag) => {
        if (flag) {
          this.announcer.announce('moderation.report.done');
        }
      });
  }
}
