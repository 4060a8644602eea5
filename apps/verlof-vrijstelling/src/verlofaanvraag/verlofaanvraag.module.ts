import { Module } from '@nestjs/common';
import { SchoolleiderBeslissingService } from './schoolleider-beslissing.service';
import { VerlofaanvraagIntakeService } from './verlofaanvraag-intake.service';
import { VerlofaanvraagResolver } from './verlofaanvraag.resolver';
import { VerlofaanvraagService } from './verlofaanvraag.service';
import { VerlofprocedureService } from './verlofprocedure.service';

@Module({ providers: [VerlofaanvraagResolver, VerlofaanvraagService, VerlofaanvraagIntakeService, VerlofprocedureService, SchoolleiderBeslissingService] })
export class VerlofaanvraagModule {}
