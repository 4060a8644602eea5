import { DUO_CATEGORIEEN, duoVerzuimsoort } from './duo-verzuimmelding';
import { leesLevering, leesVerzuimmelding, naarRodTerugkoppeling } from './rod-berichten';

const BSN = '999990019';
const ONGELDIG_BSN = '999990018'; // nine digits, fails the elfproef

/** A complete wire melding (tools/duo-simulator/README.md, "Melding"). */
function wireMelding(overschrijf: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    meldingsnummer: 'VM-T-0001',
    registratietijdstip: '2026-11-02T09:30:00.000+01:00',
    gemeente: '0193',
    status: 'geregistreerd',
    leerling: { burgerservicenummer: BSN, onderwijsnummer: null, geboortedatum: '2012-04-05', naam: 'Fenna Mulder' },
    school: { brin: '99XX', onderwijssoort: 'VO', naamLeslocatie: 'Hoofdgebouw' },
    begindatumVerzuim: '2026-10-05',
    einddatumVerzuim: '2026-10-30',
    vermoedelijkeSoortVerzuim: '16-uur-in-4-weken',
    vermoedelijkeRedenVerzuim: 'Spijbelen, vooral de eerste uren',
    alleLessenGemist: false,
    doorSchoolOndernomenActie: 'Gesprek met leerling en ouders',
    actieDoorGemeenteGewenst: { gewenst: true, toelichting: null },
    melder: { naam: 'A. de Wit', functie: 'verzuimcoördinator', telefoonnummer: '088-1234567', emailadres: 'verzuim@99xx.school.example', isDirecteur: false },
    telefoonnummerOuderOfLeerling: '06-99887766',
    afwijkendVerblijfadres: { straatnaam: 'Brink', huisnummer: '4', huisletter: 'B', huisnummertoevoeging: null, postcode: '8011 AA', locatieaanduiding: null, woonplaats: 'Zwolle' },
    verzuimspecificatie: { verzuimdagen: 3, verzuimuren: 18.5 },
    toelichtingSchool: null,
    overnemendePartij: null,
    ...overschrijf,
  };
}

function velden(json: unknown): string[] {
  const lezing = leesVerzuimmelding(json);
  return lezing.leesbaar ? [] : lezing.velden;
}

describe('duoVerzuimsoort (koppelingen §1.4, Besluit verzuimmelding 2009)', () => {
  it.each([
    ['16-uur-in-4-weken', 'wettelijk'],
    ['langdurig-relatief-verzuim', 'langdurig-relatief'],
    ['rmc-18-plus', 'achttien-plus'],
    ['luxe-verzuim', 'luxe'],
    ['overig-verzuim-ziekte-schorsing', 'overig'],
    ['beginnend-verzuim', 'overig'],
    ['signaal-verzuim', 'overig'],
    ['een-maand-of-langer', 'langdurig-relatief'],
  ])('maps %s to %s', (categorie, soort) => {
    expect(duoVerzuimsoort(categorie)).toBe(soort);
  });

  it.each(['', 'LUXE-VERZUIM', 'luxe verzuim', 'overgedragen-aan-derden', 'constructor', 'toString'])('knows no category %j', (categorie) => {
    expect(duoVerzuimsoort(categorie)).toBeNull();
  });

  it('lists exactly the eight codes it maps', () => {
    expect([...DUO_CATEGORIEEN].sort()).toEqual(
      ['16-uur-in-4-weken', 'beginnend-verzuim', 'een-maand-of-langer', 'langdurig-relatief-verzuim', 'luxe-verzuim', 'overig-verzuim-ziekte-schorsing', 'rmc-18-plus', 'signaal-verzuim'].sort(),
    );
  });
});

