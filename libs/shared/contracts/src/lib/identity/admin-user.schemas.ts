import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../common/page';
import { globalRoleSchema, userStatuses } from './identity.enums';

export const adminUserSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  displayName: z.string(),
  role: globalRoleSchema,
  status: z.enum(userStatuses),
  organisationId: z.string().uuid(),
  emailVerifiedAt: z.string().nullable(),
  suspendedUntil: z.string().nullable(),
  suspensionReason: z.string().nullable(),
  createdAt: z.string(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
export const adminUserPageSchema = pageSchema(adminUserSchema);
export type AdminUserPage = z.infer<typeof adminUserPageSchema>;

export const adminUserQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100, { message: 'must be at most 100 characters' }).optional(),
  status: z.enum(userStatuses).optional(),
  role: globalRoleSchema.optional(),
});
export type AdminUserQuery = z.infer<typeof adminUserQuerySchema>;

export const changeRoleSchema = z.object({ role: globalRoleSchema });
export type ChangeRoleRequest = z.infer<typeof changeRoleSchema>;

export const suspendUserSchema = z.object({
  reason: z.string().trim().min(3, { message: 'must explain the suspension (at least 3 characters)' }).max(1000, { message: 'must be at most 1,000 characters long' }),
  /** ISO 8601 instant in the future; omitted: until lifted. */
  until: z
    .string()
    .datetime({ offset: true, message: 'must be an ISO 8601 date and time such as 2027-01-31T12:00:00Z' })
    .refine((v) => Date.parse(v) > Date.now(), { message: 'must be in the future' })
    .optional(),
});
export type SuspendUserRequest = z.infer<typeof suspendUserSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  actorId: z.string().nullable(),
  /** The actor's display name now (null for the system). */
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  reason: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = pageSchema(auditEntrySchema);
export type AuditPage = z.infer<typeof auditPageSchema>;
export const auditQuerySchema = pageQuerySchema.extend({
  action: z.string().trim().max(100).optional(),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(100).optional(),
  actorId: z.string().uuid({ message: 'must be a user id' }).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
