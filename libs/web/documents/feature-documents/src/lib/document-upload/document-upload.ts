import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type {
  DocumentLicence,
  DocumentView,
  Language,
} from '@sce/shared-contracts';
import { SessionStore } from '@sce/web-auth-data-access';
import {
  DOCUMENT_ACCEPT,
  DOCUMENT_LANGUAGES,
  DOCUMENT_LICENCES,
  DOCUMENT_MAX_BYTES,
  DocumentsApi,
  UploadTask,
  documentFieldOf,
  documentLanguageNames,
  documentLicenceKeys,
  formatFileSize,
  invalidDocumentFields,
  parseTags,
  titleFromFileName,
  type DocumentField,
  type UploadEvent,
} from '@sce/web-documents-data-access';
import {
  Announcer,
  FormProblems,
  I18nService,
  TranslatePipe,
  isApiError,
  languageLocales,
  problemOf,
  type FieldProblems,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { ProblemSummary } from '@sce/web-shared-ui';
import type { Observable } from 'rxjs';

/** Our text for each field the API or the checks before sending refused. */
const fieldKeys: Readonly<Record<DocumentField, TranslationKey>> = {
  file: 'documents.upload.error.file',
  title: 'documents.form.error.title',
  description: 'documents.form.error.description',
  tags: 'documents.form.error.tags',
  licence: 'documents.form.error.licence',
  language: 'documents.form.error.language',
  changeNote: 'documents.upload.error.changeNote',
};

/** Our text for refusals without a field, in languages other than the API's English. */
const codeKeys: Readonly<Record<string, TranslationKey>> = {
  PAYLOAD_TOO_LARGE: 'documents.upload.error.tooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'documents.upload.error.unsupported',
  INSUFFICIENT_STORAGE: 'documents.upload.error.storage',
  NOT_FOUND: 'documents.error.gone',
};

let nextId = 0;

/**
 * Uploads a file: a new document in a community (`mode="new"`: title — taken from the file name
 * until changed — description, tags, licence, language; attached to `threadId` or `eventId` when
 * given) or a new version of one (`mode="version"`: a change note). The file is dropped on the
 * zone or chosen with the file button (a real file input, so keyboards and screen readers
 * work as usual). Size and fields are checked before sending; while the file is sent a progress
 * bar shows how far it is and "Cancel upload" aborts it. Refusals are shown at their field and
 * above the form, in the API's own words in English (413 too large, 415 refused kind of file).
 */
@Component({
  selector: 'sce-document-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    MatButton,
    ProblemSummary,
  ],
  templateUrl: './document-upload.html',
  styleUrl: './document-upload.scss',
})
export class DocumentUpload {
  private readonly api = inject(DocumentsApi);
  private readonly session = inject(SessionStore);
  private readonly announcer = inject(Announcer);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);

  readonly mode = input<'new' | 'version'>('new');
  /** The community a new document is shared in. */
  readonly slug = input<string | null>(null);
  /** The document a new version belongs to. */
  readonly documentId = input<string | null>(null);
  readonly threadId = input<string | null>(null);
  readonly eventId = input<string | null>(null);
  /** Shows a "Close" button that emits `closed`. */
  readonly closable = input(false);

  /** A new document, or the document with its new version, as the API answered. */
  readonly uploaded = output<DocumentView>();
  readonly closed = output();

  protected readonly id = `document-upload-${nextId++}`;
  protected readonly accept = DOCUMENT_ACCEPT;
  protected readonly licences = DOCUMENT_LICENCES;
  protected readonly licenceKeys = documentLicenceKeys;
  protected readonly languages = DOCUMENT_LANGUAGES;
  protected readonly languageNames = documentLanguageNames;

  protected readonly problems = new FormProblems<DocumentField>({
    prefix: this.id,
    fields: [
      'file',
      'title',
      'description',
      'tags',
      'licence',
      'language',
      'changeNote',
    ],
    apiKeys: fieldKeys,
    fieldOf: documentFieldOf,
  });
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    tags: new FormControl('', { nonNullable: true }),
    licence: new FormControl<DocumentLicence>('CC-BY-4.0', {
      nonNullable: true,
    }),
    language: new FormControl<Language>(
      this.session.user()?.language ?? this.i18n.language(),
      { nonNullable: true },
    ),
    changeNote: new FormControl('', { nonNullable: true }),
  });
  protected readonly file = signal<File | null>(null);
  protected readonly dragging = signal(false);
  protected readonly task = new UploadTask<DocumentView>();
  /** What the last upload made: shown with a link once it is done. */
  protected readonly outcome = signal<DocumentView | null>(null);

  private readonly fileInput =
    viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly submitButton = viewChild('submitButton', {
    read: ElementRef<HTMLElement>,
  });
  /** The title last taken from a file name: replaced by the next file's, unless edited. */
  private suggestedTitle = '';
  private dragDepth = 0;

  protected readonly fileSize = computed(() => {
    const file = this.file();
    return file ? this.size(file.size) : '';
  });

  protected readonly progressText = computed(() => {
    const percent = this.task.percent();
    const total = this.task.total();
    if (percent === null || total === null) {
      return this.i18n.translate('documents.upload.progress.starting');
    }
    return this.i18n.translate('documents.upload.progress.text', {
      percent,
      loaded: this.size(this.task.loaded()),
      total: this.size(total),
    });
  });

  protected readonly progressLabelKey = computed<TranslationKey>(() => {
    switch (this.task.status()) {
      case 'checking':
        return 'documents.upload.progress.checking';
      case 'done':
        return 'documents.upload.progress.done';
      case 'failed':
        return 'documents.upload.progress.failed';
      case 'cancelled':
        return 'documents.upload.progress.cancelled';
      case 'idle':
      case 'uploading':
        return 'documents.upload.progress.uploading';
    }
  });

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.choose(input.files?.[0] ?? null);
  }

  protected dragEnter(event: DragEvent): void {
    if (!this.carriesFiles(event)) {
      return;
    }
    event.preventDefault();
    this.dragDepth++;
    this.dragging.set(true);
  }

  protected dragOver(event: DragEvent): void {
    if (!this.carriesFiles(event)) {
      return;
    }
    event.preventDefault();
    if (event.dataTransfer) {
      event.dataTransfer.dropEffect = this.task.busy() ? 'none' : 'copy';
    }
  }

  protected dragLeave(): void {
    this.dragDepth = Math.max(0, this.dragDepth - 1);
    if (this.dragDepth === 0) {
      this.dragging.set(false);
    }
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragDepth = 0;
    this.dragging.set(false);
    if (this.task.busy()) {
      return;
    }
    const files = event.dataTransfer?.files;
    if (!files || files.length === 0) {
      return;
    }
    if (files.length > 1) {
      this.problems.showFields({ file: 'documents.upload.error.oneFile' });
      return;
    }
    const input = this.fileInput()?.nativeElement;
    if (input) {
      // Shown by the file input too, as if chosen there.
      try {
        input.files = files;
      } catch {
        // Older browsers cannot set `files`; the chosen name is shown below the button anyway.
      }
    }
    this.choose(files[0]);
  }

  protected submit(): void {
    if (this.task.busy()) {
      return;
    }
    const file = this.file();
    const value = this.form.getRawValue();
    const isNew = this.mode() === 'new';
    const tags = parseTags(value.tags);
    const invalid = invalidDocumentFields(
      isNew
        ? { file, title: value.title, description: value.description, tags }
        : { file, changeNote: value.changeNote },
    );
    if (file === null || invalid.length > 0) {
      const fields: FieldProblems<DocumentField> = {};
      for (const field of invalid) {
        fields[field] =
          field === 'file' ? this.fileProblem(file) : fieldKeys[field];
      }
      this.problems.showFields(fields);
      return;
    }
    const request = this.request(file, { ...value, tags });
    if (request === null) {
      return;
    }
    this.problems.clear();
    this.outcome.set(null);
    this.announcer.announce('documents.upload.started', { name: file.name });
    this.task.start(request, {
      done: (document) => this.finished(document),
      failed: (error) => this.failed(error),
    });
  }

  protected cancel(): void {
    this.task.cancel();
    this.announcer.announce('documents.upload.cancelledAnnouncement');
    this.focusSubmit();
  }

  private request(
    file: File,
    value: {
      title: string;
      description: string;
      tags: string[];
      licence: DocumentLicence;
      language: Language;
      changeNote: string;
    },
  ): Observable<UploadEvent<DocumentView>> | null {
    if (this.mode() === 'version') {
      const documentId = this.documentId();
      return documentId === null
        ? null
        : this.api.uploadVersion(
            documentId,
            file,
            file.name,
            value.changeNote.trim(),
          );
    }
    const slug = this.slug();
    return slug === null
      ? null
      : this.api.upload(slug, file, file.name, {
          title: value.title.trim(),
          description: value.description.trim(),
          tags: value.tags,
          licence: value.licence,
          language: value.language,
          threadId: this.threadId(),
          eventId: this.eventId(),
        });
  }

  private finished(document: DocumentView): void {
    this.outcome.set(document);
    if (this.mode() === 'version') {
      this.announcer.announce('documents.upload.versionDone', {
        n: document.current.number,
      });
    } else {
      this.announcer.announce('documents.upload.done', {
        title: document.title,
      });
    }
    this.clearForm();
    this.uploaded.emit(document);
  }

  private failed(error: unknown): void {
    const problem = problemOf(error);
    if (problem === null) {
      // No problem details: a proxy's own 413 page, or no answer at all.
      this.problems.showMessage(
        this.i18n.translate(
          isApiError(error, 413)
            ? 'documents.upload.error.tooLarge'
            : 'documents.upload.failed',
        ),
      );
      return;
    }
    // The API explains refusals in English; other languages get our own words.
    this.problems.showApiError(
      error,
      'documents.upload.failed',
      this.i18n.language() === 'en'
        ? {}
        : {
            ...codeKeys,
            FORBIDDEN:
              this.mode() === 'new'
                ? 'documents.error.notMember'
                : 'documents.error.forbidden',
          },
    );
  }

  private choose(file: File | null): void {
    this.file.set(file);
    this.task.reset();
    this.outcome.set(null);
    if (file === null) {
      return;
    }
    if (file.size === 0 || file.size > DOCUMENT_MAX_BYTES) {
      this.problems.showFields({ file: this.fileProblem(file) });
    } else if (this.problems.errors().file) {
      this.problems.clear();
    }
    const title = this.form.controls.title;
    if (title.value.trim() === '' || title.value === this.suggestedTitle) {
      this.suggestedTitle = titleFromFileName(file.name);
      title.setValue(this.suggestedTitle);
    }
  }

  private fileProblem(file: File | null): TranslationKey {
    if (file === null) {
      return 'documents.upload.error.noFile';
    }
    if (file.size === 0) {
      return 'documents.upload.error.empty';
    }
    return file.size > DOCUMENT_MAX_BYTES
      ? 'documents.upload.error.tooLargeField'
      : 'documents.upload.error.file';
  }

  private clearForm(): void {
    this.file.set(null);
    this.suggestedTitle = '';
    const input = this.fileInput()?.nativeElement;
    if (input) {
      input.value = '';
    }
    this.form.patchValue({
      title: '',
      description: '',
      tags: '',
      changeNote: '',
    });
  }

  private carriesFiles(event: DragEvent): boolean {
    return event.dataTransfer?.types.includes('Files') ?? false;
  }

  private focusSubmit(): void {
    afterNextRender(() => this.submitButton()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  private size(bytes: number): string {
    return formatFileSize(bytes, languageLocales[this.i18n.language()]);
  }
}
