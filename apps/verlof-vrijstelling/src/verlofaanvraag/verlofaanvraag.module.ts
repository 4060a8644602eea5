import { Module } from '@nestjs/common';
import { VerlofaanvraagResolver } from './verlofaanvraag.resolver';
import { VerlofaanvraagService } from './verlofaanvraag.service';

@Module({ providers: [VerlofaanvraagResolver, VerlofaanvraagService] })
export class VerlofaanvraagModule {}
