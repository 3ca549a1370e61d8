import { FlagEntity } from './flag.entity';
import { WarningEntity } from './warning.entity';

export const moderationEntities = [FlagEntity, WarningEntity];
