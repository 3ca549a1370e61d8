import { z } from 'zod';

export const organisationKinds = ['municipality', 'region', 'national_authority', 'university', 'research_institute', 'other'] as const;
export const organisationKindSchema = z.enum(organisationKinds);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** ISO 3166-1 alpha-2 codes of the North Sea Region countries. */
export const countryCodes = ['GB', 'NL', 'BE', 'DE', 'DK', 'SE', 'NO'] as const;
export const countryCodeSchema = z.enum(countryCodes);
export type CountryCode = z.infer<typeof countryCodeSchema>;

export const globalRoles = ['member', 'researcher', 'moderator', 'admin'] as const;
export const globalRoleSchema = z.enum(globalRoles);
export type GlobalRole = z.infer<typeof globalRoleSchema>;

export const userStatuses = ['pending', 'active', 'suspended', 'deleted'] as const;
export type UserStatus = (typeof userStatuses)[number];

/** Interface languages; `nb` is Norwegian Bokmål. */
export const languages = ['en', 'nl', 'de', 'da', 'sv', 'nb'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
