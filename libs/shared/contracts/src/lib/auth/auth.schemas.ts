import { z } from 'zod';
import { globalRoleSchema, languageSchema } from '../identity/identity.enums';

export const emailSchema = z
  .string()
  .trim()
  .max(254, { message: 'must be at most 254 characters' })
  .email({ message: 'must be an email address' })
  .transform((v) => v.toLowerCase());

export const loginSchema = z.object({
  email: emailSchema,
  // Never trimmed or truncated; the length cap only bounds hashing work.
  password: z.string().min(1, { message: 'is required' }).max(128, { message: 'must be at most 128 characters' }),
});
export type LoginRequest = z.infer<typeof loginSchema>;

/** The signed-in person, as GET /api/auth/me returns them. */
export const sessionUserSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  role: globalRoleSchema,
  language: languageSchema,
  timeZone: z.string(),
  organisationId: z.string().uuid(),
  permissions: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;
