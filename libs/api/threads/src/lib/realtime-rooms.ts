import { roomName } from '@sce/shared-contracts';

export const threadRoom = (id: string): string => roomName({ type: 'thread', id });
export const communityRoom = (id: string): string => roomName({ type: 'community', id });
