import { Module } from '@nestjs/common';
import { DuoRegisterModule } from '../duo-register/duo-register.module';
import { Art15Service } from './art15.service';
import { KennisgevingProcedureService } from './kennisgeving-procedure.service';
import { KennisgevingResolver } from './kennisgeving.resolver';
import { KennisgevingService } from './kennisgeving.service';
import { VrijstellingRegisterKoppeling } from './vrijstelling-register';
import { VrijstellingResolver } from './vrijstelling.resolver';
import { VrijstellingService } from './vrijstelling.service';

/** Exemptions from enrolment (Lpw art 5, 5a, 6–9) and for other education (art 15). */
@Module({
  imports: [DuoRegisterModule],
  providers: [KennisgevingResolver, VrijstellingResolver, KennisgevingService, KennisgevingProcedureService, VrijstellingService, Art15Service, VrijstellingRegisterKoppeling],
})
export class VrijstellingModule {}
