import {
  BRIEF_ALINEAS,
  BRIEF_SJABLONEN,
  BRIEF_SJABLOON_VELDEN,
  BRIEVEN_ZONDER_JONGERE,
  InstructieRegister,
  renderBrief,
  type BriefSjabloon,
  type GemeenteInstructie,
} from '@leerrecht/shared/util-instructie';
import { renderBriefPdf } from './index';
import { leesPdfs } from './testing';

const plat = (tekst: string): string => tekst.replace(/\s+/g, ' ').trim();

/** A letter filled as the verlof-vrijstelling letter service fills it, with sample values for the template's own fields. */
function tekstVan(g: GemeenteInstructie, sjabloon: BriefSjabloon): string {
  const { brieven } = g.regels;
  const alinea = { bezwaartermijn: '6 weken', bezwaarUiterlijk: '14 april 2026', bezwaarAdres: g.briefhoofd.bezwaarAdres, eersteVerlofdag: '9 maart 2026', beslisUiterlijk: '28 april 2026' };
  const waarden: Record<string, string> = {
    ...Object.fromEntries((BRIEF_SJABLOON_VELDEN[sjabloon] as readonly string[]).map((veld) => [veld, `voorbeeld ${veld}`])),
    gemeenteNaam: g.gemeenteNaam,
    datum: '3 maart 2026',
    kenmerk: 'VR-1A2B3C4D',
    geadresseerde: 'Fam. Çelik',
    adres: 'Voorbeeldstraat 1, 1234 AB Voorbeeld',
    aanhef: 'ouder(s)/verzorger(s)',
    ondertekening: renderBrief(brieven.ondertekening.waarde, { gemeenteNaam: g.gemeenteNaam }),
    medewerkerNaam: g.briefhoofd.ondertekenaar.naam,
    medewerkerFunctie: g.briefhoofd.ondertekenaar.functie,
    contactgegevens: g.briefhoofd.contact,
    bezwaarclausule: renderBrief(brieven.bezwaarclausule.waarde, alinea),
    waarschuwingKorteTermijn: renderBrief(brieven.verlofWaarschuwingKorteTermijn.waarde, alinea),
    ...(BRIEVEN_ZONDER_JONGERE.includes(sjabloon) ? {} : { jongereNaam: 'Zoë Çelik', geboortedatum: '1 mei 2014' }),
  };
  return renderBrief(brieven[sjabloon].waarde, waarden);
}

describe('every verlof-vrijstelling letter of every profile as PDF', () => {
  const register = InstructieRegister.laad();
  // One gemeente per profile: the texts are the profile's; the letterhead is the gemeente's.
  const perProfiel = register.profielen().map((p) => register.voorGemeente(p.gemeenten[0]?.code ?? ''));
  const brieven = BRIEF_SJABLONEN.filter((s) => !BRIEF_ALINEAS.includes(s));

  it.each(perProfiel.map((g) => [g.profiel, g] as const))('%s: letterhead, gemeente and text come out of the PDF', async (_profiel, g) => {
    const teksten = brieven.map((sjabloon) => tekstVan(g, sjabloon));
    const pdfs = await Promise.all(
      teksten.map((tekst, i) =>
        renderBriefPdf(
          { briefhoofd: g.briefhoofd, titel: /^Betreft: (.+)$/m.exec(tekst)?.[1] ?? String(brieven[i]), kenmerk: 'VR-1A2B3C4D', tekst, afschriftAan: ['De directeur van De Regenboog'] },
          { aangemaaktOp: new Date('2026-03-03T09:30:00Z') },
        ),
      ),
    );
    const gelezen = await leesPdfs(pdfs);
    gelezen.forEach((pdf, i) => {
      const sjabloon = brieven[i];
      const tekst = plat(pdf.tekst);
      expect({ sjabloon, logo: tekst.startsWith(g.briefhoofd.logoTekst) }).toEqual({ sjabloon, logo: true });
      expect({ sjabloon, gemeente: tekst.includes(`${g.gemeenteNaam}, 3 maart 2026`) }).toEqual({ sjabloon, gemeente: true });
      expect({ sjabloon, ondertekenaar: tekst.includes(g.briefhoofd.ondertekenaar.naam) }).toEqual({ sjabloon, ondertekenaar: true });
      expect(tekst).toContain(`pagina 1 van ${pdf.paginas.length}`);
      // The whole letter reaches the PDF, paragraph by paragraph, also across a page break.
      const zonderVoet = plat(pdf.paginas.map((p) => plat(p).replace(/Ons kenmerk: VR-1A2B3C4D pagina \d+ van \d+$/, '')).join(' '));
      expect({ sjabloon, afschrift: zonderVoet.endsWith('Afschrift aan: De directeur van De Regenboog') }).toEqual({ sjabloon, afschrift: true });
      for (const alinea of (teksten[i] ?? '').split('\n\n').map(plat).filter((a) => a !== '')) {
        expect({ sjabloon, alinea, gevonden: plat(zonderVoet).includes(alinea) }).toMatchObject({ gevonden: true });
      }
    });
  });
});
