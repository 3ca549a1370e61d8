import { DocumentVersionEntity } from './document-version.entity';
import { DocumentEntity } from './document.entity';

export const documentsEntities = [DocumentEntity, DocumentVersionEntity];
