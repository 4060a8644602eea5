import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InstructieRegister } from '@leerrecht/shared/util-instructie';
import { JsonLogger } from '@leerrecht/shared/util-logging';
import { VERZUIM_CONFIG } from '../kern/kern.module';
import type { VerzuimConfig } from '../kern/verzuim.config';
import { DuoOphalingService } from './duo-ophaling.service';
import { DuoTerugkoppelingVerzender } from './duo-terugkoppeling.verzender';

/**
 * Runs the DUO fetch and the feedback sending on their intervals (0 = only on request). A run
 * never overlaps the previous one; a failed run is logged with its code and tried again next time.
 * Several replicas may run it: the advisory lock (fetch) and SKIP LOCKED (sending) share the work.
 */
@Injectable()
export class DuoPlanner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly timers: NodeJS.Timeout[] = [];
  private bezig = { ophalen: false, versturen: false };

  constructor(
    private readonly ophaling: DuoOphalingService,
    private readonly verzender: DuoTerugkoppelingVerzender,
    private readonly instructies: InstructieRegister,
    private readonly logger: JsonLogger,
    @Inject(VERZUIM_CONFIG) private readonly config: VerzuimConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.DUO_OPHAAL_INTERVAL_S > 0) {
      this.timers.push(setInterval(() => void this.eenmaal('ophalen', () => this.ophaling.haalOp(this.instructies.gemeenten(), randomUUID().replace(/-/g, ''))), this.config.DUO_OPHAAL_INTERVAL_S * 1000));
    }
    if (this.config.DUO_TERUGKOPPEL_INTERVAL_S > 0) {
      this.timers.push(setInterval(() => void this.eenmaal('versturen', () => this.verzender.verstuur(this.instructies.gemeenten(), randomUUID().replace(/-/g, ''))), this.config.DUO_TERUGKOPPEL_INTERVAL_S * 1000));
    }
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers) clearInterval(timer);
  }

  private async eenmaal(taak: 'ophalen' | 'versturen', werk: () => Promise<unknown>): Promise<void> {
    if (this.bezig[taak]) return;
    this.bezig[taak] = true;
    try {
      await werk();
    } catch (fout) {
      const code = fout !== null && typeof fout === 'object' && 'code' in fout ? String((fout as { code: unknown }).code) : 'onbekend';
      this.logger.event('warn', `DUO ${taak} mislukt; volgende keer opnieuw`, { component: 'duo-planner', code });
    } finally {
      this.bezig[taak] = false;
    }
  }
}
