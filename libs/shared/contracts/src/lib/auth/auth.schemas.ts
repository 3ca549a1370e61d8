import { z } from 'zod';
import { globalRoleSchema, languageSchema } from '../identity/identity.enums';

export const emailSchema = z
  .string()
  .trim()
  .max(254, { message: 'must be at most 254 characters' })
  .email({ message: 'must be an email address' })
  .transform((v) => v.toLowerCase());

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** A new password: length only here; the API also refuses common passwords. Never trimmed. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `must be at least ${PASSWORD_MIN_LENGTH} characters long` })
  .max(PASSWORD_MAX_LENGTH, { message: `must be at most ${PASSWORD_MAX_LENGTH} characters long` });

/** Control, format (bidi overrides, zero-width) and line/paragraph separator characters. */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export const displayNameSchema = z
  .string()
  .refine((v) => !INVISIBLE_OR_CONTROL.test(v), { message: 'must not contain control, direction-changing or invisible characters' })
  .transform((v) => v.normalize('NFC').trim().replace(/ {2,}/g, ' '))
  .pipe(z.string().min(2, { message: 'must be at least 2 characters long' }).max(60, { message: 'must be at most 60 characters long' }));

export const registerSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  organisationId: z.string().uuid({ message: 'must be the id of an organisation' }),
  password: newPasswordSchema,
});
export type RegisterRequest = z.infer<typeof registerSchema>;

const tokenSchema = z.string().min(20, { message: 'is not a valid link token' }).max(200, { message: 'is not a valid link token' });

export const verifyEmailSchema = z.object({ token: tokenSchema });
export type VerifyEmailRequest = z.infer<typeof verifyEmailSchema>;

/** What verifying an address led to: signed-in-able, or waiting for an administrator. */
export const verifyEmailResultSchema = z.object({ status: z.enum(['active', 'awaiting-approval']) });
export type VerifyEmailResult = z.infer<typeof verifyEmailResultSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema });
export type ForgotPasswordRequest = z.infer<typeof forgotPasswordSchema>;

export const resetPasswordSchema = z.object({ token: tokenSchema, password: newPasswordSchema });
export type ResetPasswordRequest = z.infer<typeof resetPasswordSchema>;

/** The answer to register and forgot-password: the same whether or not the address is known. */
export const acceptedSchema = z.object({ message: z.string() });
export type Accepted = z.infer<typeof acceptedSchema>;

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

/** Whether single sign-on is offered, and the name to show on its button. */
export const ssoInfoSchema = z.object({ enabled: z.boolean(), name: z.string().nullable() });
export type SsoInfo = z.infer<typeof ssoInfoSchema>;

/**
 * Why a single sign-on ended back on the sign-in (or settings) page, as `?ssoError=CODE`;
 * the web app explains each one.
 */
export const ssoErrorCodes = [
  'SSO_FAILED',
  'SSO_ORGANISATION_NOT_ALLOWED',
  'SSO_EMAIL_MISSING',
  'SSO_EMAIL_IN_USE',
  'SSO_ALREADY_LINKED',
  'ACCOUNT_PENDING',
  'ACCOUNT_SUSPENDED',
  'INVALID_CREDENTIALS',
] as const;
export type SsoErrorCode = (typeof ssoErrorCodes)[number];
