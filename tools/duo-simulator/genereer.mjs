// Deterministic generator of synthetic raw verzuimmeldingen in the simulator's wire format
// (README.md, "Melding"), one JSON object per line, for `npm start` and the intake benchmark.
// The same options always give the same file.
//
//   node tools/duo-simulator/genereer.mjs --aantal 20000 --gemeenten 0193,0166 --seed 1 \
//     --vanaf 2026-08-24 --tot 2027-07-09 --out /tmp/duo-meldingen.ndjson
//
// Registrations are spread over the werkdagen (Mon–Fri, 08:00–17:00 Dutch time) between vanaf
// and tot, in feed order. Categories follow the DUO 2019 list with a few 2009 codes from old
// meldingen; onderwijssoort and birth date match each other; a few leerlingen are reported again
// as thuiszitter (002 §7), a few have only an onderwijsnummer.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Synthetic BSNs count up from 97000000x: clear of the BRP generator's 90…/95… ranges. */
const BSN_START = 97_000_000;
/** Onderwijsnummers start with 10 (DUO); the 6 digits after it count up. */
const ONDERWIJSNUMMER_START = 0;
const DAG_MS = 86_400_000;
const UUR_MS = 3_600_000;
/** Meldingen are registered during school hours: 08:00–17:00 local time. */
const BEGIN_WERKDAG_MS = 8 * UUR_MS;
const VENSTER_MS = 9 * UUR_MS;

/** Category code → weight. DUO 2019 list (koppelingen §1.4) plus the 2009 Besluit codes. */
const CATEGORIEEN = [
  ['16-uur-in-4-weken', 0.38],
  ['overig-verzuim-ziekte-schorsing', 0.22],
  ['luxe-verzuim', 0.14],
  ['langdurig-relatief-verzuim', 0.1],
  ['rmc-18-plus', 0.1],
  ['beginnend-verzuim', 0.02],
  ['signaal-verzuim', 0.02],
  ['een-maand-of-langer', 0.02],
];
/** Days between the start of the verzuim and its registration, per category (16 uur: over 4 weeks). */
const AANLOOP = {
  '16-uur-in-4-weken': [14, 35],
  'overig-verzuim-ziekte-schorsing': [1, 21],
  'luxe-verzuim': [0, 14],
  'langdurig-relatief-verzuim': [28, 70],
  'rmc-18-plus': [7, 40],
  'een-maand-of-langer': [30, 60],
};
const CODES_2009 = new Set(['beginnend-verzuim', 'signaal-verzuim', 'een-maand-of-langer']);

/** Onderwijssoort → weight and age range (years on the registration date). */
const SECTOREN = {
  PO: { gewicht: 0.3, leeftijd: [5, 12] },
  SO: { gewicht: 0.03, leeftijd: [5, 12] },
  VO: { gewicht: 0.42, leeftijd: [12, 17] },
  VSO: { gewicht: 0.05, leeftijd: [12, 17] },
  MBO: { gewicht: 0.2, leeftijd: [16, 17] },
};
/** RMC meldingen (18+ without startkwalificatie) come from mbo, sometimes vo/vso; age 18–22. */
const RMC_SECTOREN = [
  ['MBO', 0.85],
  ['VO', 0.1],
  ['VSO', 0.05],
];
const RMC_LEEFTIJD = [18, 22];

