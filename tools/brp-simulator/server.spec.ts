import { startBrpSimulatorInWorker, type BrpSimulatorHandle } from '@leerrecht/leerlingenadministratie/data-access-brp';

const API_KEY = 'sim-sleutel';
const KIND = '999901011';
const RNI_KIND = '999901023';
const ANDER = '999901035';

function persoon(bsn: string, overschrijf: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    burgerservicenummer: bsn,
    naam: { voornamen: 'Fenna', geslachtsnaam: 'Mulder' },
    geboorte: { datum: { type: 'Datum', datum: '2012-11-25', langFormaat: '25 november 2012' } },
    gemeenteVanInschrijving: { code: '0193', omschrijving: 'Zwolle' },
    datumInschrijvingInGemeente: { type: 'Datum', datum: '2012-11-25' },
    verblijfplaats: { type: 'Adres', verblijfadres: { officieleStraatnaam: 'Brink', huisnummer: 4, huisletter: 'B', postcode: '8011AA', woonplaats: 'Zwolle' }, datumVan: { type: 'Datum', datum: '2012-11-25' } },
    ...overschrijf,
  };
}

describe('BRP simulator', () => {
  let sim: BrpSimulatorHandle;

  const post = async (pad: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${sim.url}${pad}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const tekst = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', tekst, json: JSON.parse(tekst) as Record<string, unknown> };
  };
  const raadpleeg = (body: Record<string, unknown>) => post('/haalcentraal/api/brp/personen', { type: 'RaadpleegMetBurgerservicenummer', ...body });

  beforeAll(async () => {
    sim = await startBrpSimulatorInWorker({
      apiKey: API_KEY,
      nu: '2026-11-24T12:00:00.000Z',
      personen: [persoon(KIND), persoon(RNI_KIND, { gemeenteVanInschrijving: { code: '1999', omschrijving: 'Registratie Niet Ingezetenen (RNI)' } })],
    });
  });

  afterAll(async () => {
    await sim.stop();
  });

  beforeEach(async () => {
    await sim.reset();
  });

  describe('personen', () => {
    it('returns only the requested fields, dotted sub-paths included', async () => {
      const { status, json } = await raadpleeg({ burgerservicenummer: [KIND], fields: ['naam.voornamen', 'verblijfplaats.verblijfadres.huisletter', 'leeftijd'] });
      expect(status).toBe(200);
      // Born 2012-11-25, so still 13 on 2026-11-24 (the simulator's fixed clock).
      expect(json).toEqual({ type: 'RaadpleegMetBurgerservicenummer', personen: [{ naam: { voornamen: 'Fenna' }, verblijfplaats: { verblijfadres: { huisletter: 'B' } }, leeftijd: 13 }] });
    });

    it('returns an RNI person as the BRP does, with gemeente 1999', async () => {
      const { json } = await raadpleeg({ burgerservicenummer: [RNI_KIND], fields: ['gemeenteVanInschrijving'] });
      expect(json.personen).toEqual([{ gemeenteVanInschrijving: { code: '1999', omschrijving: 'Registratie Niet Ingezetenen (RNI)' } }]);
    });

    it.each([
      ['fields missing', { burgerservicenummer: [KIND] }, [{ name: 'fields', code: 'required', reason: 'Parameter is verplicht.' }]],
      ['fields empty', { burgerservicenummer: [KIND], fields: [] }, [{ name: 'fields', code: 'minItems', reason: 'Array bevat minder dan 1 items.' }]],
      ['an unknown field', { burgerservicenummer: [KIND], fields: ['naam', 'schoenmaat'] }, [{ name: 'fields[1]', code: 'field', reason: 'Parameter bevat een niet bestaande veldpad.' }]],
      ['21 BSNs', { burgerservicenummer: Array.from({ length: 21 }, () => KIND), fields: ['naam'] }, [{ name: 'burgerservicenummer', code: 'maxItems', reason: 'Array bevat meer dan 20 items.' }]],
      ['a malformed BSN', { burgerservicenummer: [KIND, '99990101'], fields: ['naam'] }, [{ name: 'burgerservicenummer[1]', code: 'pattern', reason: 'Waarde voldoet niet aan patroon ^[0-9]{9}$.' }]],
      ['an unknown parameter', { burgerservicenummer: [KIND], fields: ['naam'], geslachtsnaam: 'Mulder' }, [{ name: 'geslachtsnaam', code: 'unknownParam', reason: 'Parameter is niet verwacht.' }]],
    ])('answers 400 problem+json with invalidParams for %s, never echoing a value', async (_naam, body, invalidParams) => {
      const antwoord = await raadpleeg(body);
      expect(antwoord.status).toBe(400);
      expect(antwoord.contentType).toMatch(/^application\/problem\+json/);
      expect(antwoord.json).toMatchObject({ status: 400, code: 'paramsValidation', instance: '/haalcentraal/api/brp/personen', invalidParams });
      expect(antwoord.tekst).not.toMatch(/99990101|Mulder|schoenmaat/);
    });

    it('refuses a missing or wrong X-Api-Key with 401 problem+json, on the control endpoints too', async () => {
      for (const [pad, headers] of [
        ['/haalcentraal/api/brp/personen', { 'x-api-key': 'fout' }],
        ['/haalcentraal/api/brpupdate/wijzigingen', { 'x-api-key': '' }],
        ['/_sim/reset', { 'x-api-key': 'fout' }],
      ] as const) {
        const antwoord = await post(pad, {}, headers);
        expect([antwoord.status, antwoord.contentType.split(';')[0], antwoord.json.title]).toEqual([401, 'application/problem+json', 'Niet correct geauthenticeerd.']);
      }
    });

    it('answers 404, 405 and 415 for unknown paths, other methods and non-JSON bodies', async () => {
      expect((await post('/haalcentraal/api/brp/kinderen', {})).status).toBe(404);
      expect((await fetch(`${sim.url}/haalcentraal/api/brp/personen`, { headers: { 'x-api-key': API_KEY } })).status).toBe(405);
      expect((await post('/haalcentraal/api/brp/personen', 'type=x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    });
  });

  describe('mutations derived from /_sim/personen', () => {
    const soorten = async () => {
      const { json } = await post('/haalcentraal/api/brpupdate/wijzigingen', { gemeenten: ['0193', '0166', '1999'], vanaf: 0 });
      return (json.wijzigingen as { soort: string; gemeenteVanInschrijving: string; vorigeGemeente?: string; datumGebeurtenis: string }[]).map((m) =>
        [m.soort, m.gemeenteVanInschrijving, m.vorigeGemeente ?? '-', m.datumGebeurtenis].join(' '),
      );
    };

    it('registers what the BRP would: verhuizing binnen, vertrek, overlijden, emigratie, plain wijziging', async () => {
      const nieuwAdres = { type: 'Adres', verblijfadres: { officieleStraatnaam: 'Markt', huisnummer: 1, postcode: '8011AB', woonplaats: 'Zwolle' }, datumVan: { type: 'Datum', datum: '2026-10-01' } };
      await sim.personen([persoon(KIND, { verblijfplaats: nieuwAdres })]);
      await sim.personen([persoon(KIND, { verblijfplaats: nieuwAdres, naam: { voornamen: 'Fenna Johanna', geslachtsnaam: 'Mulder' } })]);
      await sim.personen([persoon(KIND, { verblijfplaats: { type: 'VerblijfplaatsOnbekend', datumVan: { type: 'Datum', datum: '2026-10-15' } } })]);
      await sim.personen([persoon(ANDER)]);
      await sim.personen([persoon(ANDER, { overlijden: { datum: { type: 'Datum', datum: '2026-11-01' } } })]);
      await sim.personen([persoon(RNI_KIND, { gemeenteVanInschrijving: { code: '0166', omschrijving: 'Kampen' }, datumInschrijvingInGemeente: { type: 'Datum', datum: '2026-11-10' } })]);
      await sim.personen([persoon(KIND, { gemeenteVanInschrijving: { code: '1999' }, verblijfplaats: { type: 'VerblijfplaatsBuitenland', datumVan: { type: 'Datum', datum: '2026-11-20' } } })]);
      expect(await soorten()).toEqual([
        'verhuizing-binnen 0193 - 2026-10-01',
        'wijziging 0193 - 2026-11-24',
        'vertrek 0193 - 2026-10-15',
        'inschrijving 0193 - 2012-11-25',
        'overlijden 0193 - 2026-11-01',
        'inschrijving 0166 1999 2026-11-10',
        'emigratie 1999 0193 2026-11-20',
      ]);
    });

    it('registers nothing for an unchanged person or when asked not to', async () => {
      await sim.personen([persoon(KIND)]);
      await sim.personen([persoon(KIND, { naam: { voornamen: 'Anders', geslachtsnaam: 'Mulder' } })], { mutaties: false });
      expect(await soorten()).toEqual([]);
      const { json } = await raadpleeg({ burgerservicenummer: [KIND], fields: ['naam.voornamen'] });
      expect(json.personen).toEqual([{ naam: { voornamen: 'Anders' } }]);
    });

    it('pages with aantal and refuses bad wijzigingen parameters', async () => {
      await sim.mutaties(Array.from({ length: 5 }, () => ({ burgerservicenummer: KIND, soort: 'wijziging', gemeenteVanInschrijving: '0193', datumGebeurtenis: '2026-11-20' })));
      const { json } = await post('/haalcentraal/api/brpupdate/wijzigingen', { gemeenten: ['0193'], vanaf: 2, aantal: 2 });
      expect([(json.wijzigingen as { volgnummer: number }[]).map((m) => m.volgnummer), json.volgendeVanaf]).toEqual([[2, 3], 4]);
      const fout = await post('/haalcentraal/api/brpupdate/wijzigingen', { gemeenten: ['Zwolle'], vanaf: -1 });
      expect(fout.json.invalidParams).toEqual([
        expect.objectContaining({ name: 'gemeenten[0]', code: 'pattern' }),
        expect.objectContaining({ name: 'vanaf', code: 'integer' }),
      ]);
    });

    it('refuses a raw mutation without the fields a mutation needs', async () => {
      const { status, json } = await post('/_sim/mutaties', { mutaties: [{ burgerservicenummer: KIND, soort: 'adoptie' }] });
      expect(status).toBe(400);
      expect((json.invalidParams as { name: string }[]).map((p) => p.name)).toEqual(['mutaties[0].soort', 'mutaties[0].gemeenteVanInschrijving', 'mutaties[0].datumGebeurtenis']);
    });

    it('resets to the start-up persons, or to nobody with leeg', async () => {
      await sim.personen([persoon(ANDER)]);
      expect((await post('/_sim/reset', {})).json).toEqual({ personen: 2 });
      expect(await soorten()).toEqual([]);
      expect((await post('/_sim/reset', { leeg: true })).json).toEqual({ personen: 0 });
      expect((await raadpleeg({ burgerservicenummer: [KIND], fields: ['naam'] })).json.personen).toEqual([]);
    });
  });
});
