import { naarWinAnsi, renderBriefPdf, type PdfBrief } from './index';
import { leesPdf, leesPdfTekst } from './testing';

const AANGEMAAKT = new Date('2026-03-03T09:30:00Z');

/** Line breaks from wrapping are not the letter's own: compare text with its whitespace collapsed. */
const plat = (tekst: string): string => tekst.replace(/\s+/g, ' ').trim();

const ALINEA =
  'Wij hebben uw aanvraag voor verlof voor Zoë Müller ontvangen. Over verlof van meer dan tien schooldagen beslist de leerplichtambtenaar, nadat de directeur van de school is gehoord (artikel 14, derde lid, van de Leerplichtwet 1969). Dit is een lange alinea, zodat de brief over meerdere pagina’s loopt.';

function brief(extra: Partial<PdfBrief> = {}): PdfBrief {
  return {
    briefhoofd: {
      logoTekst: 'Gemeente Zwolle',
      afdeling: 'Team Leerplicht/Doorstroompunt regio IJssel-Vecht',
      postadres: 'Postbus 1234, 8000 AB Zwolle',
      contact: 'telefoon 038 000 00 00, leerplicht@zwolle.example',
    },
    titel: 'uw aanvraag voor verlof voor Zoë Müller',
    kenmerk: 'VL-1A2B3C4D',
    tekst: [
      'Zwolle, 3 maart 2026',
      '',
      'Aan: de heer en mevrouw Müller',
      'Voorbeeldstraat 1, 8000 AA Zwolle',
      '',
      'Betreft: uw aanvraag voor verlof voor Zoë Müller',
      'Ons kenmerk: VL-1A2B3C4D',
      '',
      'Geachte ouder(s)/verzorger(s),',
      '',
      ...Array.from({ length: 12 }, (_, i) => [`${i + 1}. ${ALINEA}`, '']).flat(),
      'Met vriendelijke groet,',
      'namens het college van burgemeester en wethouders van Zwolle,',
      '',
      'J. de Boer',
      'leerplichtambtenaar',
    ].join('\n'),
    afschriftAan: ['De directeur van De Regenboog', 'Dossier'],
    ...extra,
  };
}

