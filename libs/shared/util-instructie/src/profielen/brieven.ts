/*
 * Letter texts shared by the profiles. No source gives letter wording (not in sources); these are
 * concept texts for the gemeente to adopt, which is why every profile marks them aan-te-leveren.
 * Each profile passes in the sentence that differs (what follows an unanswered second letter,
 * how firm the feedback term is). Placeholders are filled by renderBrief; {{ondertekening}} is
 * the rendered brieven.ondertekening of the same profile.
 */

/** Letters go out on behalf of the college (Lpw art 19; art 22 lid 1 "vanwege burgemeester en wethouders"). */
export const ONDERTEKENING = 'namens het college van burgemeester en wethouders van {{gemeenteNaam}}';

const AFSLUITING = [
  'Heeft u vragen? Neem dan contact op via {{contactgegevens}}.',
  '',
  'Met vriendelijke groet,',
  '{{ondertekening}},',
  '',
  '{{medewerkerNaam}}',
  '{{medewerkerFunctie}}',
].join('\n');

function briefAanOuders(betreft: string, alineas: readonly string[]): string {
  return [
    '{{gemeenteNaam}}, {{datum}}',
    '',
    'Aan: {{ouderNamen}}',
    '{{adres}}',
    '',
    `Betreft: ${betreft}`,
    'Ons kenmerk: {{kenmerk}}',
    '',
    'Geachte {{aanhef}},',
    '',
    ...alineas.flatMap((alinea) => [alinea, '']),
    AFSLUITING,
  ].join('\n');
}

/** First letter of the enrolment check (Lpw art 19): asks for a reply within the reactietermijn. */
export function absoluutVerzuimEersteBrief(): string {
  return briefAanOuders('inschrijving van {{jongereNaam}}, geboren op {{geboortedatum}}', [
    'Uit onze leerlingenadministratie blijkt dat {{jongereNaam}} niet als leerling staat ingeschreven op een school of onderwijsinstelling. Ook is ons geen vrijstelling bekend. Volgens de Leerplichtwet 1969 zorgt u ervoor dat {{jongereNaam}} staat ingeschreven en de school of instelling geregeld bezoekt (artikel 2, eerste lid, en artikel 4a).',
    'Misschien gaat het om een administratieve fout. Wilt u ons binnen {{reactietermijn}} na de datum van deze brief laten weten op welke school of instelling {{jongereNaam}} staat ingeschreven, of waarom {{jongereNaam}} niet staat ingeschreven? Stuur een bewijs van inschrijving mee als u dat heeft. Wij controleren de inschrijving bij de school of instelling.',
  ]);
}

/** Second letter; `vervolg` says what happens when this one is not answered either (per profile). */
export function absoluutVerzuimTweedeBrief(vervolg: string): string {
  return briefAanOuders('tweede verzoek: inschrijving van {{jongereNaam}}, geboren op {{geboortedatum}}', [
    'Op {{datumEersteBrief}} hebben wij u gevraagd ons te laten weten op welke school of instelling {{jongereNaam}} staat ingeschreven. Wij hebben geen reactie van u ontvangen en volgens onze gegevens staat {{jongereNaam}} nog steeds niet ingeschreven.',
    'Wij vragen u daarom opnieuw om ons binnen {{reactietermijn}} na de datum van deze brief te laten weten op welke school of instelling {{jongereNaam}} staat ingeschreven, of waarom {{jongereNaam}} niet staat ingeschreven.',
    vervolg,
  ]);
}

/**
 * To the parents when a school deregistered the youth without a new school and cannot tell where
 * the youth went (000 art 3 lid 8; 001 §2.1: "schriftelijk contact met de ouders").
 */
export function uitschrijvingZonderBestemmingBrief(): string {
  return briefAanOuders('uitschrijving van {{jongereNaam}}, geboren op {{geboortedatum}}', [
    '{{schoolNaam}} heeft ons laten weten dat {{jongereNaam}} per {{uitgeschrevenOp}} niet meer op die school staat ingeschreven. Een inschrijving op een andere school of instelling is ons niet bekend, en de school kon ons niet vertellen waar {{jongereNaam}} nu naar school gaat.',
    'Volgens de Leerplichtwet 1969 moet {{jongereNaam}} staan ingeschreven op een school of instelling zolang de leerplicht of kwalificatieplicht geldt. Wilt u ons binnen {{reactietermijn}} na de datum van deze brief laten weten op welke school of instelling {{jongereNaam}} nu staat ingeschreven? Stuur een bewijs van inschrijving mee als u dat heeft.',
  ]);
}

