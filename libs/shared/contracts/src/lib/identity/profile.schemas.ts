import { z } from 'zod';
import { displayNameSchema, emailSchema, newPasswordSchema } from '../auth/auth.schemas';
import { globalRoleSchema, languageSchema } from './identity.enums';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value);
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().max(64).refine(isTimeZone, { message: 'must be an IANA time zone such as Europe/Amsterdam' });

const expertiseTag = z.string().trim().toLowerCase().min(1, { message: 'must not be empty' }).max(40, { message: 'must be at most 40 characters long' });

/** The signed-in person's own account, as GET /api/users/me returns it. */
export const ownProfileSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  bio: z.string(),
  expertise: z.array(z.string()),
  language: languageSchema,
  timeZone: z.string(),
  role: globalRoleSchema,
  organisationId: z.string().uuid(),
  emailVerifiedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type OwnProfile = z.infer<typeof ownProfileSchema>;

export const profilePatchSchema = z
  .object({
    displayName: displayNameSchema,
    bio: z.string().trim().max(2000, { message: 'must be at most 2,000 characters long' }),
    expertise: z.array(expertiseTag).max(20, { message: 'must list at most 20 tags' }).transform((tags) => [...new Set(tags)]),
    language: languageSchema,
    timeZone: timeZoneSchema,
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'must change at least one field' });
export type ProfilePatch = z.infer<typeof profilePatchSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { message: 'is required' }).max(128),
  newPassword: newPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordSchema>;

export const changeEmailSchema = z.object({
  currentPassword: z.string().min(1, { message: 'is required' }).max(128),
  newEmail: emailSchema,
});
export type ChangeEmailRequest = z.infer<typeof changeEmailSchema>;
