import PDFDocument from 'pdfkit';
import { naarWinAnsi } from './win-ansi';

/** The letterhead printed at the top of the first page (instructie `gemeenten[].briefhoofd`). */
export interface PdfBriefhoofd {
  logoTekst: string;
  afdeling: string;
  postadres: string;
  contact: string;
}

export interface PdfBrief {
  briefhoofd: PdfBriefhoofd;
  /** The subject; the document title, and set in bold where the text states it ("Betreft: ..."). */
  titel: string;
  /** "Ons kenmerk", repeated in the footer of every page. */
  kenmerk: string;
  /** The rendered letter; its line breaks are kept, an empty line starts a new paragraph. */
  tekst: string;
  /** Printed as "Afschrift aan:" with one name per line at the end of the letter. */
  afschriftAan?: readonly string[];
}

export interface PdfOpties {
  /**
   * The CreationDate written into the PDF. With the same input and date the output is the same,
   * byte for byte (pdfkit derives the document ID from the info dictionary). Without it the
   * current time is used, so pass the service's clock.
   */
  aangemaaktOp?: Date;
}

const MM = 72 / 25.4;
const MARGES = { top: 20 * MM, bottom: 25 * MM, left: 25 * MM, right: 20 * MM };
const VOETREGEL_VANAF_ONDER = 14 * MM;
const GRIJS = '#555555';
const ZWART = '#000000';
const LETTER = 'Helvetica';
const VET = 'Helvetica-Bold';
const LETTERGROOTTE = 10.5;
const REGELAFSTAND = 2;

type Document = InstanceType<typeof PDFDocument>;

function verplicht(waarde: string, naam: string): string {
  if (waarde.trim() === '') {
    throw new Error(`renderBriefPdf: ${naam} ontbreekt`);
  }
  return waarde;
}

function tekstbreedte(doc: Document): number {
  return doc.page.width - MARGES.left - MARGES.right;
}

function briefhoofd(doc: Document, hoofd: PdfBriefhoofd): void {
  doc.font(VET).fontSize(16).fillColor(ZWART).text(naarWinAnsi(hoofd.logoTekst));
  doc.font(LETTER).fontSize(10).text(naarWinAnsi(hoofd.afdeling));
  doc.fontSize(8.5).fillColor(GRIJS).text(naarWinAnsi(hoofd.postadres)).text(naarWinAnsi(hoofd.contact));
  const lijn = doc.y + 6;
  doc
    .moveTo(MARGES.left, lijn)
    .lineTo(MARGES.left + tekstbreedte(doc), lijn)
    .lineWidth(0.5)
    .strokeColor(GRIJS)
    .stroke();
  doc.x = MARGES.left;
  doc.y = lijn + 8 * MM;
}

/** The paragraphs of the letter (separated by empty lines), each as its lines; empty paragraphs vanish. */
function alineasVan(tekst: string): string[][] {
  const alineas: string[][] = [[]];
  for (const regel of naarWinAnsi(tekst).split('\n').map((r) => r.trimEnd())) {
    if (regel === '') {
      alineas.push([]);
    } else {
      alineas[alineas.length - 1]?.push(regel);
    }
  }
  return alineas.filter((alinea) => alinea.length > 0);
}

/**
 * Starts a new page when a short block (a few lines, the signature, the copies) would not fit on
 * this one, so it is not split over two pages; a long paragraph may still break.
 */
function houdBijElkaar(doc: Document, hoogte: number): void {
  const onderkant = doc.page.height - doc.page.margins.bottom;
  const romphoogte = onderkant - doc.page.margins.top;
  if (hoogte <= romphoogte / 3 && doc.y + hoogte > onderkant) {
    doc.addPage();
  }
}

function blok(doc: Document, regels: readonly { tekst: string; font: string }[], x: number, breedte: number): void {
  const opties = { width: breedte, lineGap: REGELAFSTAND };
  const hoogte = regels.reduce((som, regel) => som + doc.font(regel.font).heightOfString(regel.tekst, opties), 0);
  houdBijElkaar(doc, hoogte);
  for (const regel of regels) {
    doc.font(regel.font).text(regel.tekst, x, undefined, opties);
  }
}

function romp(doc: Document, brief: PdfBrief): void {
  const breedte = tekstbreedte(doc);
  const titel = naarWinAnsi(brief.titel).trim();
  const alineas = alineasVan(brief.tekst);
  // The subject line ("Betreft: ...") is set in bold; a text that does not state it gets it on top.
  const metTitel = alineas.some((alinea) => alinea.some((regel) => regel.includes(titel)));
  let titelGezet = false;
  const metFont = (regel: string): { tekst: string; font: string } => {
    const vet = !titelGezet && regel.includes(titel);
    titelGezet ||= vet;
    return { tekst: regel, font: vet ? VET : LETTER };
  };
  doc.fillColor(ZWART).fontSize(LETTERGROOTTE);
  if (!metTitel) {
    alineas.unshift([titel]);
  }
  alineas.forEach((alinea, index) => {
    if (index > 0) doc.moveDown(1);
    blok(doc, alinea.map(metFont), MARGES.left, breedte);
  });
  const afschriften = (brief.afschriftAan ?? []).map((naam) => naarWinAnsi(naam).trim()).filter((naam) => naam !== '');
  if (afschriften.length > 0) {
    doc.moveDown(2);
    doc.fontSize(9);
    blok(doc, ['Afschrift aan:', ...afschriften.map((naam) => `    ${naam}`)].map((tekst) => ({ tekst, font: LETTER })), MARGES.left, breedte);
  }
}

/** "Ons kenmerk: ..." left and "pagina i van N" right at the foot of every page. */
function voetregels(doc: Document, kenmerk: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    const onderMarge = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - VOETREGEL_VANAF_ONDER;
    const pagina = `pagina ${i - start + 1} van ${count}`;
    doc.font(LETTER).fontSize(8).fillColor(GRIJS);
    doc.text(`Ons kenmerk: ${kenmerk}`, MARGES.left, y, { lineBreak: false });
    doc.text(pagina, MARGES.left + tekstbreedte(doc) - doc.widthOfString(pagina), y, { lineBreak: false });
    doc.page.margins.bottom = onderMarge;
  }
}

/**
 * A letter as PDF: A4, Helvetica (WinAnsi, see naarWinAnsi), the gemeente's letterhead at the top
 * of the first page, the text with its line breaks, "Afschrift aan:" at the end when given, and
 * "Ons kenmerk" with "pagina i van N" at the foot of every page.
 */
export async function renderBriefPdf(brief: PdfBrief, opties: PdfOpties = {}): Promise<Buffer> {
  const kenmerk = naarWinAnsi(verplicht(brief.kenmerk, 'kenmerk')).trim();
  verplicht(brief.titel, 'titel');
  verplicht(brief.tekst, 'tekst');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGES,
    bufferPages: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: brief.titel,
      Subject: `Ons kenmerk: ${brief.kenmerk}`,
      Author: brief.briefhoofd.logoTekst,
      Creator: 'Leerrecht',
      Producer: 'Leerrecht (pdfkit)',
      CreationDate: opties.aangemaaktOp ?? new Date(),
    },
  });
  const klaar = new Promise<Buffer>((resolve, reject) => {
    const stukken: Uint8Array[] = [];
    doc.on('data', (stuk: Uint8Array) => stukken.push(stuk));
    doc.on('end', () => resolve(Buffer.concat(stukken)));
    doc.on('error', reject);
  });
  briefhoofd(doc, brief.briefhoofd);
  romp(doc, brief);
  voetregels(doc, kenmerk);
  doc.end();
  return klaar;
}
