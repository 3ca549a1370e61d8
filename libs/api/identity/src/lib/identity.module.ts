import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { identityEntities } from './identity.entities';

@Module({ imports: [TypeOrmModule.forFeature(identityEntities)] })
export class IdentityModule {}
