import { BookmarkEntity } from './bookmark.entity';
import { PostMentionEntity } from './post-mention.entity';
import { PostReactionEntity } from './post-reaction.entity';
import { PostRevisionEntity } from './post-revision.entity';
import { PostEntity } from './post.entity';
import { ThreadReadEntity } from './thread-read.entity';
import { ThreadEntity } from './thread.entity';

export const threadsEntities = [ThreadEntity, PostEntity, ThreadReadEntity, PostRevisionEntity, PostReactionEntity, PostMentionEntity, BookmarkEntity];
