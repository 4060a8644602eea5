import { z } from 'zod/v4';
import { defineEvent } from '../define-event';

const datum = z.iso.date();
const tekst = z.string().min(1).max(2000);

/**
 * verzuim → verzuim: one entry fetched from DUO's Register Onderwijsdeelnemers, handed from the
 * fetching job to the intake consumer over the bus. The fetch commits the DUO cursor and this event
 * in one transaction, so nothing fetched is lost when the service or the broker restarts, and the
 * intake can scale out per person (partition key). Only the verzuim service reads this topic; it
 * carries the melding as DUO delivered it (Besluit verzuimmelding, bijlage; koppelingen §1.3)
 * because the intake needs all of it. Classification: as the gemeente's instructie labels meldingen.
 */
export const duoMeldingOpgehaaldV1 = defineEvent({
  context: 'verzuim',
  name: 'duo-melding-opgehaald',
  version: 1,
  payload: z.discriminatedUnion('soort', [
    z.object({
      soort: z.literal('melding'),
      volgnummer: z.number().int().nonnegative(),
      melding: z.object({
        meldingsnummer: z.string().min(1).max(64),
        registratietijdstip: z.iso.datetime({ offset: true }),
        gemeente: z.string().regex(/^\d{4}$/),
        leerling: z.object({
          bsn: z.string().regex(/^\d{9}$/),
          geboortedatum: datum.nullable(),
          naam: z.string().min(1).max(200).nullable(),
        }),
        school: z.object({
          brin: z.string().regex(/^[0-9]{2}[A-Z0-9]{2}$/),
          onderwijssoort: z.enum(['PO', 'SO', 'VO', 'VSO', 'MBO']),
          leslocatie: z.string().min(1).max(200).nullable(),
        }),
        beginDatum: datum,
        eindDatum: datum.nullable(),
        duoCategorie: z.string().min(1).max(64),
        verzuimsoort: z.enum(['wettelijk', 'overig', 'luxe', 'langdurig-relatief', 'achttien-plus']),
        vermoedelijkeReden: tekst.nullable(),
        alleLessenGemist: z.boolean().nullable(),
        actieDoorSchool: tekst.nullable(),
        actieGemeenteGewenst: z.object({ gewenst: z.boolean(), toelichting: tekst.nullable() }).nullable(),
        melder: z.object({
          naam: z.string().min(1).max(200),
          functie: z.string().max(200).nullable(),
          telefoon: z.string().max(40).nullable(),
          email: z.string().max(200).nullable(),
          isDirecteur: z.boolean().nullable(),
        }),
        telefoonOuderOfLeerling: z.string().max(40).nullable(),
        afwijkendAdres: z
          .object({
            straat: z.string().max(200),
            huisnummer: z.string().max(20),
            huisletter: z.string().max(5).nullable(),
            toevoeging: z.string().max(20).nullable(),
            postcode: z.string().max(10).nullable(),
            locatieaanduiding: z.string().max(200).nullable(),
            plaats: z.string().max(200),
          })
          .nullable(),
        verzuimdagen: z.number().min(0).max(366).nullable(),
        verzuimuren: z.number().min(0).max(1000).nullable(),
        toelichtingSchool: tekst.nullable(),
      }),
    }),
    z.object({
      /** The school withdrew the melding in DUO (status Ingetrokken, koppelingen §1.4). */
      soort: z.literal('ingetrokken'),
      volgnummer: z.number().int().nonnegative(),
      meldingsnummer: z.string().min(1).max(64),
      tijdstip: z.iso.datetime({ offset: true }),
    }),
  ]),
});

export type DuoMeldingOpgehaaldV1 = z.output<typeof duoMeldingOpgehaaldV1.payload>;