/** Fictional schools (BRIN: 2 digits + 2 letters); 99XX and 98YY are the demo school clients. */
const SCHOLEN = {
  PO: [
    { brin: '99PA', locaties: ['Hoofdlocatie', 'Dependance De Vlinder'] },
    { brin: '99PB', locaties: ['Hoofdlocatie'] },
    { brin: '99PC', locaties: ['Locatie Noord', 'Locatie Zuid'] },
  ],
  SO: [{ brin: '99SA', locaties: ['Hoofdlocatie'] }],
  VO: [
    { brin: '99XX', locaties: ['Hoofdgebouw', 'Onderbouwlocatie'] },
    { brin: '99VA', locaties: ['Hoofdgebouw'] },
    { brin: '99VB', locaties: ['Locatie Centrum', 'Locatie Stadshagen'] },
  ],
  VSO: [{ brin: '99SV', locaties: ['Hoofdlocatie'] }],
  MBO: [
    { brin: '98YY', locaties: ['Campus Noord', 'Campus Zuid'] },
    { brin: '98MA', locaties: ['Hoofdvestiging'] },
  ],
};
const MELDERS = {
  PO: [['directeur', true], ['intern begeleider', false], ['leerkracht groep 7', false]],
  SO: [['directeur', true], ['orthopedagoog', false]],
  VO: [['verzuimcoördinator', false], ['teamleider', false], ['mentor', false], ['directeur', true]],
  VSO: [['verzuimcoördinator', false], ['zorgcoördinator', false]],
  MBO: [['studieloopbaanbegeleider', false], ['verzuimmedewerker', false], ['teamleider', false]],
};
const REDENEN = {
  '16-uur-in-4-weken': ['Regelmatig te laat en spijbelen', 'Spijbelen, vooral de eerste uren', 'Onbekend; leerling geeft geen reden'],
  'overig-verzuim-ziekte-schorsing': ['Veelvuldig ziekgemeld', 'Schorsing van drie dagen', 'Ziekmeldingen zonder doktersbezoek'],
  'luxe-verzuim': ['Vakantie buiten de schoolvakanties', 'Vervroegd op vakantie', 'Familiebezoek in het buitenland'],
  'langdurig-relatief-verzuim': ['Leerling komt al weken niet', 'Thuiszitten na conflict op school'],
  'rmc-18-plus': ['Student komt niet meer, geen startkwalificatie', 'Werkt fulltime, staat nog ingeschreven'],
  'beginnend-verzuim': ['Eerste keer veel te laat'],
  'signaal-verzuim': ['Zorgen over de thuissituatie'],
  'een-maand-of-langer': ['Al meer dan een maand afwezig'],
};
const ACTIES_SCHOOL = ['Gesprek met leerling en ouders', 'Mentor heeft ouders gebeld', 'Leerling besproken in zorgteam', 'Brief naar ouders gestuurd', 'Doorverwezen naar jeugdarts'];
const VOORNAMEN = ['Daan', 'Sem', 'Noah', 'Lucas', 'Levi', 'Finn', 'Milan', 'Bram', 'Thijs', 'Yusuf', 'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Sara', 'Nora', 'Yara', 'Lotte', 'Fatima', 'Amira', 'Noor', 'Fenna', 'Isa'];
const ACHTERNAMEN = ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'Yilmaz', 'Kaya', 'Bouzid', 'Nguyen', 'ter Horst', 'Kamphuis'];
const MEDEWERKERS = ['A. de Wit', 'M. Kok', 'J. Hoekstra', 'S. Prins', 'R. Huisman', 'E. Wolters', 'L. Oosterhof', 'K. van Vliet'];
const STRATEN = ['Kerkstraat', 'Molenweg', 'Stationsweg', 'Julianalaan', 'Esdoornstraat', 'Merelstraat', 'Parkweg', 'Havenstraat', 'IJsseldijk', 'Brink'];
const POSTCODE_LETTERS = [...'ABCDEGHJKLMNPRSTVWXZ'];
const GEMEENTEN = {
  '0153': { plaatsen: ['Enschede'], postcode: [7500, 7548] },
  '0166': { plaatsen: ['Kampen', 'IJsselmuiden'], postcode: [8260, 8281] },
  '0171': { plaatsen: ['Emmeloord', 'Marknesse'], postcode: [8300, 8317] },
  '0193': { plaatsen: ['Zwolle', 'Windesheim'], postcode: [8000, 8049] },
  '1581': { plaatsen: ['Driebergen-Rijsenburg', 'Doorn', 'Leersum'], postcode: [3940, 3959] },
};

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weighted sum of the first eight digits (weights 9…2), as in the elfproef. */
function gewogenSom(cijfers) {
  let som = 0;
  for (let i = 0; i < 8; i += 1) som += Number(cijfers[i]) * (9 - i);
  return som;
}

/**
 * Sequential BSNs that pass the elfproef (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11): the 8-digit prefix
 * counts up from `start`, the ninth digit is computed, a prefix needing check digit 10 is skipped.
 */
export function bsnTeller(start = BSN_START) {
  let prefix = start;
  return () => {
    for (;;) {
      const cijfers = String(prefix).padStart(8, '0');
      prefix += 1;
      const controle = gewogenSom(cijfers) % 11;
      if (controle < 10) return `${cijfers}${controle}`;
    }
  };
}

/** Onderwijsnummers: 9 digits starting with 10 whose elfproef sum leaves remainder 5 (DUO). */
function onderwijsnummerTeller(start = ONDERWIJSNUMMER_START) {
  let volgnummer = start;
  return () => {
    for (;;) {
      const cijfers = `10${String(volgnummer).padStart(6, '0')}`;
      volgnummer += 1;
      const controle = (((gewogenSom(cijfers) - 5) % 11) + 11) % 11;
      if (controle < 10) return `${cijfers}${controle}`;
    }
  };
}

