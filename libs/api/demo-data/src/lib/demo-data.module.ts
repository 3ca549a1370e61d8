import { Module } from '@nestjs/common';
import { DocumentsModule } from '@sce/api-documents';
import { DemoDataService } from './demo-data.service';
import { ScaleDataService } from './scale-data.service';

@Module({ imports: [DocumentsModule], providers: [DemoDataService, ScaleDataService], exports: [DemoDataService, ScaleDataService] })
export class DemoDataModule {}
