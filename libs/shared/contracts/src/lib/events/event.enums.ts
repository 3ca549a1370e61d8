import { z } from 'zod';

export const eventKinds = ['workshop', 'meeting', 'study_visit', 'webinar', 'conference'] as const;
export const eventKindSchema = z.enum(eventKinds);
export type EventKind = z.infer<typeof eventKindSchema>;

export const eventStatuses = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];
