import { z } from 'zod';

export const threadKinds = ['discussion', 'question', 'research', 'practice'] as const;
export const threadKindSchema = z.enum(threadKinds);
export type ThreadKind = z.infer<typeof threadKindSchema>;
