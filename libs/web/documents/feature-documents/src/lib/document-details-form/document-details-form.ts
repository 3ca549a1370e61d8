import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type {
  DocumentLicence,
  DocumentView,
  Language,
} from '@sce/shared-contracts';
import {
  DOCUMENT_LANGUAGES,
  DOCUMENT_LICENCES,
  DocumentPageStore,
  documentFieldOf,
  documentLanguageNames,
  documentLicenceKeys,
  invalidDocumentFields,
  parseTags,
  type DocumentField,
} from '@sce/web-documents-data-access';
import {
  Announcer,
  FormProblems,
  TranslatePipe,
  type FieldProblems,
  type TranslationKey,
} from '@sce/web-shared-data-access';
import { ProblemSummary } from '@sce/web-shared-ui';

type DetailsField = Exclude<DocumentField, 'file' | 'changeNote'>;

const fieldKeys: Readonly<Record<DetailsField, TranslationKey>> = {
  title: 'documents.form.error.title',
  description: 'documents.form.error.description',
  tags: 'documents.form.error.tags',
  licence: 'documents.form.error.licence',
  language: 'documents.form.error.language',
};

const isLanguage = (value: string): value is Language =>
  (DOCUMENT_LANGUAGES as readonly string[]).includes(value);

/**
 * Changes a document's title, description, tags, licence and language (its owner and the
 * community's moderators). Emits `saved` with the changed document, or `cancelled`.
 */
@Component({
  selector: 'sce-document-details-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, MatButton, ProblemSummary],
  templateUrl: './document-details-form.html',
  styleUrl: './document-details-form.scss',
})
export class DocumentDetailsForm implements OnInit {
  private readonly store = inject(DocumentPageStore);
  private readonly announcer = inject(Announcer);
  private readonly destroyRef = inject(DestroyRef);

  readonly document = input.required<DocumentView>();
  readonly saved = output<DocumentView>();
  readonly cancelled = output();

  protected readonly licences = DOCUMENT_LICENCES;
  protected readonly licenceKeys = documentLicenceKeys;
  protected readonly languages = DOCUMENT_LANGUAGES;
  protected readonly languageNames = documentLanguageNames;
  protected readonly pending = signal(false);
  protected readonly problems = new FormProblems<DetailsField>({
    prefix: 'document-details',
    fields: ['title', 'description', 'tags', 'licence', 'language'],
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
    language: new FormControl<Language>('en', { nonNullable: true }),
  });

  ngOnInit(): void {
    const document = this.document();
    this.form.setValue({
      title: document.title,
      description: document.description,
      tags: document.tags.join(', '),
      licence: document.licence,
      language: isLanguage(document.language) ? document.language : 'en',
    });
  }

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    const value = this.form.getRawValue();
    const tags = parseTags(value.tags);
    const invalid = invalidDocumentFields({
      title: value.title,
      description: value.description,
      tags,
    }) as DetailsField[];
    if (invalid.length > 0) {
      const fields: FieldProblems<DetailsField> = {};
      for (const field of invalid) {
        fields[field] = fieldKeys[field];
      }
      this.problems.showFields(fields);
      return;
    }
    this.problems.clear();
    this.pending.set(true);
    this.store
      .update({
        title: value.title.trim(),
        description: value.description.trim(),
        tags,
        licence: value.licence,
        language: value.language,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (document) => {
          this.pending.set(false);
          this.announcer.announce('documents.details.saved');
          this.saved.emit(document);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.problems.showApiError(error, 'documents.details.failed', {
            FORBIDDEN: 'documents.error.forbidden',
          });
        },
      });
  }
}
