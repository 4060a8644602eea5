import { Global, Module, type DynamicModule } from '@nestjs/common';
import { HaalCentraalBrpClient, type BrpBron } from '@leerrecht/leerlingenadministratie/data-access-brp';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import type { AdministratieConfig } from './administratie.config';

/** Injection token of the BRP source: the Haal Centraal client (simulator locally), swappable for a production adapter. */
export const BRP_BRON = Symbol('BRP_BRON');
export const ADMINISTRATIE_CONFIG = Symbol('ADMINISTRATIE_CONFIG');

/** What every part of the leerlingenadministratie shares: its settings, the calendar and the BRP source. */
@Global()
@Module({})
export class KernModule {
  static register(config: AdministratieConfig): DynamicModule {
    const brp: BrpBron = new HaalCentraalBrpClient({ baseUrl: config.BRP_URL, apiKey: config.BRP_API_KEY, timeoutMs: config.BRP_TIMEOUT_MS });
    return {
      module: KernModule,
      providers: [
        { provide: ADMINISTRATIE_CONFIG, useValue: config },
        { provide: BRP_BRON, useValue: brp },
        // Werkdagen and schooldagen for every term (Atw; Lpw art 1, 3, 14); one instance caches the holidays.
        { provide: NederlandseKalender, useValue: new NederlandseKalender() },
      ],
      exports: [ADMINISTRATIE_CONFIG, BRP_BRON, NederlandseKalender],
    };
  }
}
