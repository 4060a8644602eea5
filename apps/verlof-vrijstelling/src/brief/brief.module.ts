import { Module } from '@nestjs/common';
import { BriefResolver } from './brief.resolver';

@Module({ providers: [BriefResolver] })
export class BriefModule {}
