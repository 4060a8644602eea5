import { Module } from '@nestjs/common';
import { ToewijzingResolver } from './toewijzing.resolver';

@Module({ providers: [ToewijzingResolver] })
export class ToewijzingModule {}
