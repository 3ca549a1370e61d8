import { PostEntity } from './post.entity';
import { ThreadReadEntity } from './thread-read.entity';
import { ThreadEntity } from './thread.entity';

export const threadsEntities = [ThreadEntity, PostEntity, ThreadReadEntity];
