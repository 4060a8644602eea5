import { Module } from '@nestjs/common';
import { VerzuimmeldingModule } from '../verzuimmelding/verzuimmelding.module';
import { DuoIntakeHandler } from './duo-intake.handler';
import { DuoOphalingService } from './duo-ophaling.service';
import { DuoPlanner } from './duo-planner';
import { DuoTerugkoppelingVerzender } from './duo-terugkoppeling.verzender';
import { DuoResolver } from './duo.resolver';

/** The DUO ROD connection: fetch → bus → intake, and the feedback back to DUO. */
@Module({
  imports: [VerzuimmeldingModule],
  providers: [DuoOphalingService, DuoIntakeHandler, DuoTerugkoppelingVerzender, DuoPlanner, DuoResolver],
})
export class DuoModule {}
