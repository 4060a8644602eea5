import type { EntityManager } from 'typeorm';
import { DomainError } from '@leerrecht/shared/feature-subgraph';
import type { DuoRegistratieEntity } from './duo-registratie.entity';
import { DuoRegistratieService, type DuoRegistratiePlanning } from './duo-registratie.service';

/** Just enough of an EntityManager: what plan and planBeeindiging call, with the rows they would find. */
function nepManager(gevonden: { registratie?: Partial<DuoRegistratieEntity> | null; beeindiging?: Partial<DuoRegistratieEntity> | null } = {}) {
  const opgeslagen: Partial<DuoRegistratieEntity>[] = [];
  const manager = {
    create: (_entity: unknown, waarden: Partial<DuoRegistratieEntity>) => ({ ...waarden }),
    save: async (rij: Partial<DuoRegistratieEntity>) => {
      opgeslagen.push(rij);
      return rij;
    },
    findOne: async () => gevonden.registratie ?? null,
    createQueryBuilder: () => ({ where: () => ({ getOne: async () => gevonden.beeindiging ?? null }) }),
  };
  return { manager: manager as unknown as EntityManager, opgeslagen };
}

const BASIS = { gemeente: '0193', bsn: '999990019', persoonSleutel: 'a'.repeat(64), zaakId: 'z', besluitId: 'b', postcode: '8011AB', begindatum: '2026-08-01' };
const art5 = (extra: Record<string, unknown> = {}) => ({ ...BASIS, soort: 'vrijstelling-art5', grond: 'c', eerderBeroep: false, einddatum: '2027-07-31', ...extra }) as DuoRegistratiePlanning;

async function fout(belofte: Promise<unknown>): Promise<DomainError> {
  try {
    await belofte;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('verwachtte een DomainError');
}

describe('DuoRegistratieService.plan: a decision queues its registration in the same transaction', () => {
  const service = new DuoRegistratieService();

  it('queues a waiting row with the fields of the soort and a fresh id (DUO\'s registratieId)', async () => {
    const { manager, opgeslagen } = nepManager();
    const rij = await service.plan(manager, art5());
    expect(rij).toMatchObject({ handeling: 'registratie', status: 'wachtend', pogingen: 0, soort: 'vrijstelling-art5', grond: 'c', artikel: null, eerderBeroep: false, eerderVerleend: null, persoonsgegevens: null, bsn: '999990019' });
    expect(rij.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(opgeslagen).toHaveLength(1);
  });

  it('vervangende leerplicht keeps eerderVerleend and the person block, never a ground', async () => {
    const { manager } = nepManager();
    const persoonsgegevens = { naam: { voornamen: null, voorvoegsel: null, geslachtsnaam: 'Dijk' }, adres: { straat: 'Kerkstraat', huisnummer: 1, huisletter: null, toevoeging: null, postcode: '8011AB', woonplaats: 'Zwolle' }, geslacht: 'O', geboortedatum: '2011-01-01' };
    const rij = await service.plan(manager, { ...BASIS, soort: 'vervangende-leerplicht', artikel: '3b', eerderVerleend: true, einddatum: '2027-07-31', persoonsgegevens } as DuoRegistratiePlanning);
    expect(rij).toMatchObject({ grond: null, artikel: '3b', eerderBeroep: null, eerderVerleend: true, persoonsgegevens });
  });

  it.each<[string, DuoRegistratiePlanning, string, string]>([
    ['an end before the start', art5({ einddatum: '2026-07-31' }), 'ONGELDIGE_PERIODE', 'einddatum'],
    ['a BSN failing the elfproef', art5({ bsn: '999990018' }), 'ONGELDIGE_DUO_REGISTRATIE', 'persoonsgebondenNummer'],
    ['a postcode DUO does not take', art5({ postcode: '8011 ab' }), 'ONGELDIGE_DUO_REGISTRATIE', 'postcode'],
    ['vervangende leerplicht without an end date', { ...BASIS, soort: 'vervangende-leerplicht', artikel: '3a', eerderVerleend: false, einddatum: null, persoonsgegevens: null } as unknown as DuoRegistratiePlanning, 'ONGELDIGE_DUO_REGISTRATIE', 'einddatum'],
  ])('refuses %s when the decision is taken, naming the field and not the value', async (_naam, planning, code, veld) => {
    const { manager, opgeslagen } = nepManager();
    const gevangen = await fout(service.plan(manager, planning));
    expect([gevangen.code, gevangen.field]).toEqual([code, veld]);
    expect(gevangen.message).not.toMatch(/999990018|8011/);
    expect(opgeslagen).toEqual([]);
  });
});

describe('DuoRegistratieService.planBeeindiging', () => {
  const service = new DuoRegistratieService();
  const registratie: Partial<DuoRegistratieEntity> = { id: 'r', gemeente: '0193', handeling: 'registratie', soort: 'vrijstelling-art5', grond: 'c', begindatum: '2026-08-01', einddatum: '2027-07-31', zaakId: 'z', bsn: '999990019', persoonSleutel: 'a'.repeat(64), eerderBeroep: false, eerderVerleend: null, artikel: null, postcode: '8011AB' };

  it('queues the early end after the registration, with the registration\'s fields and the new last day', async () => {
    const { manager } = nepManager({ registratie });
    expect(await service.planBeeindiging(manager, { zaakId: 'z', einddatum: '2026-12-31', besluitId: 'b2' })).toMatchObject({
      handeling: 'beeindiging', registratieId: 'r', status: 'wachtend', einddatum: '2026-12-31', begindatum: '2026-08-01', soort: 'vrijstelling-art5', besluitId: 'b2', persoonsgegevens: null,
    });
  });

  it.each<[string, string, string]>([
    ['revocation ab initio: the day before the begindatum', '2026-07-31', 'ok'],
    ['the registered last day itself', '2027-07-31', 'ok'],
    ['two days before the begindatum', '2026-07-30', 'ONGELDIGE_PERIODE'],
    ['an extension', '2027-08-01', 'ONGELDIGE_PERIODE'],
    ['a date that does not exist', '2026-02-30', 'ONGELDIGE_DATUM'],
  ])('%s → %s', async (_naam, einddatum, verwacht) => {
    const { manager } = nepManager({ registratie });
    const belofte = service.planBeeindiging(manager, { registratieId: 'r', einddatum });
    if (verwacht === 'ok') expect((await belofte).einddatum).toBe(einddatum);
    else expect((await fout(belofte)).code).toBe(verwacht);
  });

  it('without a registration: DUO_REGISTRATIE_ONBEKEND', async () => {
    const { manager } = nepManager();
    expect((await fout(service.planBeeindiging(manager, { zaakId: 'z', einddatum: '2026-12-31' }))).code).toBe('DUO_REGISTRATIE_ONBEKEND');
  });

  it('the same end again returns the queued row; another end is refused (DUO ends a registration once)', async () => {
    const eerder = { id: 'e', handeling: 'beeindiging', einddatum: '2026-12-31' } as Partial<DuoRegistratieEntity>;
    const { manager, opgeslagen } = nepManager({ registratie, beeindiging: eerder });
    expect(await service.planBeeindiging(manager, { zaakId: 'z', einddatum: '2026-12-31' })).toBe(eerder);
    expect((await fout(service.planBeeindiging(manager, { zaakId: 'z', einddatum: '2026-11-30' }))).code).toBe('AL_BEEINDIGD');
    expect(opgeslagen).toEqual([]);
  });
});
