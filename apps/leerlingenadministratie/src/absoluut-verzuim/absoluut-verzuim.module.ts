import { Module } from '@nestjs/common';
import { AbsoluutVerzuimProcedureService } from './absoluut-verzuim-procedure.service';
import { AbsoluutVerzuimResolver } from './absoluut-verzuim.resolver';
import { InschrijvingscontroleService } from './inschrijvingscontrole.service';

@Module({ providers: [AbsoluutVerzuimResolver, AbsoluutVerzuimProcedureService, InschrijvingscontroleService] })
export class AbsoluutVerzuimModule {}
