import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { JsonLogger } from '@leerrecht/shared/util-logging';
import { VERLOF_VRIJSTELLING_CONFIG } from '../kern/kern.module';
import type { VerlofVrijstellingConfig } from '../kern/verlof-vrijstelling.config';
import { DuoRegistratieVerzender } from './duo-registratie.verzender';

/**
 * Sends the waiting registrations every DUO_REGISTRATIE_INTERVAL_S seconds (0 = only on request,
 * verstuurDuoRegistraties). A run never overlaps the previous one; a failed run is logged with its
 * code and tried again next time. Replicas may all run it: SKIP LOCKED shares the rows.
 */
@Injectable()
export class DuoRegisterPlanner implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;
  private bezig = false;

  constructor(
    private readonly verzender: DuoRegistratieVerzender,
    private readonly instructies: InstructieRegister,
    private readonly logger: JsonLogger,
    @Inject(VERLOF_VRIJSTELLING_CONFIG) private readonly config: VerlofVrijstellingConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.DUO_REGISTRATIE_INTERVAL_S > 0) {
      this.timer = setInterval(() => void this.eenmaal(), this.config.DUO_REGISTRATIE_INTERVAL_S * 1000);
    }
  }

  onApplicationShutdown(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private async eenmaal(): Promise<void> {
    if (this.bezig) return;
    this.bezig = true;
    try {
      await this.verzender.verstuur(this.instructies.gemeenten(), randomUUID().replace(/-/g, ''));
    } catch (fout) {
      const code = fout !== null && typeof fout === 'object' && 'code' in fout ? String((fout as { code: unknown }).code) : 'onbekend';
      this.logger.event('warn', 'DUO-registraties versturen mislukt; volgende keer opnieuw', { component: 'duo-register-planner', code });
    } finally {
      this.bezig = false;
    }
  }
}
