import { Module } from '@nestjs/common';
import { DemoDataService } from './demo-data.service';
import { ScaleDataService } from './scale-data.service';

@Module({ providers: [DemoDataService, ScaleDataService], exports: [DemoDataService, ScaleDataService] })
export class DemoDataModule {}
