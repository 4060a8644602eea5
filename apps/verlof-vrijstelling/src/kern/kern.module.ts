import { Global, Module, type DynamicModule } from '@nestjs/common';
import { NederlandseKalender } from '@leerrecht/shared/util-kalender';
import type { VerlofVrijstellingConfig } from './verlof-vrijstelling.config';

export const VERLOF_VRIJSTELLING_CONFIG = Symbol('VERLOF_VRIJSTELLING_CONFIG');
/** The domain clock: the real time, or the fixed KLOK of a demonstration or test. */
export const KLOK = Symbol('KLOK');
export type Klok = () => Date;

/** What every part of the verlof-vrijstelling service shares: its settings, the clock and the calendar. */
@Global()
@Module({})
export class KernModule {
  static register(config: VerlofVrijstellingConfig): DynamicModule {
    const vast = config.KLOK === undefined ? null : new Date(config.KLOK);
    const klok: Klok = vast === null ? () => new Date() : () => new Date(vast.getTime());
    return {
      module: KernModule,
      providers: [
        { provide: VERLOF_VRIJSTELLING_CONFIG, useValue: config },
        { provide: KLOK, useValue: klok },
        // Schooldagen (the 10-day boundary, Lpw art 14) and werkdagen for every term (Atw).
        { provide: NederlandseKalender, useValue: new NederlandseKalender() },
      ],
      exports: [VERLOF_VRIJSTELLING_CONFIG, KLOK, NederlandseKalender],
    };
  }
}

/** The calendar date of an instant in the Netherlands (Europe/Amsterdam): what "today" means for a term. */
export function datumVan(moment: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}
