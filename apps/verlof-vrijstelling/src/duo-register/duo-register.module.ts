import { Module } from '@nestjs/common';
import { RegisterVrijstellingenClient, type DuoVrijstellingenregister } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';
import { VERLOF_VRIJSTELLING_CONFIG } from '../kern/kern.module';
import type { VerlofVrijstellingConfig } from '../kern/verlof-vrijstelling.config';
import { DuoRegisterPlanner } from './duo-register.planner';
import { DuoRegisterResolver } from './duo-register.resolver';
import { DUO_VRIJSTELLINGENREGISTER } from './duo-register.tokens';
import { DuoRegistratieService } from './duo-registratie.service';
import { DuoRegistratieVerzender } from './duo-registratie.verzender';

/**
 * The connection to DUO's register vrijstellingen en vervangende leerplicht (koppelingen §3):
 * decisions queue through DuoRegistratieService.plan in their own transaction; the sender (a job
 * and a mutation) delivers. The client sits under DUO_VRIJSTELLINGENREGISTER, so a test or the
 * production channel can replace it (`overrideProvider(DUO_VRIJSTELLINGENREGISTER)`).
 */
@Module({
  providers: [
    {
      provide: DUO_VRIJSTELLINGENREGISTER,
      useFactory: (config: VerlofVrijstellingConfig): DuoVrijstellingenregister =>
        new RegisterVrijstellingenClient({ baseUrl: config.DUO_URL, apiKey: config.DUO_API_KEY, timeoutMs: config.DUO_TIMEOUT_MS }),
      inject: [VERLOF_VRIJSTELLING_CONFIG],
    },
    DuoRegistratieService,
    DuoRegistratieVerzender,
    DuoRegisterPlanner,
    DuoRegisterResolver,
  ],
  exports: [DuoRegistratieService, DUO_VRIJSTELLINGENREGISTER],
})
export class DuoRegisterModule {}
