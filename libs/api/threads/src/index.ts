export * from './lib/thread.entity';
export * from './lib/post.entity';
export * from './lib/threads.entities';
export * from './lib/threads.module';
export * from './lib/markdown';
export * from './lib/thread-read.entity';
export * from './lib/threads.service';
