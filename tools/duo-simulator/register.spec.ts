import { randomUUID } from 'node:crypto';
import { startDuoRegisterSimulatorInWorker, type DuoRegisterSimulatorHandle } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';

/** The register vrijstellingen en vervangende leerplicht of the DUO simulator (README.md), on the wire. */
const API_KEY = 'sim-sleutel';
const NU = '2026-11-02T08:00:00.000Z';
const BSN = '999990019';
const REGISTRATIES = '/register-vrijstellingen/registraties';
const BEEINDIGINGEN = '/register-vrijstellingen/beeindigingen';
const OVERZICHT = '/register-vrijstellingen/overzicht';

function art5(overschrijf: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    registratieId: randomUUID(),
    gemeente: '0193',
    soort: 'vrijstelling-art5',
    grond: 'c',
    persoonsgebondenNummer: BSN,
    postcode: '8011AB',
    begindatum: '2026-08-01',
    einddatum: '2027-07-31',
    eerderBeroep: true,
    ...overschrijf,
  };
}

const PERSOONSGEGEVENS = {
  naam: { voornamen: 'Noor', geslachtsnaam: 'Dijk' },
  adres: { straatnaam: 'Kerkstraat', huisnummer: 12, postcode: '8011AB', woonplaats: 'Zwolle' },
  geslacht: 'V',
  geboortedatum: '2011-04-05',
};

function vervangend(overschrijf: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    registratieId: randomUUID(),
    gemeente: '0193',
    soort: 'vervangende-leerplicht',
    artikel: '3a',
    persoonsgebondenNummer: BSN,
    postcode: '8011AB',
    begindatum: '2026-09-01',
    einddatum: '2027-07-31',
    eerderVerleend: false,
    ...overschrijf,
  };
}