function dagVan(iso, naam) {
  const dag = /^\d{4}-\d{2}-\d{2}$/.test(iso ?? '') ? Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAG_MS) : Number.NaN;
  if (Number.isNaN(dag) || isoVan(dag) !== iso) throw new Error(`${naam} moet een bestaande datum JJJJ-MM-DD zijn`);
  return dag;
}

// Formatting dates is the generator's hot spot; a school year spans only a few hundred days.
const ISO_CACHE = new Map();
function isoVan(dag) {
  let iso = ISO_CACHE.get(dag);
  if (iso === undefined) {
    iso = new Date(dag * DAG_MS).toISOString().slice(0, 10);
    ISO_CACHE.set(dag, iso);
  }
  return iso;
}

/** Day number of the last Sunday of `maand` (0-based) in `jaar`. */
function laatsteZondag(jaar, maand) {
  const laatste = Math.floor(Date.UTC(jaar, maand + 1, 0) / DAG_MS);
  // Day 0 (1970-01-01) was a Thursday: weekday = (dag + 4) % 7, Sunday = 0.
  return laatste - ((laatste + 4) % 7);
}

/**
 * UTC offset in hours of Dutch local time on `dag` during the day: CEST (+2) from the last
 * Sunday of March to the last Sunday of October, else CET (+1). The switch is at night, so
 * per-day is exact for registrations between 08:00 and 17:00.
 */
function nederlandseOffset(dag) {
  const jaar = new Date(dag * DAG_MS).getUTCFullYear();
  return dag >= laatsteZondag(jaar, 2) && dag < laatsteZondag(jaar, 9) ? 2 : 1;
}

function twee(getal) {
  return getal < 10 ? `0${getal}` : String(getal);
}

/**
 * Yields `aantal` raw meldingen (the wire format of README.md). Options: `gemeenten` (CBS codes,
 * default ['0193']), `seed` (default 1), `vanaf`/`tot` (JJJJ-MM-DD, inclusive; default the school
 * year 2026-08-24 … 2027-07-09).
 * @param {{ aantal: number, gemeenten?: string[], seed?: number, vanaf?: string, tot?: string }} opties
 */
