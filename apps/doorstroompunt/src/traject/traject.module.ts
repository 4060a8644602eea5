import { Module } from '@nestjs/common';
import { TrajectResolver } from './traject.resolver';
import { TrajectService } from './traject.service';

@Module({ providers: [TrajectResolver, TrajectService] })
export class TrajectModule {}
