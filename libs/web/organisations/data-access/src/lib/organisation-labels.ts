import type {
  CountryCode,
  GlobalRole,
  OrganisationKind,
} from '@sce/shared-contracts';
import type { TranslationKey } from '@sce/web-shared-data-access';

/** The translated name of each kind of organisation. */
export const organisationKindKeys: Readonly<
  Record<OrganisationKind, TranslationKey>
> = {
  municipality: 'organisations.kind.municipality',
  region: 'organisations.kind.region',
  national_authority: 'organisations.kind.national_authority',
  university: 'organisations.kind.university',
  research_institute: 'organisations.kind.research_institute',
  other: 'organisations.kind.other',
};

/** The translated name of each North Sea Region country. */
export const countryKeys: Readonly<Record<CountryCode, TranslationKey>> = {
  GB: 'organisations.country.GB',
  NL: 'organisations.country.NL',
  BE: 'organisations.country.BE',
  DE: 'organisations.country.DE',
  DK: 'organisations.country.DK',
  SE: 'organisations.country.SE',
  NO: 'organisations.country.NO',
};

/** The translated name of each global role. */
export const roleKeys: Readonly<Record<GlobalRole, TranslationKey>> = {
  member: 'organisations.role.member',
  researcher: 'organisations.role.researcher',
  moderator: 'organisations.role.moderator',
  admin: 'organisations.role.admin',
};

/**
 * An organisation's website as a link target: only http(s) addresses, so a stored value can
 * never become a `javascript:` link. Null for anything else.
 */
export function safeWebsite(website: string | null): string | null {
  if (!website) {
    return null;
  }
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url.href
      : null;
  } catch {
    return null;
  }
}
