import { z } from 'zod';
import { type Page, pageQuerySchema } from '../common/page';
import type { PersonRef } from '../communities/community.schemas';
import { languageSchema } from '../identity/identity.enums';
import { tagsSchema } from '../threads/thread.schemas';

export const documentLicences = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'EUPL-1.2', 'all-rights-reserved'] as const;
export type DocumentLicence = (typeof documentLicences)[number];
/** What the library filters by: the kind of file. */
export const documentTypes = ['pdf', 'office', 'image', 'text'] as const;
export type DocumentType = (typeof documentTypes)[number];

const title = z.string().trim().min(3, { message: 'must be at least 3 characters long' }).max(200, { message: 'must be at most 200 characters long' });
const description = z.string().trim().max(5000, { message: 'must be at most 5000 characters long' });
/** Multipart fields are text: tags arrive comma-separated. */
const tagsField = z
  .string()
  .transform((v) => v.split(',').map((t) => t.trim()).filter(Boolean))
  .pipe(tagsSchema);

/** The text fields of POST /api/communities/:slug/documents (multipart, beside the `file` part). */
export const newDocumentFieldsSchema = z.object({
  title,
  description: description.default(''),
  tags: tagsField.default([]),
  licence: z.enum(documentLicences, { message: `must be one of ${documentLicences.join(', ')}` }),
  language: languageSchema,
  threadId: z.uuid({ message: 'must be a thread id' }).optional(),
  eventId: z.uuid({ message: 'must be an event id' }).optional(),
});
export type NewDocumentFields = z.infer<typeof newDocumentFieldsSchema>;

/** The text fields of POST /api/documents/:id/versions (multipart). */
export const newVersionFieldsSchema = z.object({ changeNote: z.string().trim().max(1000, { message: 'must be at most 1000 characters long' }).default('') });

/** PATCH /api/documents/:id (JSON). */
export const updateDocumentSchema = z
  .object({ title, description, tags: tagsSchema, licence: z.enum(documentLicences, { message: `must be one of ${documentLicences.join(', ')}` }), language: languageSchema })
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'must change at least one field' });
export type UpdateDocumentRequest = z.infer<typeof updateDocumentSchema>;

/** GET /api/communities/:slug/documents. */
export const documentListQuerySchema = pageQuerySchema.extend({
  type: z.enum(documentTypes, { message: `must be one of ${documentTypes.join(', ')}` }).optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  threadId: z.uuid({ message: 'must be a thread id' }).optional(),
  eventId: z.uuid({ message: 'must be an event id' }).optional(),
});
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>;

export const downloadQuerySchema = z.object({ version: z.coerce.number({ message: 'must be a version number' }).int().min(1, { message: 'must be a version number' }).optional() });

export interface DocumentVersionView {
  number: number;
  originalName: string;
  mime: string;
  sizeBytes: number;
  sha256: string;
  changeNote: string;
  uploadedBy: PersonRef;
  createdAt: string;
  pageCount: number | null;
  hasThumbnail: boolean;
}

export interface DocumentView {
  id: string;
  community: { slug: string; name: string };
  threadId: string | null;
  eventId: string | null;
  title: string;
  description: string;
  tags: string[];
  licence: DocumentLicence;
  language: string;
  type: DocumentType;
  owner: PersonRef;
  current: DocumentVersionView;
  versionCount: number;
  createdAt: string;
  updatedAt: string;
  viewer: { canEdit: boolean; canDelete: boolean };
}
export type DocumentPage = Page<DocumentView>;