describe('leesVerzuimmelding', () => {
  it('maps every field of the Besluit verzuimmelding to the domain shape', () => {
    expect(leesVerzuimmelding(wireMelding())).toEqual({
      leesbaar: true,
      melding: {
        meldingsnummer: 'VM-T-0001',
        registratietijdstip: '2026-11-02T09:30:00.000+01:00',
        gemeente: '0193',
        status: 'geregistreerd',
        leerling: { bsn: BSN, onderwijsnummer: null, geboortedatum: '2012-04-05', naam: 'Fenna Mulder' },
        school: { brin: '99XX', onderwijssoort: 'VO', leslocatie: 'Hoofdgebouw' },
        beginDatum: '2026-10-05',
        eindDatum: '2026-10-30',
        duoCategorie: '16-uur-in-4-weken',
        verzuimsoort: 'wettelijk',
        vermoedelijkeReden: 'Spijbelen, vooral de eerste uren',
        alleLessenGemist: false,
        actieDoorSchool: 'Gesprek met leerling en ouders',
        actieGemeenteGewenst: { gewenst: true, toelichting: null },
        melder: { naam: 'A. de Wit', functie: 'verzuimcoördinator', telefoon: '088-1234567', email: 'verzuim@99xx.school.example', isDirecteur: false },
        telefoonOuderOfLeerling: '06-99887766',
        afwijkendAdres: { straat: 'Brink', huisnummer: '4', huisletter: 'B', toevoeging: null, postcode: '8011AA', locatieaanduiding: null, plaats: 'Zwolle' },
        verzuimdagen: 3,
        verzuimuren: 18.5,
        toelichtingSchool: null,
        overnemendePartij: null,
      },
    });
  });

  it('reads a minimal melding, absent and blank optional fields as null', () => {
    const minimaal = {
      meldingsnummer: 'VM-T-0002',
      registratietijdstip: '2026-11-02T08:00:00Z',
      gemeente: '0166',
      status: 'geregistreerd',
      leerling: { onderwijsnummer: '101234567' },
      school: { brin: '98YY', onderwijssoort: 'MBO' },
      begindatumVerzuim: '2026-10-05',
      vermoedelijkeSoortVerzuim: 'rmc-18-plus',
      melder: { naam: 'M. Kok', functie: '  ' },
    };
    const lezing = leesVerzuimmelding(minimaal);
    expect(lezing).toMatchObject({
      leesbaar: true,
      melding: {
        leerling: { bsn: null, onderwijsnummer: '101234567', geboortedatum: null, naam: null },
        school: { brin: '98YY', onderwijssoort: 'MBO', leslocatie: null },
        eindDatum: null,
        verzuimsoort: 'achttien-plus',
        melder: { naam: 'M. Kok', functie: null, telefoon: null, email: null, isDirecteur: null },
        actieGemeenteGewenst: null,
        afwijkendAdres: null,
        verzuimdagen: null,
        verzuimuren: null,
        overnemendePartij: null,
      },
    });
  });

  it('passes on the legacy Overnemende Partij, also when it came as Andere Overnemende Partij (§1.4)', () => {
    expect(leesVerzuimmelding(wireMelding({ overnemendePartij: 'RMC-regio' }))).toMatchObject({ melding: { overnemendePartij: 'RMC-regio' } });
    expect(leesVerzuimmelding(wireMelding({ andereOvernemendePartij: 'Jeugdzorg' }))).toMatchObject({ melding: { overnemendePartij: 'Jeugdzorg' } });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a BSN failing the elfproef', { leerling: { burgerservicenummer: ONGELDIG_BSN, naam: 'Fenna Mulder' } }, ['leerling.bsn']],
    ['neither BSN nor onderwijsnummer', { leerling: { naam: 'Fenna Mulder' } }, ['leerling.bsn', 'leerling.onderwijsnummer']],
    ['an onderwijsnummer of 8 digits', { leerling: { onderwijsnummer: '10123456' } }, ['leerling.onderwijsnummer']],
    ['no leerling at all', { leerling: undefined }, ['leerling']],
    ['a non-existent begin date', { begindatumVerzuim: '2027-02-29' }, ['beginDatum']],
    ['an einddatum before the begindatum', { einddatumVerzuim: '2026-10-04' }, ['eindDatum']],
    ['an unknown category', { vermoedelijkeSoortVerzuim: 'ernstig-verzuim' }, ['duoCategorie']],
    ['no category', { vermoedelijkeSoortVerzuim: undefined }, ['duoCategorie']],
    ['a BRIN of letters first', { school: { brin: 'AB12', onderwijssoort: 'VO' } }, ['school.brin']],
    ['an unknown onderwijssoort', { school: { brin: '99XX', onderwijssoort: 'HBO' } }, ['school.onderwijssoort']],
    ['no melder naam', { melder: { functie: 'mentor' } }, ['melder.naam']],
    ['1001 verzuimuren', { verzuimspecificatie: { verzuimuren: 1001 } }, ['verzuimuren']],
    ['367 verzuimdagen', { verzuimspecificatie: { verzuimdagen: 367 } }, ['verzuimdagen']],
    ['a verzuimspecificatie that is text', { verzuimspecificatie: '16 uur' }, ['verzuimdagen', 'verzuimuren']],
    ['a registratietijdstip without offset', { registratietijdstip: '2026-11-02T09:30:00' }, ['registratietijdstip']],
    ['a gemeente name instead of a CBS code', { gemeente: 'Zwolle' }, ['gemeente']],
    ['no meldingsnummer', { meldingsnummer: undefined }, ['meldingsnummer']],
    ['the dropped status overgedragen-aan-derden', { status: 'overgedragen-aan-derden' }, ['status']],
    ['an afwijkend adres without plaats', { afwijkendVerblijfadres: { straatnaam: 'Brink', huisnummer: '4' } }, ['afwijkendAdres.plaats']],
    ['alleLessenGemist as "ja"', { alleLessenGemist: 'ja' }, ['alleLessenGemist']],
  ])('refuses %s, naming the field', (_naam, overschrijf, verwacht) => {
    expect(velden(wireMelding(overschrijf))).toEqual(verwacht);
  });

  it('names every bad field of a melding, not only the first, in field order', () => {
    expect(velden(wireMelding({ leerling: { burgerservicenummer: ONGELDIG_BSN }, begindatumVerzuim: '2026-13-01', vermoedelijkeSoortVerzuim: 'x', melder: {} }))).toEqual([
      'leerling.bsn',
      'beginDatum',
      'duoCategorie',
      'melder.naam',
    ]);
  });

  it('keeps the meldingsnummer and gemeente of an unreadable melding, and none of its values', () => {
    const lezing = leesVerzuimmelding(wireMelding({ leerling: { burgerservicenummer: ONGELDIG_BSN, naam: 'Fenna Mulder' } }));
    expect(lezing).toEqual({ leesbaar: false, meldingsnummer: 'VM-T-0001', gemeente: '0193', velden: ['leerling.bsn'] });
    expect(JSON.stringify(lezing)).not.toMatch(new RegExp(`${ONGELDIG_BSN}|Fenna|Mulder`));
  });

  it('does not pass on a malformed meldingsnummer or gemeente either', () => {
    expect(leesVerzuimmelding(wireMelding({ meldingsnummer: 'VM 999990018 Mulder', gemeente: 'Zwolle' }))).toEqual({
      leesbaar: false,
      meldingsnummer: null,
      gemeente: null,
      velden: ['meldingsnummer', 'gemeente'],
    });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['text', 'tekst'],
    ['a number', 42],
    ['an array', [wireMelding()]],
  ])('refuses a melding that is not an object (%s)', (_naam, json) => {
    expect(leesVerzuimmelding(json)).toEqual({ leesbaar: false, meldingsnummer: null, gemeente: null, velden: ['melding'] });
  });
});

