import { Module } from '@nestjs/common';
import { AfsluitingService } from '../afsluiting/afsluiting.service';
import { TerugkoppelingService } from '../terugkoppeling/terugkoppeling.service';
import { TriageService } from '../triage/triage.service';
import { VerzuimmeldingModule } from '../verzuimmelding/verzuimmelding.module';
import { VerzuimzaakResolver } from './verzuimzaak.resolver';
import { WerkvoorraadService } from './werkvoorraad.service';
import { ZaakstappenService } from './zaakstappen.service';

/** The case along the MAS: screening, steps, feedback, closure, and the work views. */
@Module({
  imports: [VerzuimmeldingModule],
  providers: [ZaakstappenService, WerkvoorraadService, TerugkoppelingService, AfsluitingService, TriageService, VerzuimzaakResolver],
})
export class VerzuimzaakModule {}
