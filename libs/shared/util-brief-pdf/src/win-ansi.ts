/*
 * The standard PDF fonts (Helvetica) encode text as WinAnsi (Windows-1252): enough for Dutch
 * (ë, é, ï, ü, ĳ written as ij) and most West-European names, but not for every name a letter may
 * carry. pdfkit writes a character outside WinAnsi as a wrong glyph, so such characters are
 * transliterated first: the letter shows "Sahin" for "Şahin" rather than garbage.
 */

/** The characters of Windows-1252 in 0x80–0x9F, by Unicode code point. */
const WIN_ANSI_80_9F = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c,
  0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

/** Letters without a decomposition to a WinAnsi base letter, and typographic variants. */
const VERVANGING: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ə: 'e',
  Ə: 'E',
  ẞ: 'SS',
  ĸ: 'k',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\t': '    ',
};

function inWinAnsi(codepunt: number): boolean {
  return codepunt === 0x0a || (codepunt >= 0x20 && codepunt <= 0x7e) || (codepunt >= 0xa0 && codepunt <= 0xff) || WIN_ANSI_80_9F.has(codepunt);
}

/**
 * The text with every character the standard fonts can show kept, letters with diacritics outside
 * WinAnsi reduced to their base letter (ş → s, ł → l), invisible control and zero-width characters
 * dropped, and anything else written as "?". Line breaks stay.
 */
export function naarWinAnsi(tekst: string): string {
  let uit = '';
  for (const teken of tekst.replace(/\r\n?/g, '\n').normalize('NFC')) {
    const codepunt = teken.codePointAt(0) ?? 0;
    if (inWinAnsi(codepunt)) {
      uit += teken;
    } else if (Object.hasOwn(VERVANGING, teken)) {
      uit += VERVANGING[teken];
    } else if (codepunt < 0x20 || (codepunt >= 0x7f && codepunt < 0xa0) || /[\u200b-\u200d\u2060\ufeff]/u.test(teken)) {
      // control and zero-width characters: nothing to print
    } else {
      const basis = teken.normalize('NFD').replace(/\p{M}/gu, '');
      uit += basis !== '' && [...basis].every((c) => inWinAnsi(c.codePointAt(0) ?? 0)) ? basis : '?';
    }
  }
  return uit;
}