describe('leesLevering', () => {
  const gevraagd = new Set(['0193']);

  it('refuses a melding routed to a gemeente that was not asked for, without attributing it to that gemeente', () => {
    expect(leesLevering({ volgnummer: 4, soort: 'melding', gemeente: '0166', meldingsnummer: 'VM-T-0001', melding: wireMelding({ gemeente: '0166' }) }, gevraagd)).toEqual({
      volgnummer: 4,
      soort: 'onleesbaar',
      meldingsnummer: 'VM-T-0001',
      gemeente: null,
      velden: ['gemeente'],
    });
  });

  it('refuses a melding whose own gemeente differs from where it was routed', () => {
    expect(leesLevering({ volgnummer: 5, soort: 'melding', gemeente: '0193', meldingsnummer: 'VM-T-0001', melding: wireMelding({ gemeente: '0166' }) }, new Set(['0193', '0166']))).toMatchObject({
      soort: 'onleesbaar',
      gemeente: '0193',
      velden: ['gemeente'],
    });
  });

  it('refuses a melding whose meldingsnummer differs from the envelope', () => {
    expect(leesLevering({ volgnummer: 6, soort: 'melding', gemeente: '0193', meldingsnummer: 'VM-T-0009', melding: wireMelding() }, gevraagd)).toMatchObject({
      soort: 'onleesbaar',
      velden: ['meldingsnummer'],
    });
  });

  it('reads a statuswijziging and names the bad fields of a broken one', () => {
    expect(leesLevering({ volgnummer: 7, soort: 'statuswijziging', gemeente: '0193', meldingsnummer: 'VM-T-0001', status: 'ingetrokken', tijdstip: '2026-11-03T10:00:00Z' }, gevraagd)).toEqual({
      volgnummer: 7,
      soort: 'statuswijziging',
      meldingsnummer: 'VM-T-0001',
      status: 'ingetrokken',
      tijdstip: '2026-11-03T10:00:00Z',
    });
    expect(leesLevering({ volgnummer: 8, soort: 'statuswijziging', gemeente: '0193', meldingsnummer: 'VM-T-0001', status: 'afgesloten' }, gevraagd)).toEqual({
      volgnummer: 8,
      soort: 'onleesbaar',
      meldingsnummer: 'VM-T-0001',
      gemeente: '0193',
      velden: ['status', 'tijdstip'],
    });
  });

  it('refuses an unknown soort', () => {
    expect(leesLevering({ volgnummer: 9, soort: 'verhuizing', gemeente: '0193', meldingsnummer: 'VM-T-0001' }, gevraagd)).toEqual({
      volgnummer: 9,
      soort: 'onleesbaar',
      meldingsnummer: 'VM-T-0001',
      gemeente: '0193',
      velden: ['soort'],
    });
  });
});

