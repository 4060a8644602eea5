// Deterministic generator of synthetic BRP persons (Haal Centraal Persoon JSON, one per line),
// for the initial load and for the BRP simulator. The same options always give the same file.
//
//   node tools/brp-simulator/genereer.mjs --aantal 150000 --gemeenten 0193,0166 \
//     --peildatum 2026-11-24 --seed 1 --out /tmp/brp-personen.ndjson
//
// Ages are spread evenly over 0–25 years on the peildatum so that the leerplicht age filter has
// something on both sides; ~1% is deceased, ~0.5% lives abroad (RNI, gemeente 1999). Children of
// one household share parents, address and gezag. Parents are referenced (BSN, name, gezag) but
// are not lines of their own: the file is the 0–25 population.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** Synthetic BSN ranges: persons from 90000000x, parents and guardians from 95000000x. */
const BSN_START_PERSONEN = 90_000_000;
const BSN_START_OUDERS = 95_000_000;
const DAG_MS = 86_400_000;

const GEMEENTEN = {
  '0153': { naam: 'Enschede', woonplaatsen: ['Enschede'], postcode: [7500, 7548] },
  '0166': { naam: 'Kampen', woonplaatsen: ['Kampen', 'IJsselmuiden', 'Wilsum'], postcode: [8260, 8281] },
  '0171': { naam: 'Noordoostpolder', woonplaatsen: ['Emmeloord', 'Marknesse', 'Ens', 'Luttelgeest'], postcode: [8300, 8317] },
  '0193': { naam: 'Zwolle', woonplaatsen: ['Zwolle', 'Windesheim'], postcode: [8000, 8049] },
  '0310': { naam: 'De Bilt', woonplaatsen: ['Bilthoven', 'De Bilt', 'Maartensdijk'], postcode: [3720, 3739] },
  '0312': { naam: 'Bunnik', woonplaatsen: ['Bunnik', 'Odijk', 'Werkhoven'], postcode: [3980, 3985] },
  '0352': { naam: 'Wijk bij Duurstede', woonplaatsen: ['Wijk bij Duurstede', 'Cothen'], postcode: [3960, 3962] },
  '0355': { naam: 'Zeist', woonplaatsen: ['Zeist', 'Austerlitz', 'Den Dolder'], postcode: [3700, 3712] },
  '1581': { naam: 'Utrechtse Heuvelrug', woonplaatsen: ['Driebergen-Rijsenburg', 'Doorn', 'Leersum', 'Amerongen'], postcode: [3940, 3959] },
};
const GEBOORTEGEMEENTEN = [
  ['0363', 'Amsterdam'],
  ['0599', 'Rotterdam'],
  ['0518', "'s-Gravenhage"],
  ['0344', 'Utrecht'],
  ['0200', 'Apeldoorn'],
];
const RNI = { code: '1999', omschrijving: 'Registratie Niet Ingezetenen (RNI)' };
// Land codes from Tabel 34 as far as we know them; only Nederland (6030) is relied upon.
const NEDERLAND = { code: '6030', omschrijving: 'Nederland' };
const BUITENLAND = [
  { land: { code: '5010', omschrijving: 'België' }, regel1: 'Grote Markt 7', regel2: '2000 Antwerpen' },
  { land: { code: '9089', omschrijving: 'Duitsland' }, regel1: 'Hauptstraße 12', regel2: '48149 Münster' },
  { land: { code: '5002', omschrijving: 'Frankrijk' }, regel1: '3 rue de la Paix', regel2: '75002 Paris' },
];

