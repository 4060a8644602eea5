import { Module } from '@nestjs/common';
import { DuoRegisterModule } from '../duo-register/duo-register.module';
import { VervangendeLeerplichtBesluitService } from './vervangende-leerplicht-besluit.service';
import { VervangendeLeerplichtDossiers } from './vervangende-leerplicht-dossiers';
import { VervangendeLeerplichtResolver } from './vervangende-leerplicht.resolver';
import { VervangendeLeerplichtService } from './vervangende-leerplicht.service';

/** Vervangende leerplicht (Lpw art 3a, 3b; 000 art 10; 001 §3.3; 003 art 9). */
@Module({ imports: [DuoRegisterModule], providers: [VervangendeLeerplichtResolver, VervangendeLeerplichtService, VervangendeLeerplichtBesluitService, VervangendeLeerplichtDossiers] })
export class VervangendeLeerplichtModule {}
