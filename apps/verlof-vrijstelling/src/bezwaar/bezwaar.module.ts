import { Module } from '@nestjs/common';
import { BezwaarResolver } from './bezwaar.resolver';
import { BezwaarService } from './bezwaar.service';

@Module({ providers: [BezwaarResolver, BezwaarService] })
export class BezwaarModule {}
