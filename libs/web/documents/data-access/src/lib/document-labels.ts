import type {
  DocumentLicence,
  DocumentType,
  Language,
} from '@sce/shared-contracts';
import type { TranslationKey } from '@sce/web-shared-data-access';

// Copies of the contracts' lists: importing the values would pull zod into the web bundles.

/** The licences a document can be shared under (as in `documentLicences`). */
export const DOCUMENT_LICENCES: readonly DocumentLicence[] = [
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC0-1.0',
  'EUPL-1.2',
  'all-rights-reserved',
];

/** The kinds of file the library filters by (as in `documentTypes`). */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'pdf',
  'office',
  'image',
  'text',
];

/** The languages a document can be written in (as in the contracts' `languages`). */
export const DOCUMENT_LANGUAGES: readonly Language[] = [
  'en',
  'nl',
  'de',
  'da',
  'sv',
  'nb',
];

/** Each content language's name in that language. */
export const documentLanguageNames: Readonly<Record<Language, string>> = {
  en: 'English',
  nl: 'Nederlands',
  de: 'Deutsch',
  da: 'Dansk',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
};

export const documentTypeKeys: Readonly<Record<DocumentType, TranslationKey>> =
  {
    pdf: 'documents.type.pdf',
    office: 'documents.type.office',
    image: 'documents.type.image',
    text: 'documents.type.text',
  };

export const documentLicenceKeys: Readonly<
  Record<DocumentLicence, TranslationKey>
> = {
  'CC-BY-4.0': 'documents.licence.ccBy',
  'CC-BY-SA-4.0': 'documents.licence.ccBySa',
  'CC0-1.0': 'documents.licence.cc0',
  'EUPL-1.2': 'documents.licence.eupl',
  'all-rights-reserved': 'documents.licence.allRightsReserved',
};

/** The most the API accepts (its UPLOAD_MAX_MB default); the API stays the authority. */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;

/**
 * What the file picker offers: the kinds the API accepts (it sniffs the content and refuses the
 * rest, whatever the name says).
 */
export const DOCUMENT_ACCEPT = [
  '.pdf',
  '.doc',
  '.docx',
  '.xls',
  '.xlsx',
  '.ppt',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.csv',
  '.txt',
].join(',');
