import type { TermijnEenheid, TermijnWaarde } from './instructie.schema';

/** Singular forms; the plural is the unit's own name (the sources keep units as stated, README §2). */
const ENKELVOUD: Readonly<Record<TermijnEenheid, string>> = {
  werkdagen: 'werkdag',
  schooldagen: 'schooldag',
  kalenderdagen: 'kalenderdag',
  weken: 'week',
  maanden: 'maand',
  jaren: 'jaar',
};

/** Dutch text of a term as it goes into a letter: "10 werkdagen", "1 week". Accepts a Termijn too. */
export function beschrijfTermijn(termijn: TermijnWaarde): string {
  const eenheid = termijn.aantal === 1 ? ENKELVOUD[termijn.eenheid] : termijn.eenheid;
  return `${termijn.aantal} ${eenheid}`;
}

/** A placeholder is exactly `{{naam}}`: a letter, then letters or digits; no spaces. */
const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)\}\}/g;

/**
 * The placeholder names of a letter template, each once, in order of first use. Throws when the
 * template holds a malformed placeholder (a stray `{{` or `}}`), because such text would reach a
 * parent unfilled.
 */
export function sjabloonVelden(sjabloon: string): string[] {
  const rest = sjabloon.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    throw new Error('ongeldige placeholder in brief: gebruik {{naam}} (letters en cijfers, zonder spaties)');
  }
  const namen: string[] = [];
  for (const match of sjabloon.matchAll(PLACEHOLDER)) {
    const naam = match[1];
    if (naam !== undefined && !namen.includes(naam)) {
      namen.push(naam);
    }
  }
  return namen;
}

/**
 * Fills every `{{naam}}` of a letter template. Refuses to produce a letter with a gap: a
 * placeholder without a value is an error naming it, so no letter leaves with "{{...}}" in it.
 * Values are inserted as they are, in one pass (a value containing "{{x}}" is not filled again).
 */
export function renderBrief(sjabloon: string, waarden: Readonly<Record<string, string>>): string {
  const ontbrekend = sjabloonVelden(sjabloon).filter((naam) => !Object.hasOwn(waarden, naam));
  if (ontbrekend.length > 0) {
    throw new Error(`brief onvolledig: geen waarde voor ${ontbrekend.map((naam) => `{{${naam}}}`).join(', ')}`);
  }
  return sjabloon.replace(PLACEHOLDER, (_match, naam: string) => waarden[naam] ?? '');
}
