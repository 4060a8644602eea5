import {
  ALLE_PROFIELEN,
  IJSSEL_VECHT,
  InstructieRegister,
  NOORDOOSTPOLDER,
  REGEL_STATUSSEN,
  TWENTE,
  ZUID_OOST_UTRECHT,
  canoniekeJson,
  type GeladenProfiel,
  type Profielnaam,
} from './index';

/** Deep clone of a profile with the value at `pad` replaced (or removed when `waarde` is undefined). */
function metWaarde(profiel: object, pad: readonly string[], waarde: unknown): unknown {
  const kloon: Record<string, unknown> = structuredClone(profiel) as Record<string, unknown>;
  let knoop: Record<string, unknown> = kloon;
  for (const stap of pad.slice(0, -1)) {
    knoop = knoop[stap] as Record<string, unknown>;
  }
  const laatste = pad[pad.length - 1] as string;
  if (waarde === undefined) {
    delete knoop[laatste];
  } else {
    knoop[laatste] = waarde;
  }
  return kloon;
}

/** Same content, every object's keys in reverse order. */
function omgekeerdeVolgorde(waarde: unknown): unknown {
  if (Array.isArray(waarde)) return waarde.map(omgekeerdeVolgorde);
  if (waarde !== null && typeof waarde === 'object') {
    return Object.fromEntries(
      Object.entries(waarde)
        .reverse()
        .map(([sleutel, kind]) => [sleutel, omgekeerdeVolgorde(kind)]),
    );
  }
  return waarde;
}

interface GevondenRegel {
  pad: string;
  bron: unknown;
  status: unknown;
}

/**
 * Walks the whole regels tree without knowing its keys: every object carrying `status` is a
 * rule (Regel or Termijn); anything else must be a plain grouping object. A bare value outside a
 * rule means a number without a source.
 */
function alleRegels(knoop: unknown, pad: string, gevonden: GevondenRegel[] = []): GevondenRegel[] {
  if (knoop === null || typeof knoop !== 'object' || Array.isArray(knoop)) {
    throw new Error(`waarde zonder bron op ${pad}`);
  }
  const object = knoop as Record<string, unknown>;
  if ('status' in object) {
    gevonden.push({ pad, bron: object['bron'], status: object['status'] });
    return gevonden;
  }
  for (const [sleutel, kind] of Object.entries(object)) {
    alleRegels(kind, `${pad}.${sleutel}`, gevonden);
  }
  return gevonden;
}

function profiel(register: InstructieRegister, naam: Profielnaam): GeladenProfiel {
  const gevonden = register.profielen().find((p) => p.profiel === naam);
  if (gevonden === undefined) throw new Error(`profiel ${naam} niet geladen`);
  return gevonden;
}

