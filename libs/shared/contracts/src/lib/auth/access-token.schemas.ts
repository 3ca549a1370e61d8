import { z } from 'zod';

export const accessTokenSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type AccessToken = z.infer<typeof accessTokenSchema>;

/** Returned once, at creation: the secret is never shown again. */
export const createdAccessTokenSchema = accessTokenSchema.extend({ token: z.string() });
export type CreatedAccessToken = z.infer<typeof createdAccessTokenSchema>;

export const createAccessTokenSchema = z.object({
  name: z.string().trim().min(1, { message: 'is required' }).max(80, { message: 'must be at most 80 characters long' }),
  expiresInDays: z.number().int().min(1, { message: 'must be at least 1' }).max(365, { message: 'must be at most 365' }).optional(),
});
export type CreateAccessTokenRequest = z.infer<typeof createAccessTokenSchema>;
