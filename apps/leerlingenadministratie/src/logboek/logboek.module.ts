import { Module } from '@nestjs/common';
import { LogboekResolver } from './logboek.resolver';
import { LogboekService } from './logboek.service';

@Module({ providers: [LogboekResolver, LogboekService] })
export class LogboekModule {}