describe('InstructieRegister', () => {
  const register = InstructieRegister.laad();

  it('loads all four profiles with their gemeenten', () => {
    expect(register.profielen().map((p) => p.profiel)).toEqual([
      'ijssel-vecht',
      'noordoostpolder',
      'zuid-oost-utrecht',
      'twente',
    ]);
    expect([...register.gemeenten()].sort()).toEqual(
      ['0193', '0166', '0171', '1581', '0312', '0310', '0352', '0355', '0153'].sort(),
    );
    expect(register.voorGemeente('0193').gemeenteNaam).toBe('Zwolle');
    expect(register.voorGemeente('0193').briefhoofd).toMatchObject({
      logoTekst: 'Gemeente Zwolle',
      ondertekenaar: { naam: 'J. de Boer' },
      bezwaarAdres: expect.stringContaining('burgemeester en wethouders van Zwolle'),
    });
    expect(register.voorGemeente('0166').profiel).toBe('ijssel-vecht');
    expect(register.voorGemeente('0171').profiel).toBe('noordoostpolder');
    expect(register.voorGemeente('0153')).toMatchObject({ profiel: 'twente', gemeenteNaam: 'Enschede' });
    expect(register.voorGemeente('0355')).toMatchObject({
      profiel: 'zuid-oost-utrecht',
      gemeenteCode: '0355',
      gemeenteNaam: 'Zeist',
      versie: '2026.1',
    });
    expect(profiel(register, 'ijssel-vecht').bronnen).toEqual(['000', '002']);
    expect(profiel(register, 'zuid-oost-utrecht').geldigVanaf).toBe('2026-08-01');
  });

  it('gives every rule of every profile a non-empty bron and a known status', () => {
    for (const p of register.profielen()) {
      const regels = alleRegels(p.regels, 'regels');
      // Guards the walk itself: a schema refactor that hides rules would make this pass vacuously.
      expect(regels.length).toBeGreaterThanOrEqual(40);
      for (const regel of regels) {
        expect({ pad: regel.pad, bron: typeof regel.bron }).toEqual({ pad: regel.pad, bron: 'string' });
        expect(String(regel.bron).trim().length).toBeGreaterThan(0);
        expect(REGEL_STATUSSEN).toContain(regel.status);
      }
    }
  });

  it('marks what 004 does not say as aan-te-leveren, with the Lpw/Awb default as value', () => {
    const twente = register.voorGemeente('0153').regels;
    expect(twente.verzuim.terugkoppelingTermijn).toMatchObject({
      aantal: 1,
      eenheid: 'weken',
      status: 'aan-te-leveren',
      bron: 'Lpw art 21a (standaard; 004 zwijgt)',
    });
    expect(twente.verlof.beslistermijn).toMatchObject({
      aantal: 8,
      eenheid: 'weken',
      status: 'aan-te-leveren',
      bron: 'Awb art 4:13 lid 2 (standaard; 004 zwijgt)',
    });
    expect(twente.handhaving.waarschuwingCriteria).toMatchObject({ waarde: 'alle', status: 'aan-te-leveren' });
    // What 004 does say is vastgesteld; what the law fixes for everybody stays wettelijk-standaard.
    expect(twente.absoluutVerzuim.buitenlandseStudenten).toMatchObject({ waarde: true, status: 'vastgesteld', bron: '004 Hfst 2.1' });
    expect(twente.scope.doorstroompuntInInstructie).toMatchObject({ waarde: true, status: 'vastgesteld' });
    expect(twente.verlof.bezwaartermijn).toMatchObject({ aantal: 6, eenheid: 'weken', status: 'wettelijk-standaard', bron: 'Awb art 6:7' });

    const aanTeLeveren = (naam: Profielnaam): GevondenRegel[] =>
      alleRegels(profiel(register, naam).regels, 'regels').filter((r) => r.status === 'aan-te-leveren');
    // Letter texts are concept texts in every profile, so they say nothing about what 004 leaves open.
    const regelsAanTeLeveren = (naam: Profielnaam): GevondenRegel[] => aanTeLeveren(naam).filter((r) => !r.pad.startsWith('regels.brieven.'));
    // Every aan-te-leveren default in 004 names the law article or the 004 passage it rests on.
    for (const regel of aanTeLeveren('twente')) {
      expect(String(regel.bron)).toMatch(/Lpw|Awb|AVG|Wpg|004/);
    }
    expect(regelsAanTeLeveren('twente').length).toBeGreaterThan(2 * regelsAanTeLeveren('zuid-oost-utrecht').length);
  });

  it('keeps the differences between the gemeenten that matter', () => {
    const ijv = register.voorGemeente('0193').regels;
    const nop = register.voorGemeente('0171').regels;
    const zou = register.voorGemeente('1581').regels;

    // Written warning: all three conditions (000 art 6 lid 9, 14) vs any one (003 art 6 lid 5).
    expect(ijv.handhaving.waarschuwingCriteria.waarde).toBe('alle');
    expect(zou.handhaving.waarschuwingCriteria.waarde).toBe('een-van');
    expect(ijv.handhaving.collegialeConsultatie.waarde).toBe(true);
    expect(zou.handhaving.collegialeConsultatie.waarde).toBe(false);

    // 003 toelichting art 4: every verzuimmelding is Wpg; elsewhere AVG until the gemeente says otherwise.
    expect(zou.privacy.wpgGrens.verzuimmelding).toMatchObject({ waarde: 'Wpg', bron: '003 toelichting art 4', status: 'vastgesteld' });
    expect(ijv.privacy.wpgGrens.verzuimmelding.waarde).toBe('AVG');
    expect(nop.privacy.wpgGrens.verzuimmelding.waarde).toBe('AVG');
    for (const regels of [ijv, nop, zou]) {
      expect(regels.privacy.wpgGrens.handhaving.waarde).toBe('Wpg');
    }

    expect(ijv.scope.doorstroompuntInInstructie.waarde).toBe(true);
    expect(zou.scope.doorstroompuntInInstructie.waarde).toBe(false);
    expect(ijv.administratie.populatieLeeftijd.waarde).toEqual({ van: 4, totEnMet: 22 });
    expect(zou.administratie.populatieLeeftijd.waarde).toEqual({ van: 5, totEnMet: 17 });
    expect(ijv.administratie.inschrijvingscontrole.waarde.frequentie).toBe('wekelijks');
    expect(nop.administratie.inschrijvingscontrole.waarde.frequentie).toBe('maandelijks');
    expect(ijv.absoluutVerzuim.naTweedeBrief.waarde).toBe('onderzoek-absoluut-verzuim');
    expect(nop.absoluutVerzuim.naTweedeBrief.waarde).toBe('huisbezoek');
    expect(ijv.absoluutVerzuim.reactietermijn).toMatchObject({ aantal: 10, eenheid: 'werkdagen', bron: '000 art 3 lid 7' });
    expect(zou.absoluutVerzuim.onderzoekUiterlijk.waarde).toEqual({ aantal: 5, eenheid: 'werkdagen' });
    expect(ijv.absoluutVerzuim.onderzoekUiterlijk.waarde).toBeNull();
    expect(ijv.verzuim.triageDoorAdmin.waarde).toBe(true);
    expect(zou.verzuim.triageDoorAdmin.waarde).toBe(false);
    expect(nop.verzuim.gespreksverslagAfschrift.waarde).toBe('altijd');
    expect(ijv.verzuim.gespreksverslagAfschrift.waarde).toBe('op-verzoek');
    expect(ijv.verzuim.eersteContact.waarde).toBe('onverwijld');
    expect(ijv.handhaving.luxeVerzuimEersteKeerMaxDagenWaarschuwing.waarde).toBe(1);
    expect(zou.handhaving.luxeVerzuimPvVerplichtBovenDagen.waarde).toBe(2);
    expect(zou.verlof.beslistermijn).toMatchObject({ aantal: 8, eenheid: 'weken', status: 'vastgesteld' });
    expect(ijv.verlof.hersteltermijn.waarde).toEqual({ min: { aantal: 1, eenheid: 'weken' }, max: { aantal: 3, eenheid: 'weken' } });
    expect(ijv.vrijstelling.termijnen.art5c.waarde).toBeNull();
    expect(zou.vrijstelling.termijnen.art5c.waarde).toEqual({ aantal: 20, eenheid: 'werkdagen' });

    // The same everywhere, because the law fixes it.
    for (const regels of [ijv, nop, zou, register.voorGemeente('0153').regels]) {
      expect(regels.verzuim.wettelijkVerzuimDrempel).toMatchObject({ waarde: { uren: 16, lesweken: 4 }, bron: expect.stringContaining('Lpw art 21a') });
      expect(regels.verlof.bezwaartermijn).toMatchObject({ aantal: 6, eenheid: 'weken' });
      expect(regels.retentie.wpgJaren.waarde).toBe(5);
      expect(regels.retentie.leerplichtJarenNaGeboorte.waarde).toBe(19);
    }
  });

  it('notes document inconsistencies on the rule', () => {
    const zou = register.voorGemeente('1581').regels;
    expect(zou.absoluutVerzuim.reactietermijn.opmerking).toContain('document inconsistency');
    expect(zou.absoluutVerzuim.naTweedeBrief.opmerking).toContain('document inconsistency');
    expect(register.voorGemeente('0193').regels.verlof.beslistermijn.opmerking).toContain('document inconsistency');
  });

  it('throws a clear error for an unknown gemeente', () => {
    expect(() => register.voorGemeente('9999')).toThrow('onbekende gemeente 9999');
    expect(() => register.voorGemeente('')).toThrow('onbekende gemeente');
  });

  it('refuses a broken profile, naming the profile and the path of the bad value', () => {
    const kapot = metWaarde(TWENTE, ['regels', 'verzuim', 'terugkoppelingTermijn', 'aantal'], '1');
    expect(() => InstructieRegister.laad([IJSSEL_VECHT, kapot])).toThrow(
      "instructie 'twente' ongeldig: regels.verzuim.terugkoppelingTermijn.aantal: Expected number",
    );

    const zonderBron = metWaarde(ZUID_OOST_UTRECHT, ['regels', 'scope', 'doorstroompuntInInstructie', 'bron'], '  ');
    expect(() => InstructieRegister.laad([zonderBron])).toThrow(
      "instructie 'zuid-oost-utrecht' ongeldig: regels.scope.doorstroompuntInInstructie.bron: bron ontbreekt",
    );

    const verkeerdeEenheid = metWaarde(NOORDOOSTPOLDER, ['regels', 'verlof', 'beslistermijn', 'eenheid'], 'dagen');
    expect(() => InstructieRegister.laad([verkeerdeEenheid])).toThrow(
      "instructie 'noordoostpolder' ongeldig: regels.verlof.beslistermijn.eenheid:",
    );

    // .strict(): a misspelt key is refused, not ignored.
    const tikfout = metWaarde(IJSSEL_VECHT, ['regels', 'verzuim', 'terugkopelingTermijn'], { aantal: 1 });
    expect(() => InstructieRegister.laad([tikfout])).toThrow(
      /instructie 'ijssel-vecht' ongeldig: regels\.verzuim: Unrecognized key\(s\) in object: 'terugkopelingTermijn'/,
    );

    const ontbreekt = metWaarde(IJSSEL_VECHT, ['regels', 'handhaving', 'waarschuwingCriteria'], undefined);
    expect(() => InstructieRegister.laad([ontbreekt])).toThrow('regels.handhaving.waarschuwingCriteria: Required');

    const datumWijktAf = metWaarde(IJSSEL_VECHT, ['geldigVanaf'], '2023-06-01');
    expect(() => InstructieRegister.laad([datumWijktAf])).toThrow(
      'regels.instructie.geldigVanaf.waarde: wijkt af van geldigVanaf 2023-06-01',
    );

    const kapotteBrief = metWaarde(
      IJSSEL_VECHT,
      ['regels', 'brieven', 'absoluutVerzuimEersteBrief', 'waarde'],
      'Graag binnen {{ reactietermijn }} reageren.',
    );
    expect(() => InstructieRegister.laad([kapotteBrief])).toThrow('regels.brieven.absoluutVerzuimEersteBrief.waarde: ongeldige placeholder');

    expect(() => InstructieRegister.laad([{ profiel: 'ijssel-vecht' }])).toThrow("instructie 'ijssel-vecht' ongeldig: versie: Required");
    expect(() => InstructieRegister.laad([42])).toThrow("instructie '#1' ongeldig: (profiel): Expected object");
    expect(() => InstructieRegister.laad([])).toThrow('geen instructieprofielen');
  });

  it('refuses a gemeente code that occurs in two profiles', () => {
    const metZwolle = metWaarde(NOORDOOSTPOLDER, ['gemeenten'], [NOORDOOSTPOLDER.gemeenten[0], IJSSEL_VECHT.gemeenten[0]]);
    expect(() => InstructieRegister.laad([IJSSEL_VECHT, metZwolle])).toThrow(
      "gemeentecode 0193 staat in instructie 'ijssel-vecht' en in instructie 'noordoostpolder'",
    );
    const tweeKeerInEen = metWaarde(TWENTE, ['gemeenten'], [TWENTE.gemeenten[0], TWENTE.gemeenten[0]]);
    expect(() => InstructieRegister.laad([tweeKeerInEen])).toThrow("instructie 'twente' ongeldig: gemeenten.1.code: gemeentecode 0153");
    expect(() => InstructieRegister.laad([TWENTE, TWENTE])).toThrow("instructie 'twente' komt twee keer voor");
  });

  describe('versieSleutel', () => {
    const sleutel = (r: InstructieRegister, code: string): string => r.voorGemeente(code).versieSleutel;

    it('has the form profiel@versie#12 hex and is the same for every gemeente of a profile', () => {
      expect(sleutel(register, '0193')).toMatch(/^ijssel-vecht@2023\.1#[0-9a-f]{12}$/);
      expect(sleutel(register, '0166')).toBe(sleutel(register, '0193'));
      expect(register.voorVersieSleutel(sleutel(register, '1581'))?.profiel).toBe('zuid-oost-utrecht');
      expect(register.voorVersieSleutel('ijssel-vecht@2023.1#000000000000')).toBeUndefined();
    });

    it('hashes canonical JSON: keys sorted at every level, array order kept', () => {
      expect(canoniekeJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
      expect(canoniekeJson({ a: 1, b: undefined })).toBe('{"a":1}');
    });

    it('is stable for the same content, whatever the key order', () => {
      const opnieuw = InstructieRegister.laad();
      const omgekeerd = InstructieRegister.laad(ALLE_PROFIELEN.map(omgekeerdeVolgorde));
      for (const code of register.gemeenten()) {
        expect(sleutel(opnieuw, code)).toBe(sleutel(register, code));
        expect(sleutel(omgekeerd, code)).toBe(sleutel(register, code));
      }
    });

    it('changes when any value changes, and only for that profile', () => {
      const andereTermijn = metWaarde(IJSSEL_VECHT, ['regels', 'absoluutVerzuim', 'reactietermijn', 'aantal'], 11);
      const gewijzigd = InstructieRegister.laad([andereTermijn, NOORDOOSTPOLDER, ZUID_OOST_UTRECHT, TWENTE]);
      expect(sleutel(gewijzigd, '0193')).not.toBe(sleutel(register, '0193'));
      expect(sleutel(gewijzigd, '0193')).toMatch(/^ijssel-vecht@2023\.1#/);
      expect(sleutel(gewijzigd, '0171')).toBe(sleutel(register, '0171'));

      const andereBron = metWaarde(IJSSEL_VECHT, ['regels', 'verzuim', 'eersteContact', 'bron'], '000 art 6 lid 3');
      expect(sleutel(InstructieRegister.laad([andereBron]), '0193')).not.toBe(sleutel(register, '0193'));
    });
  });

  it('hands out frozen rules, so a service cannot change them behind the versieSleutel', () => {
    const regels = register.voorGemeente('0193').regels;
    expect(Object.isFrozen(regels.absoluutVerzuim.reactietermijn)).toBe(true);
    expect(() => {
      (regels.absoluutVerzuim.reactietermijn as { aantal: number }).aantal = 99;
    }).toThrow(TypeError);
    // The data files themselves are not frozen: the register validated a copy.
    expect(Object.isFrozen(IJSSEL_VECHT.regels.absoluutVerzuim.reactietermijn)).toBe(false);
  });
});

describe('dossier.gronden (000 art 4 lid 1 vs 003 art 4 lid 1)', () => {
  const register = InstructieRegister.laad();
  it('lets IJssel-Vecht open a dossier for a transition to work or JIKP, and Zuid Oost Utrecht not', () => {
    const ijsselVecht = register.voorGemeente('0193').regels.dossier.gronden.waarde;
    const zou = register.voorGemeente('1581').regels.dossier.gronden.waarde;
    expect(ijsselVecht).toEqual(expect.arrayContaining(['overgang-werk-dagbesteding-vervolgonderwijs', 'jikp', 'signalen']));
    expect(zou).not.toContain('overgang-werk-dagbesteding-vervolgonderwijs');
    expect(zou).not.toContain('jikp');
    expect(zou).toEqual(expect.arrayContaining(['absoluut-verzuim', 'bespreking-in-overleg', 'verzuimmelding']));
  });
});
