import { Module } from '@nestjs/common';
import { HandhavingszaakResolver } from './handhavingszaak.resolver';
import { HandhavingszaakService } from './handhavingszaak.service';

@Module({ providers: [HandhavingszaakResolver, HandhavingszaakService] })
export class HandhavingszaakModule {}