const VOORNAMEN_M = ['Daan', 'Sem', 'Noah', 'Lucas', 'Levi', 'Finn', 'Luuk', 'Milan', 'Bram', 'Mees', 'Thijs', 'Jesse', 'Ruben', 'Sven', 'Adam', 'Yusuf', 'Mohammed', 'Ibrahim', 'Thomas', 'Tim', 'Jens', 'Lars', 'Gijs', 'Stijn', 'Teun', 'Hugo', 'Olivier', 'Siem', 'Jurre', 'Bas'];
const VOORNAMEN_V = ['Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Yara', 'Eva', 'Liv', 'Lotte', 'Anna', 'Fenna', 'Noor', 'Saar', 'Lisa', 'Fleur', 'Sanne', 'Femke', 'Fatima', 'Amira', 'Ayla', 'Isa', 'Roos', 'Jasmijn', 'Lieke', 'Esmee', 'Maud', 'Iris'];
const TWEEDE_NAMEN_M = ['Johannes', 'Hendrik', 'Willem', 'Cornelis', 'Pieter', 'Jan', 'Gerrit', 'Jacobus'];
const TWEEDE_NAMEN_V = ['Maria', 'Johanna', 'Elisabeth', 'Wilhelmina', 'Geertruida', 'Catharina', 'Anna', 'Hendrika'];
const GESLACHTSNAMEN = [
  ['de', 'Jong'], ['', 'Jansen'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'], ['', 'Bakker'],
  ['', 'Visser'], ['', 'Smit'], ['', 'Meijer'], ['de', 'Boer'], ['', 'Mulder'], ['de', 'Groot'], ['', 'Bos'],
  ['', 'Vos'], ['', 'Peters'], ['', 'Hendriks'], ['van', 'Leeuwen'], ['', 'Dekker'], ['', 'Brouwer'],
  ['de', 'Wit'], ['', 'Dijkstra'], ['de', 'Graaf'], ['van der', 'Meer'], ['van der', 'Linden'], ['', 'Kok'],
  ['de', 'Haan'], ['', 'Vermeulen'], ['van den', 'Heuvel'], ['van der', 'Veen'], ['van den', 'Broek'],
  ['de', 'Bruijn'], ['van der', 'Heijden'], ['', 'Schouten'], ['van', 'Beek'], ['', 'Willems'], ['van', 'Vliet'],
  ['van de', 'Ven'], ['', 'Hoekstra'], ['', 'Maas'], ['', 'Koster'], ['van', 'Dam'], ['van der', 'Wal'],
  ['', 'Prins'], ['', 'Huisman'], ['ter', 'Horst'], ['', 'Kamphuis'], ['', 'Oosterhof'], ['', 'Wolters'],
  ['', 'Yilmaz'], ['', 'Kaya'], ['', 'Bouzid'], ['', 'Nguyen'], ['', 'Hofman'], ['', 'Lubbers'],
];
const STRATEN = ['Dorpsstraat', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianalaan', 'Beatrixstraat', 'Wilhelminastraat', 'Oranjestraat', 'Nieuwstraat', 'Kastanjelaan', 'Eikenlaan', 'Berkenlaan', 'Lindenlaan', 'Beukenlaan', 'Esdoornstraat', 'Tulpstraat', 'Rozenstraat', 'Merelstraat', 'Lijsterstraat', 'Vinkenstraat', 'Zwanenlaan', 'Parkweg', 'Emmastraat', 'Prins Bernhardlaan', 'Burgemeester de Vriesstraat', 'Havenstraat', 'IJsseldijk', 'Veldweg', 'Hoofdstraat', 'Brink', 'Torenstraat', 'Van Goghstraat', 'Rembrandtlaan', 'Vermeerstraat', 'Thorbeckegracht', 'Sportlaan', 'Zonnebloemstraat', 'Klaverweide', 'Esch'];
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const POSTCODE_LETTERS = [...'ABCDEGHJKLMNPRSTVWXZ'];

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

/**
 * Sequential BSNs that pass the elfproef: the 8-digit prefix counts up from `start` and the
 * ninth digit is computed; a prefix whose check digit would be 10 is skipped.
 */
export function bsnTeller(start) {
  let prefix = start;
  return () => {
    for (;;) {
      const cijfers = String(prefix).padStart(8, '0');
      prefix += 1;
      let som = 0;
      for (let i = 0; i < 8; i += 1) som += Number(cijfers[i]) * (9 - i);
      const controle = som % 11;
      if (controle < 10) return `${cijfers}${controle}`;
    }
  };
}

function dagVan(iso) {
  const dag = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAG_MS) : Number.NaN;
  if (Number.isNaN(dag) || isoVan(dag) !== iso) throw new Error('peildatum moet een bestaande datum JJJJ-MM-DD zijn');
  return dag;
}

function isoVan(dag) {
  return new Date(dag * DAG_MS).toISOString().slice(0, 10);
}

// Formatting a date is the generator's hot spot; a population spans only ~10k distinct days.
const DATUM_CACHE = new Map();
function datumDelen(dag) {
  let delen = DATUM_CACHE.get(dag);
  if (delen === undefined) {
    const iso = isoVan(dag);
    const [jaar, maand, d] = iso.split('-').map(Number);
    delen = { iso, jaar, maand, dag: d, langFormaat: `${d} ${MAANDEN[maand - 1]} ${jaar}` };
    DATUM_CACHE.set(dag, delen);
  }
  return delen;
}

function datum(dag) {
  const { iso, langFormaat } = datumDelen(dag);
  return { type: 'Datum', datum: iso, langFormaat };
}

function volledigeNaam(naam) {
  return [naam.voornamen, naam.voorvoegsel, naam.geslachtsnaam].filter(Boolean).join(' ');
}

const GESLACHT = { M: { code: 'M', omschrijving: 'man' }, V: { code: 'V', omschrijving: 'vrouw' }, O: { code: 'O', omschrijving: 'onbekend' } };

/**
 * Yields `aantal` Haal Centraal persons. Options: `gemeenten` (CBS codes, default ['0193']),
 * `peildatum` (YYYY-MM-DD, default today), `seed` (default 1).
 * @param {{ aantal: number, gemeenten?: string[], peildatum?: string, seed?: number }} opties
 */
export function* genereerPersonen({ aantal, gemeenten = ['0193'], peildatum = new Date().toISOString().slice(0, 10), seed = 1 }) {
  if (!Number.isInteger(aantal) || aantal < 0) throw new Error('aantal moet een geheel getal ≥ 0 zijn');
  if (gemeenten.length === 0 || gemeenten.some((g) => !/^\d{4}$/.test(g) || g === RNI.code)) {
    throw new Error('gemeenten moeten CBS-codes van 4 cijfers zijn (niet 1999)');
  }
  const random = prng(seed);
  const kies = (lijst) => lijst[Math.floor(random() * lijst.length)];
  const tussen = (van, tot) => van + Math.floor(random() * (tot - van + 1));
  const volgendePersoonBsn = bsnTeller(BSN_START_PERSONEN);
  const volgendeOuderBsn = bsnTeller(BSN_START_OUDERS);
  const peildag = dagVan(peildatum);
  const [pj, pm, pd] = peildatum.split('-').map(Number);
  // Born after this day = at most 25 on the peildatum; the range is exactly 26 birth years long.
  const vroegsteGeboorte = Math.floor(Date.UTC(pj - 26, pm - 1, pd) / DAG_MS) + 1;
  const leeftijdOp = (geboortedag) => {
    const { jaar: gj, maand: gm, dag: gd } = datumDelen(geboortedag);
    return pj - gj - (pm < gm || (pm === gm && pd < gd) ? 1 : 0);
  };
  let bagTeller = 0;

  const maakNaam = (geslacht, achternaam) => {
    const lijst = geslacht === 'M' ? VOORNAMEN_M : geslacht === 'V' ? VOORNAMEN_V : random() < 0.5 ? VOORNAMEN_M : VOORNAMEN_V;
    const tweede = geslacht === 'M' ? TWEEDE_NAMEN_M : TWEEDE_NAMEN_V;
    const voornamen = random() < 0.45 ? `${kies(lijst)} ${kies(tweede)}` : kies(lijst);
    const [voorvoegsel, geslachtsnaam] = achternaam;
    return voorvoegsel ? { voornamen, voorvoegsel, geslachtsnaam } : { voornamen, geslachtsnaam };
  };
  const maakAdres = (gemeente, vanafDag) => {
    const info = GEMEENTEN[gemeente] ?? { naam: `Gemeente ${gemeente}`, woonplaatsen: [`Woonplaats ${gemeente}`], postcode: [1000, 9999] };
    bagTeller += 1;
    const volgnummer = String(bagTeller).padStart(10, '0');
    const letters = (() => {
      for (;;) {
        const paar = `${kies(POSTCODE_LETTERS)}${kies(POSTCODE_LETTERS)}`;
        if (!['SA', 'SD', 'SS'].includes(paar)) return paar;
      }
    })();
    const verblijfadres = { officieleStraatnaam: kies(STRATEN), huisnummer: tussen(1, 250) };
    if (random() < 0.08) verblijfadres.huisletter = kies(['A', 'B', 'C', 'D']);
    if (random() < 0.05) verblijfadres.huisnummertoevoeging = kies(['1', '2', 'bis', 'II']);
    verblijfadres.postcode = `${tussen(info.postcode[0], info.postcode[1])}${letters}`;
    verblijfadres.woonplaats = kies(info.woonplaatsen);
    return {
      type: 'Adres',
      verblijfadres,
      adresseerbaarObjectIdentificatie: `${gemeente}01${volgnummer}`,
      nummeraanduidingIdentificatie: `${gemeente}20${volgnummer}`,
      datumVan: datum(vanafDag),
    };
  };

  let gemaakt = 0;
  while (gemaakt < aantal) {
    // One household: 1–3 children in this file, their parents, one address, one kind of gezag.
    const r = random();
    const aantalKinderen = Math.min(aantal - gemaakt, r < 0.45 ? 1 : r < 0.85 ? 2 : 3);
    const gemeente = kies(gemeenten);
    const gemeenteInfo = GEMEENTEN[gemeente] ?? { naam: `Gemeente ${gemeente}` };
    const rni = random() < 0.005;
    const geborenInGemeente = random() < 0.7;
    const tweeOuders = random() < 0.95;
    const achternaamMoeder = kies(GESLACHTSNAMEN);
    const achternaamVader = kies(GESLACHTSNAMEN);
    const achternaamKind = tweeOuders && random() < 0.8 ? achternaamVader : achternaamMoeder;
    const geboortedagen = Array.from({ length: aantalKinderen }, () => vroegsteGeboorte + Math.floor(random() * (peildag - vroegsteGeboorte + 1)));
    const oudste = Math.min(...geboortedagen);
    const verhuisdag = oudste + Math.floor(random() * (peildag - oudste + 1));
    const adres = rni ? undefined : maakAdres(gemeente, geborenInGemeente ? oudste : verhuisdag);
    const buitenland = kies(BUITENLAND);

    const ouders = [];
    const moeder = { bsn: volgendeOuderBsn(), naam: maakNaam('V', achternaamMoeder), geslacht: 'V', aanduiding: '1' };
    ouders.push(moeder);
    if (tweeOuders) ouders.push({ bsn: volgendeOuderBsn(), naam: maakNaam('M', achternaamVader), geslacht: 'M', aanduiding: '2' });
    const gezagOuder = (ouder) => ({ burgerservicenummer: ouder.bsn, naam: { volledigeNaam: volledigeNaam(ouder.naam) } });
    const g = random();
    const gezagSoort = tweeOuders
      ? g < 0.85 ? 'GezamenlijkOuderlijkGezag' : g < 0.94 ? 'EenhoofdigOuderlijkGezag' : g < 0.97 ? 'Voogdij' : g < 0.99 ? 'GezagNietTeBepalen' : 'TijdelijkGeenGezag'
      : g < 0.95 ? 'EenhoofdigOuderlijkGezag' : 'Voogdij';
    const eenhoofdigOuder = tweeOuders && random() < 0.3 ? ouders[1] : moeder;
    const voogd = gezagSoort === 'Voogdij' && random() < 0.5 ? { bsn: volgendeOuderBsn(), naam: maakNaam('V', kies(GESLACHTSNAMEN)) } : undefined;

    for (const geboortedag of geboortedagen) {
      const bsn = volgendePersoonBsn();
      const s = random();
      const geslacht = s < 0.001 ? 'O' : s < 0.5 ? 'M' : 'V';
      const naam = maakNaam(geslacht, achternaamKind);
      const geboorteplaats = geborenInGemeente || rni ? [gemeente, gemeenteInfo.naam] : kies(GEBOORTEGEMEENTEN);
      const persoon = {
        burgerservicenummer: bsn,
        naam,
        geslacht: GESLACHT[geslacht],
        geboorte: { datum: datum(geboortedag), plaats: { code: geboorteplaats[0], omschrijving: geboorteplaats[1] }, land: NEDERLAND },
        nationaliteiten: [{ type: 'Nationaliteit', nationaliteit: { code: '0001', omschrijving: 'Nederlandse' } }],
      };
      if (rni) {
        persoon.gemeenteVanInschrijving = RNI;
        persoon.verblijfplaats = { type: 'VerblijfplaatsBuitenland', verblijfadres: { regel1: buitenland.regel1, regel2: buitenland.regel2, land: buitenland.land }, datumVan: datum(Math.max(geboortedag, verhuisdag)) };
      } else {
        const inschrijfdag = geborenInGemeente ? geboortedag : Math.max(geboortedag, verhuisdag);
        persoon.gemeenteVanInschrijving = { code: gemeente, omschrijving: gemeenteInfo.naam };
        persoon.datumInschrijvingInGemeente = datum(inschrijfdag);
        // Young adults often live on their own; the rest share the household address.
        const eigenAdres = leeftijdOp(geboortedag) >= 19 && random() < 0.4;
        persoon.verblijfplaats = eigenAdres
          ? maakAdres(gemeente, Math.max(inschrijfdag, peildag - tussen(30, 900)))
          : { ...adres, datumVan: datum(Math.max(geboortedag, dagVan(adres.datumVan.datum))) };
      }
      persoon.ouders = ouders.map((ouder) => ({
        burgerservicenummer: ouder.bsn,
        naam: ouder.naam,
        geslacht: GESLACHT[ouder.geslacht],
        ouderAanduiding: ouder.aanduiding,
      }));
      const overleden = random() < 0.01;
      if (leeftijdOp(geboortedag) < 18 && !overleden) {
        const relatie = { type: gezagSoort, minderjarige: { burgerservicenummer: bsn } };
        if (gezagSoort === 'GezamenlijkOuderlijkGezag') relatie.ouders = ouders.map(gezagOuder);
        if (gezagSoort === 'EenhoofdigOuderlijkGezag') relatie.ouder = gezagOuder(eenhoofdigOuder);
        if (gezagSoort === 'Voogdij') relatie.derden = voogd ? [{ type: 'BekendeDerde', ...gezagOuder(voogd) }] : [];
        if (gezagSoort === 'GezagNietTeBepalen') relatie.toelichting = 'gezag is niet te bepalen omdat de relatie tussen ouder(s) en minderjarige onduidelijk is';
        persoon.gezag = [relatie];
      }
      if (overleden) {
        const overlijdensdag = geboortedag + Math.floor(random() * (peildag - geboortedag + 1));
        persoon.overlijden = rni
          ? { datum: datum(overlijdensdag), land: buitenland.land }
          : { datum: datum(overlijdensdag), plaats: { code: gemeente, omschrijving: gemeenteInfo.naam }, land: NEDERLAND };
      }
      yield persoon;
      gemaakt += 1;
    }
  }
}

/**
 * Writes the persons as NDJSON to `out` (a path, or a writable stream such as process.stdout).
 * @returns {Promise<{ aantal: number }>}
 */
export async function schrijfPersonenNdjson({ out, ...opties }) {
  const stream = typeof out === 'string' ? createWriteStream(out, { encoding: 'utf8' }) : out;
  let buffer = [];
  let aantal = 0;
  for (const persoon of genereerPersonen(opties)) {
    buffer.push(JSON.stringify(persoon));
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
      peildatum: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    process.stderr.write('gebruik: node tools/brp-simulator/genereer.mjs --out <bestand.ndjson|-> [--aantal 1000] [--gemeenten 0193,0166] [--peildatum JJJJ-MM-DD] [--seed 1]\n');
    process.exit(2);
  }
  const begin = Date.now();
  const { aantal } = await schrijfPersonenNdjson({
    out: values.out === '-' ? process.stdout : values.out,
    aantal: Number(values.aantal),
    gemeenten: values.gemeenten.split(',').map((g) => g.trim()).filter(Boolean),
    peildatum: values.peildatum,
    seed: Number(values.seed),
  });
  if (values.out !== '-') process.stderr.write(`${aantal} personen geschreven naar ${values.out} in ${Date.now() - begin} ms\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((fout) => {
    process.stderr.write(`genereer: ${fout instanceof Error ? fout.message : String(fout)}\n`);
    process.exit(1);
  });
}