export function* meldingenStroom({ aantal, gemeenten = ['0193'], seed = 1, vanaf = '2026-08-24', tot = '2027-07-09' }) {
  if (!Number.isInteger(aantal) || aantal < 0) throw new Error('aantal moet een geheel getal ≥ 0 zijn');
  if (!Array.isArray(gemeenten) || gemeenten.length === 0 || gemeenten.some((g) => typeof g !== 'string' || !/^\d{4}$/.test(g))) {
    throw new Error('gemeenten moeten CBS-codes van 4 cijfers zijn');
  }
  if (!Number.isInteger(seed)) throw new Error('seed moet een geheel getal zijn');
  const eersteDag = dagVan(vanaf, 'vanaf');
  const laatsteDag = dagVan(tot, 'tot');
  if (laatsteDag < eersteDag) throw new Error('tot moet op of na vanaf liggen');
  const werkdagen = [];
  for (let dag = eersteDag; dag <= laatsteDag; dag += 1) {
    if ((dag + 4) % 7 !== 0 && (dag + 4) % 7 !== 6) werkdagen.push(dag);
  }
  if (werkdagen.length === 0 && aantal > 0) throw new Error('tussen vanaf en tot ligt geen werkdag');

  const random = prng(seed);
  const kies = (lijst) => lijst[Math.floor(random() * lijst.length)];
  const tussen = (van, totEnMet) => van + Math.floor(random() * (totEnMet - van + 1));
  const gewogen = (paren) => {
    let r = random();
    for (const [waarde, gewicht] of paren) {
      r -= gewicht;
      if (r < 0) return waarde;
    }
    return paren[paren.length - 1][0];
  };
  const sectorGewichten = Object.entries(SECTOREN).map(([soort, { gewicht }]) => [soort, gewicht]);
  const volgendeBsn = bsnTeller();
  const volgendOnderwijsnummer = onderwijsnummerTeller();
  const zaad = seed >>> 0;
  const totaalMs = werkdagen.length * VENSTER_MS;
  /** Recent leerlingen, for the few that are reported again. */
  const recent = [];

  for (let i = 0; i < aantal; i += 1) {
    // (i + r) / aantal rises with i, so registrations come in feed order.
    const positie = Math.floor((((i + random()) / aantal) * totaalMs) / 1000) * 1000;
    const registratiedag = werkdagen[Math.min(werkdagen.length - 1, Math.floor(positie / VENSTER_MS))];
    const lokaalMs = BEGIN_WERKDAG_MS + (positie % VENSTER_MS);
    const offset = nederlandseOffset(registratiedag);
    const uur = Math.floor(lokaalMs / UUR_MS);
    const minuut = Math.floor((lokaalMs % UUR_MS) / 60_000);
    const seconde = Math.floor((lokaalMs % 60_000) / 1000);
    const registratietijdstip = `${isoVan(registratiedag)}T${twee(uur)}:${twee(minuut)}:${twee(seconde)}.000+0${offset}:00`;

    const herhaling = recent.length > 0 && random() < 0.04 ? kies(recent) : undefined;
    // A leerling reported again has been away for long (002 §7); an RMC jongere stays RMC.
    const categorie = herhaling ? (herhaling.rmc ? 'rmc-18-plus' : 'langdurig-relatief-verzuim') : gewogen(CATEGORIEEN);
    let leerling;
    if (herhaling) {
      leerling = herhaling;
    } else {
      const rmc = categorie === 'rmc-18-plus';
      const onderwijssoort = rmc ? gewogen(RMC_SECTOREN) : gewogen(sectorGewichten);
      const [minLeeftijd, maxLeeftijd] = rmc ? RMC_LEEFTIJD : SECTOREN[onderwijssoort].leeftijd;
      const leeftijd = tussen(minLeeftijd, maxLeeftijd);
      // Born in the year before the leeftijd-th birthday on the registration date: exactly that age.
      const r = new Date(registratiedag * DAG_MS);
      const verjaardag = Math.floor(Date.UTC(r.getUTCFullYear() - leeftijd, r.getUTCMonth(), r.getUTCDate()) / DAG_MS);
      const vorige = Math.floor(Date.UTC(r.getUTCFullYear() - leeftijd - 1, r.getUTCMonth(), r.getUTCDate()) / DAG_MS);
      const geboortedag = verjaardag - Math.floor(random() * (verjaardag - vorige));
      const alleenOnderwijsnummer = random() < 0.015;
      const school = kies(SCHOLEN[onderwijssoort]);
      leerling = {
        rmc,
        gemeente: kies(gemeenten),
        onderwijssoort,
        school,
        leslocatie: random() < 0.8 ? kies(school.locaties) : null,
        gegevens: {
          burgerservicenummer: alleenOnderwijsnummer ? null : volgendeBsn(),
          onderwijsnummer: alleenOnderwijsnummer ? volgendOnderwijsnummer() : null,
          geboortedatum: isoVan(geboortedag),
          naam: `${kies(VOORNAMEN)} ${kies(ACHTERNAMEN)}`,
        },
      };
      recent.push(leerling);
      if (recent.length > 200) recent.shift();
    }

    const aanloop = AANLOOP[categorie] ?? [3, 21];
    const begindag = Math.max(eersteDag, registratiedag - tussen(aanloop[0], aanloop[1]));
    let verzuimdagen = null;
    let verzuimuren = null;
    if (categorie === 'luxe-verzuim') {
      verzuimdagen = tussen(1, 10);
      verzuimuren = verzuimdagen * 5;
    } else if (categorie === 'langdurig-relatief-verzuim' || categorie === 'een-maand-of-langer' || categorie === 'rmc-18-plus') {
      verzuimdagen = Math.min(366, Math.max(1, registratiedag - begindag - tussen(0, 5)));
    } else if (categorie === '16-uur-in-4-weken') {
      verzuimuren = tussen(16, 40);
      if (random() < 0.4) verzuimdagen = Math.ceil(verzuimuren / 6);
    } else {
      verzuimuren = tussen(2, 15);
    }
    const einddag =
      categorie === 'luxe-verzuim' && begindag + verzuimdagen - 1 <= registratiedag
        ? begindag + verzuimdagen - 1
        : random() < 0.2
          ? Math.min(registratiedag, begindag + tussen(0, 10))
          : null;
    const [functie, isDirecteur] = kies(MELDERS[leerling.onderwijssoort]);
    const gewenst = random() < 0.85;
    const gemeenteInfo = GEMEENTEN[leerling.gemeente] ?? { plaatsen: [`Woonplaats ${leerling.gemeente}`], postcode: [1000, 9999] };

    yield {
      meldingsnummer: `VM-${zaad}-${String(i + 1).padStart(7, '0')}`,
      registratietijdstip,
      gemeente: leerling.gemeente,
      status: 'geregistreerd',
      leerling: { ...leerling.gegevens },
      school: { brin: leerling.school.brin, onderwijssoort: leerling.onderwijssoort, naamLeslocatie: leerling.leslocatie },
      begindatumVerzuim: isoVan(begindag),
      einddatumVerzuim: einddag === null ? null : isoVan(einddag),
      vermoedelijkeSoortVerzuim: categorie,
      vermoedelijkeRedenVerzuim: random() < 0.9 ? kies(REDENEN[categorie]) : null,
      alleLessenGemist: categorie === 'luxe-verzuim' || categorie === 'langdurig-relatief-verzuim' ? true : random() < 0.3,
      doorSchoolOndernomenActie: kies(ACTIES_SCHOOL),
      actieDoorGemeenteGewenst: gewenst ? { gewenst: true, toelichting: null } : { gewenst: false, toelichting: 'Ter informatie; de school heeft zelf contact met de ouders.' },
      melder: {
        naam: kies(MEDEWERKERS),
        functie,
        telefoonnummer: `088-${tussen(1000000, 9999999)}`,
        emailadres: `verzuim@${leerling.school.brin.toLowerCase()}.school.example`,
        isDirecteur,
      },
      telefoonnummerOuderOfLeerling: random() < 0.85 ? `06-${tussen(10000000, 99999999)}` : null,
      afwijkendVerblijfadres:
        random() < 0.03
          ? {
              straatnaam: kies(STRATEN),
              huisnummer: String(tussen(1, 250)),
              huisletter: random() < 0.1 ? kies(['A', 'B']) : null,
              huisnummertoevoeging: null,
              postcode: `${tussen(gemeenteInfo.postcode[0], gemeenteInfo.postcode[1])}${kies(POSTCODE_LETTERS)}${kies(POSTCODE_LETTERS)}`,
              locatieaanduiding: null,
              woonplaats: kies(gemeenteInfo.plaatsen),
            }
          : null,
      verzuimspecificatie: { verzuimdagen, verzuimuren },
      toelichtingSchool: herhaling ? 'thuiszitter' : null,
      // Legacy field (koppelingen §1.4): still present on some old meldingen.
      overnemendePartij: CODES_2009.has(categorie) && random() < 0.3 ? 'RMC-regio' : null,
    };
  }
}

