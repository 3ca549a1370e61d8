import { PostEntity } from './post.entity';
import { ThreadEntity } from './thread.entity';

export const threadsEntities = [ThreadEntity, PostEntity];
