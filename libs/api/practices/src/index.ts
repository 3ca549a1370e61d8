export * from './lib/practice.entity';
export * from './lib/transfer.entity';
export * from './lib/evaluation.entity';
export * from './lib/practices.entities';
export * from './lib/practices.module';
export * from './lib/practices.service';
