import { Global, Module, type DynamicModule } from '@nestjs/common';
import { RodVerzuimClient, type DuoVerzuimregister } from '@leerrecht/verzuim/data-access-duo';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import { Systeemverwerking } from './systeemverwerking';
import type { VerzuimConfig } from './verzuim.config';

/** Injection token of DUO's register: the ROD client (simulator locally), swappable for the production M2M client. */
export const DUO_REGISTER = Symbol('DUO_REGISTER');
export const VERZUIM_CONFIG = Symbol('VERZUIM_CONFIG');
/** The domain clock: the real time, or the fixed KLOK of a demonstration or test. */
export const KLOK = Symbol('KLOK');
export type Klok = () => Date;

/** What every part of the verzuim service shares: its settings, the clock, the calendar, DUO and the system's audit lines. */
@Global()
@Module({})
export class KernModule {
  static register(config: VerzuimConfig): DynamicModule {
    const duo: DuoVerzuimregister = new RodVerzuimClient({ baseUrl: config.DUO_URL, apiKey: config.DUO_API_KEY, timeoutMs: config.DUO_TIMEOUT_MS });
    const vast = config.KLOK === undefined ? null : new Date(config.KLOK);
    const klok: Klok = vast === null ? () => new Date() : () => new Date(vast.getTime());
    return {
      module: KernModule,
      providers: [
        { provide: VERZUIM_CONFIG, useValue: config },
        { provide: DUO_REGISTER, useValue: duo },
        { provide: KLOK, useValue: klok },
        // Werkdagen and schooldagen for every deadline (Atw; Lpw art 21a); one instance caches the holidays.
        { provide: NederlandseKalender, useValue: new NederlandseKalender() },
        Systeemverwerking,
      ],
      exports: [VERZUIM_CONFIG, DUO_REGISTER, KLOK, NederlandseKalender, Systeemverwerking],
    };
  }
}

/** The calendar date of an instant in the Netherlands (Europe/Amsterdam): what "today" means for a deadline. */
export function datumVan(moment: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}