describe('naarRodTerugkoppeling', () => {
  it('sends only the fields of the Besluit, under their wire names', () => {
    const terugkoppeling = {
      terugkoppelingId: '7f9c1e4a-2b3d-4c5e-8f6a-1b2c3d4e5f60',
      meldingsnummer: 'VM-T-0001',
      status: 'afgesloten' as const,
      acties: ['Huisbezoek'],
      afsluitreden: 'terug-naar-school' as const,
      toelichting: 'leerling-gezien-door-gemeente' as const,
      contactpersoon: { naam: 'P. Jansen', functie: 'leerplichtambtenaar', telefoon: '038-4982000', email: null },
      overgedragenAan: 'wijkteam',
    };
    expect(naarRodTerugkoppeling(terugkoppeling)).toEqual({
      terugkoppelingId: '7f9c1e4a-2b3d-4c5e-8f6a-1b2c3d4e5f60',
      meldingsnummer: 'VM-T-0001',
      statusMelding: 'afgesloten',
      acties: ['Huisbezoek'],
      redenAfsluiting: 'terug-naar-school',
      toelichtingAfsluiting: 'leerling-gezien-door-gemeente',
      gemeentelijkeContactpersoon: { naam: 'P. Jansen', functie: 'leerplichtambtenaar', telefoonnummer: '038-4982000', emailadres: null },
    });
  });
});
