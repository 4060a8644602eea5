import { Module } from '@nestjs/common';
import { VerzuimmeldingResolver } from './verzuimmelding.resolver';
import { VerzuimmeldingService } from './verzuimmelding.service';

@Module({ providers: [VerzuimmeldingResolver, VerzuimmeldingService] })
export class VerzuimmeldingModule {}
