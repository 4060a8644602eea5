import { Module } from '@nestjs/common';
import { MeldingIntake } from './melding-intake.service';
import { MeldingStatusService } from './melding-status';
import { VerzuimmeldingResolver } from './verzuimmelding.resolver';
import { VerzuimmeldingService } from './verzuimmelding.service';

/** Intake of meldingen (the one intake all channels share), their status, the school's API. */
@Module({
  providers: [MeldingIntake, MeldingStatusService, VerzuimmeldingService, VerzuimmeldingResolver],
  exports: [MeldingIntake, MeldingStatusService, VerzuimmeldingService],
})
export class VerzuimmeldingModule {}