describe('renderBriefPdf', () => {
  it('writes an A4 letter with letterhead, text, copies and page numbers that a PDF reader can read back', async () => {
    const pdf = await renderBriefPdf(brief(), { aangemaaktOp: AANGEMAAKT });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');

    const gelezen = await leesPdf(pdf);
    expect(gelezen.paginas.length).toBeGreaterThanOrEqual(2);
    const aantal = gelezen.paginas.length;
    const [eerste, ...rest] = gelezen.paginas.map(plat);
    // The letterhead on the first page, above the letter.
    expect(eerste).toMatch(/^Gemeente Zwolle Team Leerplicht\/Doorstroompunt regio IJssel-Vecht Postbus 1234, 8000 AB Zwolle telefoon 038 000 00 00, leerplicht@zwolle\.example Zwolle, 3 maart 2026/);
    for (const pagina of rest) expect(pagina).not.toContain('Postbus 1234');
    // Dutch diacritics survive (WinAnsi), and so do the typographic apostrophe and the line structure.
    expect(eerste).toContain('Betreft: uw aanvraag voor verlof voor Zoë Müller');
    expect(eerste).toContain('Aan: de heer en mevrouw Müller');
    expect(gelezen.tekst).toContain('Betreft: uw aanvraag voor verlof voor Zoë Müller\nOns kenmerk: VL-1A2B3C4D\n');
    expect(gelezen.titel).toBe('uw aanvraag voor verlof voor Zoë Müller');
    // Every paragraph, in order, whole, across the page break.
    const alles = plat(gelezen.paginas.map((p) => plat(p).replace(/Ons kenmerk: VL-1A2B3C4D pagina \d+ van \d+$/, '')).join(' '));
    let vanaf = 0;
    for (let i = 1; i <= 12; i++) {
      const positie = alles.indexOf(`${i}. ${ALINEA}`, vanaf);
      expect({ alinea: i, gevonden: positie >= 0 }).toEqual({ alinea: i, gevonden: true });
      vanaf = positie;
    }
    // Footer on every page: the reference and "pagina i van N".
    gelezen.paginas.forEach((pagina, i) => {
      expect(plat(pagina)).toContain(`Ons kenmerk: VL-1A2B3C4D`);
      expect(plat(pagina)).toContain(`pagina ${i + 1} van ${aantal}`);
    });
    // The copies at the end of the letter, after the signature.
    const laatste = plat(gelezen.paginas[aantal - 1] ?? '');
    expect(laatste).toMatch(/J\. de Boer leerplichtambtenaar Afschrift aan: De directeur van De Regenboog Dossier/);
  });

  it('is deterministic: the same letter and date give the same bytes, another date other bytes', async () => {
    const a = await renderBriefPdf(brief(), { aangemaaktOp: AANGEMAAKT });
    const b = await renderBriefPdf(brief(), { aangemaaktOp: AANGEMAAKT });
    expect(Buffer.compare(a, b)).toBe(0);
    const c = await renderBriefPdf(brief(), { aangemaaktOp: new Date('2026-03-04T09:30:00Z') });
    expect(Buffer.compare(a, c)).not.toBe(0);
  });

  it('prints no "Afschrift aan" without copies, and a one-page letter as "pagina 1 van 1"', async () => {
    const kort = brief({ tekst: 'Zwolle, 3 maart 2026\n\nBetreft: uw aanvraag voor verlof voor Zoë Müller\n\nGeachte ouder(s)/verzorger(s),', afschriftAan: [] });
    const gelezen = await leesPdf(await renderBriefPdf(kort, { aangemaaktOp: AANGEMAAKT }));
    expect(gelezen.paginas).toHaveLength(1);
    expect(plat(gelezen.tekst)).toContain('pagina 1 van 1');
    expect(gelezen.tekst).not.toContain('Afschrift aan');
  });

  it('prints the title above the text when the text does not state it', async () => {
    const zonderBetreft = brief({ titel: 'Besluit vervangende leerplicht', tekst: 'Geachte heer, mevrouw,\n\nHierbij ons besluit.', afschriftAan: undefined });
    const tekst = plat(await leesPdfTekst(await renderBriefPdf(zonderBetreft, { aangemaaktOp: AANGEMAAKT })));
    expect(tekst).toContain('leerplicht@zwolle.example Besluit vervangende leerplicht Geachte heer, mevrouw, Hierbij ons besluit.');
  });

  it('shows names outside WinAnsi by their base letters instead of wrong glyphs', async () => {
    const tekst = await leesPdfTekst(
      await renderBriefPdf(brief({ tekst: 'Aan: Kübra Şahin en Łukasz Wójcik\nBetreft: uw aanvraag voor verlof voor Zoë Müller', afschriftAan: ['Ğül Çelik'] }), { aangemaaktOp: AANGEMAAKT }),
    );
    expect(tekst).toContain('Aan: Kübra Sahin en Lukasz Wójcik');
    expect(tekst).toContain('Gül Çelik');
  });

  it('refuses a letter without reference, title or text', async () => {
    await expect(renderBriefPdf(brief({ kenmerk: ' ' }))).rejects.toThrow('kenmerk ontbreekt');
    await expect(renderBriefPdf(brief({ titel: '' }))).rejects.toThrow('titel ontbreekt');
    await expect(renderBriefPdf(brief({ tekst: '\n' }))).rejects.toThrow('tekst ontbreekt');
  });
});

describe('naarWinAnsi', () => {
  it.each([
    ['Zoë, café, naïef, één', 'Zoë, café, naïef, één'],
    ['€ 10 – “geen” ‘reden’ …', '€ 10 – “geen” ‘reden’ …'],
    ['Şahin, Łukasz, Dvořák, Nguyễn', 'Sahin, Lukasz, Dvorák, Nguyen'],
    ['e\u0301', 'é'],
    ['a\u200bb\u0007c\r\nd', 'abc\nd'],
    ['Мария', '?????'],
  ])('%j → %j', (invoer, verwacht) => {
    expect(naarWinAnsi(invoer)).toBe(verwacht);
  });
});