describe('DUO simulator: register vrijstellingen en vervangende leerplicht', () => {
  let sim: DuoRegisterSimulatorHandle;

  const post = async (pad: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${sim.url}${pad}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': API_KEY, ...headers },
      body: JSON.stringify(body),
    });
    const tekst = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', headers: response.headers, tekst, json: JSON.parse(tekst) as Record<string, unknown> };
  };
  const namen = (json: Record<string, unknown>) => (json.invalidParams as { name: string; code: string }[]).map(({ name, code }) => `${name}:${code}`);

  beforeAll(async () => {
    sim = await startDuoRegisterSimulatorInWorker({ apiKey: API_KEY, nu: NU });
  });

  afterAll(async () => {
    await sim.stop();
  });

  beforeEach(async () => {
    await sim.reset();
  });

  describe('registraties', () => {
    it('registers each soort and numbers them; the overzicht shows the gemeente\'s own only', async () => {
      const eerste = art5();
      expect((await post(REGISTRATIES, eerste)).json).toEqual({ registratieId: eerste.registratieId, registratienummer: 'RV-0000001', ontvangenOp: NU, herhaald: false });
      expect((await post(REGISTRATIES, art5({ soort: 'vrijstelling-art15', grond: undefined, einddatum: null, gemeente: '0166' }))).status).toBe(200);
      expect((await post(REGISTRATIES, vervangend({ persoonsgegevens: PERSOONSGEGEVENS }))).status).toBe(200);
      const { json } = await post(OVERZICHT, { gemeente: '0193' });
      const registraties = json.registraties as Record<string, unknown>[];
      expect(registraties.map((r) => [r.registratienummer, r.soort])).toEqual([['RV-0000001', 'vrijstelling-art5'], ['RV-0000003', 'vervangende-leerplicht']]);
      // Optional parts of the person block are stored as null: one shape for every registration.
      expect(registraties[1]?.persoonsgegevens).toEqual({
        naam: { voornamen: 'Noor', voorvoegsel: null, geslachtsnaam: 'Dijk' },
        adres: { straatnaam: 'Kerkstraat', huisnummer: 12, huisletter: null, huisnummertoevoeging: null, postcode: '8011AB', woonplaats: 'Zwolle' },
        geslacht: 'V',
        geboortedatum: '2011-04-05',
      });
    });

    it('accepts an onderwijsnummer as persoonsgebonden nummer', async () => {
      expect((await post(REGISTRATIES, art5({ persoonsgebondenNummer: '100000004' }))).status).toBe(200);
    });

    it.each<[string, Record<string, unknown>, string[]]>([
      ['no registratieId', art5({ registratieId: undefined }), ['registratieId:required']],
      ['a registratieId that is not a uuid', art5({ registratieId: 'Noor-Dijk' }), ['registratieId:uuid']],
      ['a BSN failing the elfproef', art5({ persoonsgebondenNummer: '999990018' }), ['persoonsgebondenNummer:elfproef']],
      ['a postcode with a space', art5({ postcode: '8011 AB' }), ['postcode:pattern']],
      ['a date that does not exist', art5({ begindatum: '2026-02-29' }), ['begindatum:date']],
      ['eerderBeroep as text', art5({ eerderBeroep: 'nee' }), ['eerderBeroep:boolean']],
      ['an unknown field', art5({ naam: 'Noor Dijk' }), ['naam:unknownParam']],
      ['a person block without surname and house number', vervangend({ persoonsgegevens: { ...PERSOONSGEGEVENS, naam: { voornamen: 'Noor' }, adres: { ...PERSOONSGEGEVENS.adres, huisnummer: '12' } } }), [
        'persoonsgegevens.naam.geslachtsnaam:required',
        'persoonsgegevens.adres.huisnummer:integer',
      ]],
      ['a person block with a phone number', vervangend({ persoonsgegevens: { ...PERSOONSGEGEVENS, telefoon: '06-12345678' } }), ['persoonsgegevens.telefoon:unknownParam']],
    ])('answers 400 ONGELDIG_VERZOEK for %s, naming the field and never echoing a value', async (_naam, body, verwacht) => {
      const antwoord = await post(REGISTRATIES, body);
      expect([antwoord.status, antwoord.contentType.split(';')[0], antwoord.json.code]).toEqual([400, 'application/problem+json', 'ONGELDIG_VERZOEK']);
      expect(namen(antwoord.json)).toEqual(verwacht);
      expect(antwoord.tekst).not.toMatch(/99999001|8011|Noor|Dijk|2026-02-29|06-1234/);
    });

    it.each<[string, Record<string, unknown>, string, string[]]>([
      ['an unknown soort', art5({ soort: 'verlof' }), 'ONGELDIGE_CODE', ['soort:enum']],
      ['ground 5a (not an art 5 ground in the register)', art5({ grond: '5a' }), 'ONGELDIGE_CODE', ['grond:enum']],
      ['article 3c', vervangend({ artikel: '3c' }), 'ONGELDIGE_CODE', ['artikel:enum']],
      ['an unknown sex', vervangend({ persoonsgegevens: { ...PERSOONSGEGEVENS, geslacht: 'X' } }), 'ONGELDIGE_CODE', ['persoonsgegevens.geslacht:enum']],
      ['art 5 without ground and eerderBeroep', art5({ grond: null, eerderBeroep: undefined }), 'SOORT_VELDEN', ['grond:required', 'eerderBeroep:required']],
      ['art 15 with a ground and eerderVerleend', art5({ soort: 'vrijstelling-art15', eerderVerleend: true }), 'SOORT_VELDEN', ['grond:notAllowed', 'eerderVerleend:notAllowed']],
      ['an exemption with the person block', art5({ persoonsgegevens: PERSOONSGEGEVENS }), 'SOORT_VELDEN', ['persoonsgegevens:notAllowed']],
      ['vervangende leerplicht without article, end date and eerderVerleend', vervangend({ artikel: undefined, einddatum: null, eerderVerleend: undefined }), 'SOORT_VELDEN', [
        'artikel:required', 'eerderVerleend:required', 'einddatum:required',
      ]],
      ['an end before the start', art5({ einddatum: '2026-07-31' }), 'ONGELDIGE_PERIODE', ['einddatum:period']],
    ])('answers 422 for %s', async (_naam, body, code, verwacht) => {
      const antwoord = await post(REGISTRATIES, body);
      expect([antwoord.status, antwoord.json.code]).toEqual([422, code]);
      expect(namen(antwoord.json)).toEqual(verwacht);
      expect((await sim.ontvangen()).verzoeken).toEqual([]);
    });

    it('is idempotent per registratieId (any case): the same content gives the first answer; other content is a 409', async () => {
      const body = art5();
      const eerste = await post(REGISTRATIES, body);
      const herhaald = await post(REGISTRATIES, { ...body, registratieId: String(body.registratieId).toUpperCase(), persoonsgegevens: null });
      expect(herhaald.json).toEqual({ ...eerste.json, herhaald: true });
      const anders = await post(REGISTRATIES, { ...body, einddatum: '2027-06-30' });
      expect(anders.json).toMatchObject({ status: 409, code: 'REGISTRATIE_ID_HERGEBRUIKT' });
      expect((await sim.ontvangen()).verzoeken).toHaveLength(1);
    });

    it('a refused registration is not recorded, so its id can be used once the cause is fixed', async () => {
      const body = art5({ einddatum: '2026-07-01' });
      expect((await post(REGISTRATIES, body)).status).toBe(422);
      expect((await post(REGISTRATIES, { ...body, einddatum: '2027-07-01' })).status).toBe(200);
    });
  });

  describe('beeindigingen', () => {
    it('ends a registration once; a resend is herhaald; another date is 409; it shows in the overzicht', async () => {
      const body = art5();
      await post(REGISTRATIES, body);
      const beeindiging = { registratieId: body.registratieId, gemeente: '0193', einddatum: '2027-01-31' };
      expect((await post(BEEINDIGINGEN, beeindiging)).json).toEqual({ registratieId: body.registratieId, einddatum: '2027-01-31', ontvangenOp: NU, herhaald: false });
      expect((await post(BEEINDIGINGEN, beeindiging)).json.herhaald).toBe(true);
      expect((await post(BEEINDIGINGEN, { ...beeindiging, einddatum: '2027-01-30' })).json).toMatchObject({ status: 409, code: 'AL_BEEINDIGD' });
      const [registratie] = (await post(OVERZICHT, { gemeente: '0193' })).json.registraties as Record<string, unknown>[];
      expect(registratie?.beeindiging).toEqual({ einddatum: '2027-01-31', ontvangenOp: NU });
      expect((await sim.ontvangen()).verzoeken.map((v) => v.handeling)).toEqual(['registratie', 'beeindiging']);
    });

    it.each<[string, Record<string, unknown>, number, string]>([
      ['an unknown registration', { registratieId: randomUUID() }, 404, 'REGISTRATIE_ONBEKEND'],
      ['another gemeente\'s registration', { gemeente: '0166' }, 404, 'REGISTRATIE_ONBEKEND'],
      ['an end two days before the start', { einddatum: '2026-07-30' }, 422, 'ONGELDIGE_PERIODE'],
      ['an extension', { einddatum: '2027-08-01' }, 422, 'ONGELDIGE_PERIODE'],
      ['no einddatum', { einddatum: undefined }, 400, 'ONGELDIG_VERZOEK'],
    ])('refuses %s', async (_naam, overschrijf, status, code) => {
      const body = art5();
      await post(REGISTRATIES, body);
      const antwoord = await post(BEEINDIGINGEN, { registratieId: body.registratieId, gemeente: '0193', einddatum: '2026-12-31', ...overschrijf });
      expect(antwoord.json).toMatchObject({ status, code });
    });

    it('a revocation ab initio ends it the day before it began', async () => {
      const body = art5();
      await post(REGISTRATIES, body);
      expect((await post(BEEINDIGINGEN, { registratieId: body.registratieId, gemeente: '0193', einddatum: '2026-07-31' })).status).toBe(200);
    });
  });

  describe('storing and control', () => {
    it('the next N calls to a DUO endpoint answer 503 with Retry-After, then it works; control endpoints never fail', async () => {
      expect((await post('/_sim/storing', { aantal: 2 })).json).toEqual({ actief: false, aantal: 2 });
      for (const pad of [REGISTRATIES, '/rod/verzuimmeldingen/leveringen']) {
        const antwoord = await post(pad, {}, { 'x-api-key': 'fout' });
        expect([antwoord.status, antwoord.json.code, antwoord.headers.get('retry-after')]).toEqual([503, 'STORING', '30']);
      }
      expect((await post('/_sim/registraties', {})).status).toBe(200);
      expect((await post(REGISTRATIES, art5())).status).toBe(200);
    });

    it('a storing switched on answers 503 on the register too, until it is switched off', async () => {
      await sim.storing(true);
      expect((await post(OVERZICHT, { gemeente: '0193' })).status).toBe(503);
      await sim.storing(false);
      expect((await post(OVERZICHT, { gemeente: '0193' })).status).toBe(200);
    });

    it.each([{}, { actief: true, aantal: 1 }, { aantal: -1 }, { aantal: 1.5 }])('refuses storing body %j', async (body) => {
      expect((await post('/_sim/storing', body)).status).toBe(400);
    });

    it('refuses every register endpoint without the right API key', async () => {
      for (const pad of [REGISTRATIES, BEEINDIGINGEN, OVERZICHT, '/_sim/registraties']) {
        expect((await post(pad, {}, { 'x-api-key': 'fout' })).json).toMatchObject({ status: 401, code: 'NIET_GEAUTHENTICEERD' });
      }
    });

    it('reset empties the register', async () => {
      await post(REGISTRATIES, art5());
      await sim.reset();
      expect(await sim.ontvangen()).toEqual({ verzoeken: [], registraties: [] });
    });
  });
});
