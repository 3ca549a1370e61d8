import { EvaluationEntity } from './evaluation.entity';
import { PracticeEntity } from './practice.entity';
import { TransferEntity, TransferStageEntity } from './transfer.entity';

export const practicesEntities = [PracticeEntity, TransferEntity, TransferStageEntity, EvaluationEntity];
