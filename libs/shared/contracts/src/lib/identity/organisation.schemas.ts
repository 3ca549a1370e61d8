import { z } from 'zod';
import { pageSchema } from '../common/page';
import { countryCodeSchema, globalRoleSchema, organisationKindSchema } from './identity.enums';

const hostname = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const organisationSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  kind: organisationKindSchema,
  country: countryCodeSchema,
  city: z.string(),
  website: z.string().nullable(),
  memberCount: z.number().int().nonnegative(),
});
export type Organisation = z.infer<typeof organisationSchema>;

/** What administrators see: also the email domains whose addresses are activated without approval. */
export const organisationAdminSchema = organisationSchema.extend({ emailDomains: z.array(z.string()) });
export type OrganisationAdmin = z.infer<typeof organisationAdminSchema>;

export const organisationPageSchema = pageSchema(organisationSchema);
export type OrganisationPage = z.infer<typeof organisationPageSchema>;

const organisationFields = {
  name: z.string().trim().min(2, { message: 'must be at least 2 characters long' }).max(120, { message: 'must be at most 120 characters long' }),
  kind: organisationKindSchema,
  country: countryCodeSchema,
  city: z.string().trim().min(1, { message: 'is required' }).max(80, { message: 'must be at most 80 characters long' }),
  website: z
    .string()
    .trim()
    .url({ message: 'must be a web address such as https://www.example.org' })
    .refine((v) => /^https?:\/\//.test(v), { message: 'must start with https:// or http://' })
    .nullable(),
  emailDomains: z
    .array(z.string().trim().toLowerCase().regex(hostname, { message: 'must be a domain name such as groningen.nl' }))
    .max(20, { message: 'must list at most 20 domains' })
    .transform((domains) => [...new Set(domains)]),
};

export const organisationInputSchema = z.object({
  ...organisationFields,
  website: organisationFields.website.default(null),
  emailDomains: organisationFields.emailDomains.default([]),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
/** Only the fields sent change: no defaults here. */
export const organisationPatchSchema = z.object(organisationFields).partial().refine((v) => Object.keys(v).length > 0, { message: 'must change at least one field' });
export type OrganisationPatch = z.infer<typeof organisationPatchSchema>;

/** A person as anyone may see them: no email address. */
export const publicProfileSchema = z.object({
  id: z.string().uuid(),
  displayName: z.string(),
  role: globalRoleSchema,
  bio: z.string(),
  expertise: z.array(z.string()),
  organisationId: z.string().uuid(),
});
export type PublicProfile = z.infer<typeof publicProfileSchema>;
export const publicProfilePageSchema = pageSchema(publicProfileSchema);
export type PublicProfilePage = z.infer<typeof publicProfilePageSchema>;

/** GET /api/users?q= (signed in): people to mention or invite, by part of their name. */
export const peopleQuerySchema = z.object({
  q: z.string().trim().min(2, { message: 'must be at least 2 characters long' }).max(60, { message: 'must be at most 60 characters long' }),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

export const personSchema = z.object({ id: z.string().uuid(), displayName: z.string(), organisationId: z.string().uuid(), organisationName: z.string() });
export type Person = z.infer<typeof personSchema>;
