import { z } from 'zod';

/** One invalid field in a request, as reported in a problem's `errors[]`. */
export const fieldErrorSchema = z.object({
  /** Dotted path of the field, e.g. `body.title` or `query.limit`. */
  field: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem details, the body of every error response. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(fieldErrorSchema).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