/**
 * Acknowledgement to whoever filed a melding outside DUO ROD (e.g. the paper kennisgeving of a
 * non-funded school, 000 art 6 lid 1); DUO ROD itself gets the action feedback, not a letter.
 * Names no more of the youth than the melder already sent (data minimisation).
 */
export function ontvangstbevestigingVerzuimmelding(termijnZin: string, extra: readonly string[] = []): string {
  return [
    '{{gemeenteNaam}}, {{datum}}',
    '',
    'Aan: {{melderNaam}}, {{schoolNaam}}',
    '',
    'Betreft: ontvangst van uw melding van schoolverzuim',
    'Ons kenmerk: {{kenmerk}}',
    '',
    'Geachte {{aanhef}},',
    '',
    `Op {{meldingsdatum}} hebben wij uw melding over het verzuim van {{leerlingNaam}} ontvangen. ${termijnZin}`,
    '',
    ...extra.flatMap((alinea) => [alinea, '']),
    AFSLUITING,
  ].join('\n');
}

/** A letter to the school (or other professional) that reported: no more of the youth than the school sent. */
function berichtAanMelder(betreft: string, alineas: readonly string[]): string {
  return [
    '{{gemeenteNaam}}, {{datum}}',
    '',
    'Aan: {{ontvanger}}',
    '',
    `Betreft: ${betreft}`,
    'Ons kenmerk: {{kenmerk}}',
    '',
    'Geachte heer/mevrouw,',
    '',
    ...alineas.flatMap((alinea) => [alinea, '']),
    AFSLUITING,
  ].join('\n');
}

/**
 * To a non-funded school that sent a paper kennisgeving: which actions the gemeente takes
 * (000 art 6 lid 1: "indien mogelijk binnen een week aan de schoolinstelling"). `termijnZin`
 * differs per profile.
 */
export function verzuimTerugkoppelingSchool(termijnZin = ''): string {
  return berichtAanMelder('uw kennisgeving van schoolverzuim van {{meldingsdatum}}', [
    `Naar aanleiding van uw kennisgeving van {{meldingsdatum}} over het verzuim van {{leerlingAanduiding}} ondernemen wij de volgende acties: {{acties}}.${termijnZin === '' ? '' : ` ${termijnZin}`}`,
  ]);
}

/** Closure letter to the parents (000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4 a). */
export function verzuimAfsluitingOuders(): string {
  return briefAanOuders('afhandeling van de melding van schoolverzuim van {{jongereNaam}}', [
    'Op {{meldingsdatum}} ontvingen wij van {{schoolNaam}} een melding van schoolverzuim van {{jongereNaam}}. Wij hebben de melding onderzocht en sluiten haar nu af: {{afsluitreden}}.',
    'Is {{jongereNaam}} opnieuw zonder geldige reden afwezig, dan meldt de school dat opnieuw en nemen wij opnieuw contact met u op.',
  ]);
}

/** Closure letter to the youth itself, from the configured age (000 art 6 lid 8: "12 jaar of ouder"). */
export function verzuimAfsluitingJongere(): string {
  return [
    '{{gemeenteNaam}}, {{datum}}',
    '',
    'Aan: {{jongereNaam}}',
    '{{adres}}',
    '',
    'Betreft: afhandeling van de melding van je schoolverzuim',
    'Ons kenmerk: {{kenmerk}}',
    '',
    'Beste {{jongereNaam}},',
    '',
    'Op {{meldingsdatum}} meldde {{schoolNaam}} dat je zonder geldige reden niet op school was. Wij hebben dat onderzocht en sluiten de melding nu af: {{afsluitreden}}.',
    '',
    'Ben je opnieuw zonder geldige reden afwezig, dan meldt de school dat opnieuw en nemen wij weer contact met je op.',
    '',
    AFSLUITING,
  ].join('\n');
}

/**
 * To the reporter and others involved in the absence: the melding is handled. `{{inhoud}}` is the
 * substantive part, which the service fills only when the parents or the youth from the consent
 * age agreed (000 art 6 lid 8); otherwise it says why there is none.
 */
export function verzuimAfhandelingsbericht(): string {
  return berichtAanMelder('afhandeling van de melding van schoolverzuim van {{meldingsdatum}}', [
    'De melding van schoolverzuim van {{leerlingAanduiding}} die wij op {{meldingsdatum}} ontvingen, is afgehandeld.',
    '{{inhoud}}',
  ]);
}