/**
 * All meldingen as an array (20,000 are a few tens of MB). For files use schrijfMeldingenNdjson,
 * which streams.
 * @param {{ aantal: number, gemeenten?: string[], seed?: number, vanaf?: string, tot?: string }} opties
 */
export function genereerMeldingen(opties) {
  return [...meldingenStroom(opties)];
}

/**
 * Writes the meldingen as NDJSON to `out` (a path, or a writable stream such as process.stdout).
 * @returns {Promise<{ aantal: number }>}
 */
export async function schrijfMeldingenNdjson({ out, ...opties }) {
  const stream = typeof out === 'string' ? createWriteStream(out, { encoding: 'utf8' }) : out;
  let buffer = [];
  let aantal = 0;
  for (const melding of meldingenStroom(opties)) {
    buffer.push(JSON.stringify(melding));
    aantal += 1;
    if (buffer.length === 2000) {
      if (!stream.write(`${buffer.join('\n')}\n`)) await once(stream, 'drain');
      buffer = [];
    }
  }
  if (buffer.length > 0) stream.write(`${buffer.join('\n')}\n`);
  if (typeof out === 'string') {
    stream.end();
    await finished(stream);
  }
  return { aantal };
}

async function main() {
  const { values } = parseArgs({
    options: {
      aantal: { type: 'string', default: '1000' },
      gemeenten: { type: 'string', default: '0193' },
      seed: { type: 'string', default: '1' },
      vanaf: { type: 'string', default: '2026-08-24' },
      tot: { type: 'string', default: '2027-07-09' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    process.stderr.write('gebruik: node tools/duo-simulator/genereer.mjs --out <bestand.ndjson|-> [--aantal 1000] [--gemeenten 0193,0166] [--seed 1] [--vanaf JJJJ-MM-DD] [--tot JJJJ-MM-DD]\n');
    process.exit(2);
  }
  const begin = Date.now();
  const { aantal } = await schrijfMeldingenNdjson({
    out: values.out === '-' ? process.stdout : values.out,
    aantal: Number(values.aantal),
    gemeenten: values.gemeenten.split(',').map((g) => g.trim()).filter(Boolean),
    seed: Number(values.seed),
    vanaf: values.vanaf,
    tot: values.tot,
  });
  if (values.out !== '-') process.stderr.write(`${aantal} meldingen geschreven naar ${values.out} in ${Date.now() - begin} ms\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((fout) => {
    process.stderr.write(`genereer: ${fout instanceof Error ? fout.message : String(fout)}\n`);
    process.exit(1);
  });
}
