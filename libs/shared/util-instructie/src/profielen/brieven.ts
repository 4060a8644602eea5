/*
 * Letter texts shared by the profiles. No source gives letter wording (not in sources); these are
 * concept texts for the gemeente to adopt, which is why every profile marks them aan-te-leveren.
 * Each profile passes in the sentence that differs (what follows an unanswered second letter,
 * how firm the feedback term is). Placeholders are filled by renderBrief; {{ondertekening}} is
 * the rendered brieven.ondertekening of the same profile.
 */

import type { Bezwaarprocedure } from '../instructie.schema';

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

/*
 * Letters of the verlof-vrijstelling service. They use only the common fields the letter service
 * fills for every letter (GEMEENSCHAPPELIJKE_BRIEFVELDEN: {{geadresseerde}} instead of
 * {{ouderNamen}}) plus the template's own fields (BRIEF_SJABLOON_VELDEN); the instructie schema
 * refuses anything else. Where a parent needs to know the rule, the text names the article.
 */

const LPW = 'de Leerplichtwet 1969';
const AWB = 'de Algemene wet bestuursrecht';

/**
 * Closing of a decision the leerplichtambtenaar takes under a power the law gives the officer
 * (Lpw art 14 lid 3: leave of more than 10 schooldagen), so not "namens het college".
 */
const AFSLUITING_LEERPLICHTAMBTENAAR = [
  'Heeft u vragen? Neem dan contact op via {{contactgegevens}}.',
  '',
  'Met vriendelijke groet,',
  '',
  '{{medewerkerNaam}}',
  '{{medewerkerFunctie}} van de gemeente {{gemeenteNaam}}',
].join('\n');

/** A letter to anyone (parents, a head of school, an expert, an authority), addressed by the letter service. */
function briefAan(betreft: string, alineas: readonly string[], afsluiting: string = AFSLUITING): string {
  return [
    '{{gemeenteNaam}}, {{datum}}',
    '',
    'Aan: {{geadresseerde}}',
    '{{adres}}',
    '',
    `Betreft: ${betreft}`,
    'Ons kenmerk: {{kenmerk}}',
    '',
    'Geachte {{aanhef}},',
    '',
    ...alineas.flatMap((alinea) => [alinea, '']),
    afsluiting,
  ].join('\n');
}

/** Receipt of a leave request of more than 10 schooldagen (000 art 5 lid 1; 003 art 5 lid 1; Awb art 4:13). */
export function verlofOntvangstbevestiging(): string {
  return briefAan('uw aanvraag voor verlof voor {{jongereNaam}}', [
    'Op {{ontvangenOp}} hebben wij uw aanvraag ontvangen voor verlof voor {{jongereNaam}}, geboren op {{geboortedatum}}, van {{eersteVerlofdag}} tot en met {{laatsteVerlofdag}} ({{aantalSchooldagen}} schooldagen). Met deze brief bevestigen wij de ontvangst.',
    `Omdat het om meer dan tien schooldagen in dit schooljaar gaat, beslist de leerplichtambtenaar over uw aanvraag, nadat de directeur van de school is gehoord (artikel 11, onder g, en artikel 14, derde lid, van ${LPW}). Verlof is alleen mogelijk wegens gewichtige omstandigheden die buiten uw wil of invloed liggen, zoals bijzondere familieomstandigheden of een medische of sociale indicatie.`,
    `U krijgt de beslissing binnen {{beslistermijn}} na ontvangst van uw aanvraag, dus uiterlijk op {{beslisUiterlijk}} (artikel 4:13 van ${AWB}). Vragen wij u om aanvullende gegevens, dan staat die termijn stil tot wij ze hebben ontvangen (artikel 4:15 van ${AWB}). Wij kunnen u en {{jongereNaam}} ook vragen uw standpunt toe te lichten.`,
    '{{waarschuwingKorteTermijn}}',
  ]);
}

/**
 * Paragraph of the receipt when the leave starts before a decision can reasonably be made
 * (000 art 5 lid 1; 003 art 5 lid 1, toelichting art 5). A paragraph has only its own fields.
 */
export function verlofWaarschuwingKorteTermijn(): string {
  return `Let op: het verlof begint op {{eersteVerlofdag}}. Dat is eerder dan redelijkerwijs over uw aanvraag kan worden beslist (uiterlijk op {{beslisUiterlijk}}). Wij behandelen uw aanvraag wel. Maar houdt u uw kind van school terwijl het verlof niet (volledig) is verleend, dan kunt u ${LPW} overtreden (artikel 2 en artikel 26). De gevolgen daarvan zijn voor uw rekening.`;
}

/** To the parents: a request of at most 10 schooldagen is forwarded to the head (Lpw art 14 lid 1; Awb art 2:3). */
export function verlofDoorzendingOuders(): string {
  return briefAan('uw aanvraag voor verlof voor {{jongereNaam}}', [
    'Wij hebben uw aanvraag ontvangen voor verlof voor {{jongereNaam}}, geboren op {{geboortedatum}}, van {{eersteVerlofdag}} tot en met {{laatsteVerlofdag}} ({{aantalSchooldagen}} schooldagen). Met het verlof dat {{jongereNaam}} eerder in dit schooljaar kreeg, gaat het om {{schooljaarSchooldagen}} schooldagen.',
    `Over verlof van ten hoogste tien schooldagen per schooljaar beslist niet de leerplichtambtenaar, maar de directeur van de school (artikel 11, onder g, en artikel 14, eerste lid, van ${LPW}). Wij hebben uw aanvraag daarom doorgestuurd naar de directeur van {{schoolNaam}} (artikel 2:3 van ${AWB}). De directeur beslist over uw aanvraag en laat u het besluit weten. U hoeft zelf niets te doen. Een volgende aanvraag voor ten hoogste tien schooldagen kunt u rechtstreeks bij de directeur indienen.`,
    'Een afschrift van deze brief sturen wij naar de directeur van {{schoolNaam}}.',
  ]);
}

/** To the head of the school: the forwarded request, with the advice offer (000 art 5 lid 1, 9; 003 art 5 lid 1, 6). */
export function verlofDoorzendingSchoolleider(): string {
  return briefAan('doorgezonden aanvraag voor verlof voor {{jongereNaam}}', [
    'Op {{ontvangenOp}} ontvingen wij van de ouders van {{jongereNaam}}, geboren op {{geboortedatum}}, leerling van {{schoolNaam}}, een aanvraag voor verlof van {{eersteVerlofdag}} tot en met {{laatsteVerlofdag}} ({{aantalSchooldagen}} schooldagen; met eerder verlof in dit schooljaar {{schooljaarSchooldagen}} schooldagen). De ouders geven als reden: {{reden}}.',
    `Over verlof van ten hoogste tien schooldagen per schooljaar beslist u als directeur van de school (artikel 11, onder g, en artikel 14, eerste lid, van ${LPW}). Wij sturen de aanvraag daarom aan u door (artikel 2:3 van ${AWB}) en vragen u erop te beslissen. De ouders hebben bericht gekregen dat hun aanvraag naar u is doorgestuurd; een afschrift van die brief ontvangt u ook.`,
    'Wilt u advies van de leerplichtambtenaar over deze aanvraag, neem dan contact met ons op. Na een advies laat u ons weten welk besluit u heeft genomen. Ook zonder advies stellen wij het op prijs als u ons uw besluit laat weten.',
  ]);
}

/** Vakantieverlof is the head's decision (Lpw art 11 onder f, 13a; 003 toelichting art 18). */
export function verlofVakantieverlofVerwijzing(): string {
  return briefAan('uw aanvraag voor vakantieverlof voor {{jongereNaam}}', [
    'Wij hebben uw aanvraag ontvangen voor verlof voor {{jongereNaam}}, geboren op {{geboortedatum}}, van {{eersteVerlofdag}} tot en met {{laatsteVerlofdag}}, om met het gezin op vakantie te gaan.',
    `Over vakantieverlof beslist de directeur van de school, niet de leerplichtambtenaar (artikel 11, onder f, en artikel 13a van ${LPW}). Vakantieverlof is alleen mogelijk als u door de specifieke aard van het beroep van een van de ouders niet in de schoolvakanties met het gezin op vakantie kunt gaan. Het wordt ten hoogste één keer per schooljaar verleend, voor ten hoogste tien schooldagen, en nooit in de eerste twee lesweken van het schooljaar. De directeur kan u vragen dit aan te tonen, bijvoorbeeld met een verklaring van de werkgever.`,
    `Wij hebben uw aanvraag daarom doorgestuurd naar de directeur van {{schoolNaam}} (artikel 2:3 van ${AWB}). De directeur beslist over uw aanvraag en laat u het besluit weten.`,
  ]);
}

/** Incomplete request: complete within the term (Awb art 4:5); the decision term is suspended (Awb art 4:15). */
export function verlofVerzoekAanvulling(): string {
  return briefAan('aanvulling van uw aanvraag voor verlof voor {{jongereNaam}}', [
    'Op {{ontvangenOp}} ontvingen wij uw aanvraag voor verlof voor {{jongereNaam}}, geboren op {{geboortedatum}}. Om over uw aanvraag te kunnen beslissen, hebben wij nog het volgende van u nodig: {{ontbrekend}}.',
    `Wilt u dit binnen {{hersteltermijn}} na de datum van deze brief, dus uiterlijk op {{aanvullenUiterlijk}}, aan ons sturen? Ontvangen wij de aanvulling niet op tijd, dan kunnen wij besluiten uw aanvraag niet te behandelen (artikel 4:5 van ${AWB}).`,
    `Tot wij de aanvulling hebben ontvangen, staat de termijn waarbinnen over uw aanvraag wordt beslist stil (artikel 4:15 van ${AWB}).`,
  ]);
}

/** The leave decision, taken by the leerplichtambtenaar (Lpw art 14 lid 3), reasoned (Awb art 3:46), with the bezwaarclausule. */
export function verlofBesluit(): string {
  return briefAan(
    'besluit op uw aanvraag voor verlof voor {{jongereNaam}}',
    [
      `Op {{ontvangenOp}} vroeg u verlof aan voor {{jongereNaam}}, geboren op {{geboortedatum}}, van {{eersteVerlofdag}} tot en met {{laatsteVerlofdag}}. Over verlof van meer dan tien schooldagen beslist de leerplichtambtenaar, op grond van een bevoegdheid die de wet de leerplichtambtenaar zelf geeft, nadat de directeur van de school is gehoord (artikel 14, derde lid, van ${LPW}).`,
      'Besluit: {{beslissing}}',
      'Wettelijke grondslag: {{grondslag}}',
      `Motivering (artikel 3:46 van ${AWB}): {{motivering}}`,
      'Een afschrift van dit besluit sturen wij naar de directeur van de school.',
      '{{bezwaarclausule}}',
    ],
    AFSLUITING_LEERPLICHTAMBTENAAR,
  );
}

/** The request is set aside: not completed in time (Awb art 4:5). */
export function verlofBuitenBehandeling(): string {
  return briefAan(
    'uw aanvraag voor verlof voor {{jongereNaam}} wordt niet behandeld',
    [
      'Op {{ontvangenOp}} ontvingen wij uw aanvraag voor verlof voor {{jongereNaam}}, geboren op {{geboortedatum}}. Wij hebben u gevraagd uw aanvraag uiterlijk op {{aanvullenUiterlijk}} aan te vullen. Wij hebben de aanvulling niet (volledig) op tijd ontvangen.',
      `Besluit: uw aanvraag wordt niet behandeld (artikel 4:5 van ${AWB}).`,
      'Wettelijke grondslag: {{grondslag}}',
      `U kunt opnieuw een volledige aanvraag indienen. Houdt u uw kind van school zonder dat er verlof is verleend, dan kunt u ${LPW} overtreden (artikel 2 en artikel 26).`,
      '{{bezwaarclausule}}',
    ],
    AFSLUITING_LEERPLICHTAMBTENAAR,
  );
}

/**
 * How the objection is handled, per instructie (000 art 5 lid 11; 001 §3.6; 003 art 5 lid 8).
 * No gemeente name: the sentence also goes into the bezwaarclausule paragraph.
 */
const BEZWAARBEHANDELING: Readonly<Record<Bezwaarprocedure, string>> = {
  'procedure-verantwoordelijke-gemeente': `Uw bezwaar wordt behandeld volgens de bezwaarprocedure van de gemeente. Voordat op uw bezwaar wordt beslist, krijgt u de gelegenheid het toe te lichten (artikel 7:2 van ${AWB}).`,
  'advies-commissie-bezwaarschriften': `Voordat op uw bezwaar wordt beslist, brengt de gemeentelijke commissie voor bezwaarschriften advies uit. De commissie nodigt u uit om uw bezwaar op een hoorzitting toe te lichten (artikel 7:2 en 7:13 van ${AWB}).`,
  'lpa-beslist-na-advies-commissie': `Voordat op uw bezwaar wordt beslist, brengt de gemeentelijke bezwaarcommissie advies uit. De commissie nodigt u uit om uw bezwaar op een hoorzitting toe te lichten (artikel 7:2 en 7:13 van ${AWB}). Gaat het om een besluit over verlof, dan beslist de leerplichtambtenaar daarna zelf op uw bezwaar: die bevoegdheid heeft de wet aan de leerplichtambtenaar toegekend (artikel 14, derde lid, van ${LPW}).`,
};

/** Paragraph: how, where and within what term to object (Awb art 3:45, 6:5, 6:7, 8:81). */
export function bezwaarclausule(procedure: Bezwaarprocedure): string {
  return [
    `Bezwaar maken: bent u het niet eens met dit besluit, dan kunt u daartegen bezwaar maken. Dat doet u binnen {{bezwaartermijn}} na de dag waarop dit besluit is verzonden, dus uiterlijk op {{bezwaarUiterlijk}} (artikel 6:7 en 6:8 van ${AWB}). Stuur uw bezwaarschrift aan: {{bezwaarAdres}}. Zet in uw bezwaarschrift ten minste uw naam en adres, de datum, het kenmerk of een omschrijving van dit besluit, waarom u het er niet mee eens bent, en uw handtekening (artikel 6:5 van ${AWB}).`,
    '',
    `${BEZWAARBEHANDELING[procedure]} Een bezwaarschrift schort de werking van dit besluit niet op. Is een snelle beslissing nodig, dan kunt u de voorzieningenrechter van de rechtbank vragen om een voorlopige voorziening (artikel 8:81 van ${AWB}).`,
  ].join('\n');
}

/** Receipt of a bezwaarschrift (Awb art 6:14) with the decision term (Awb art 7:10). */
export function bezwaarOntvangstbevestiging(procedure: Bezwaarprocedure): string {
  return briefAan('ontvangst van uw bezwaarschrift', [
    `Op {{ontvangenOp}} hebben wij uw bezwaarschrift ontvangen tegen het besluit van {{besluitDatum}} over {{besluitOnderwerp}}. Met deze brief bevestigen wij de ontvangst (artikel 6:14 van ${AWB}).`,
    '{{tijdigheid}}',
    BEZWAARBEHANDELING[procedure],
    `Op uw bezwaar wordt beslist binnen {{bezwaarBeslistermijn}} na afloop van de bezwaartermijn, dus uiterlijk op {{beslisUiterlijk}} (artikel 7:10 van ${AWB}). Lukt dat niet, dan laten wij u dat tijdig weten. Zolang niet op uw bezwaar is beslist, blijft het besluit gelden.`,
  ]);
}

/**
 * Decision on the objection (Awb art 7:11, 7:12), with the appeal clause. `rechtbank` is the
 * court of the district where the gemeente has its seat (Awb art 8:7 lid 1).
 */
export function besluitOpBezwaar(rechtbank: string): string {
  return briefAan('beslissing op uw bezwaarschrift', [
    `U heeft bezwaar gemaakt tegen het besluit van {{besluitDatum}} over {{besluitOnderwerp}}. Het besluit is op grond van uw bezwaar opnieuw bekeken (artikel 7:11 van ${AWB}).`,
    '{{advies}}',
    'Beslissing op uw bezwaar: {{beslissing}}',
    `Motivering (artikel 7:12 van ${AWB}): {{motivering}}`,
    `Beroep: bent u het niet eens met deze beslissing, dan kunt u binnen zes weken na de dag waarop zij is verzonden beroep instellen bij de ${rechtbank} (artikel 6:7, 8:1 en 8:7 van ${AWB}). Voor de behandeling van een beroep wordt griffierecht geheven. Is een snelle beslissing nodig, dan kunt u de voorzieningenrechter van de rechtbank daarnaast vragen om een voorlopige voorziening (artikel 8:81 van ${AWB}).`,
  ]);
}

/** Receipt of a kennisgeving art 6, with the date by which the parents hear whether it complies (000 art 12 lid 1; 003 art 11 lid 1). */
export function kennisgevingOntvangstbevestiging(): string {
  return briefAan('ontvangst van uw kennisgeving van vrijstelling voor {{jongereNaam}}', [
    `Op {{ontvangenOp}} ontvingen wij uw kennisgeving dat u voor {{jongereNaam}}, geboren op {{geboortedatum}}, een beroep doet op vrijstelling van de plicht om {{jongereNaam}} als leerling van een school te laten inschrijven (artikel 5 en artikel 6 van ${LPW}). U doet een beroep op deze grond: {{grond}}.`,
    'Met deze brief bevestigen wij de ontvangst. Wij onderzoeken of uw kennisgeving voldoet aan de eisen van de wet. Uiterlijk op {{berichtUiterlijk}} laten wij u weten of dat zo is. Hebben wij daarvoor meer gegevens van u nodig, dan vragen wij u daarom.',
  ]);
}

/**
 * Ground a: consent of the parents (and of the youth from 16) for the expert to consult others
 * (000 art 12 lid 3, art 14; 003 art 11 lid 2 b, art 13 lid 2). `overlegMet` differs per instructie.
 */
export function vrijstellingToestemmingsverzoek(overlegMet: string): string {
  return briefAan('toestemming voor overleg door de deskundige over {{jongereNaam}}', [
    `U heeft voor {{jongereNaam}}, geboren op {{geboortedatum}}, een beroep gedaan op vrijstelling omdat {{jongereNaam}} volgens u lichamelijk of psychisch niet geschikt is om tot een school te worden toegelaten (artikel 5, onder a, van ${LPW}). Daarvoor is een verklaring nodig van een deskundige die het college heeft aangewezen (artikel 7 van ${LPW}). Wij hebben {{deskundigeNaam}} gevraagd {{jongereNaam}} te onderzoeken.`,
    `Om een goed beeld te krijgen van de mogelijkheden van {{jongereNaam}} wil de deskundige overleggen met ${overlegMet}. Daarvoor is uw toestemming nodig. Is {{jongereNaam}} 16 jaar of ouder, dan is ook de toestemming van {{jongereNaam}} zelf nodig.`,
    'Wilt u ons laten weten of u toestemming geeft? Is {{jongereNaam}} 16 jaar of ouder, dan horen wij dat ook graag van {{jongereNaam}} zelf. Zonder toestemming doet de deskundige het onderzoek zonder dat overleg. U kunt een toestemming altijd weer intrekken.',
  ]);
}

/** Ground a: the request to the designated expert to examine the youth and state in writing (Lpw art 7; 000 art 12 lid 2; 003 art 11 lid 2 a). */
export function vrijstellingOnderzoeksverzoek(): string {
  return briefAan('verzoek om onderzoek en verklaring (artikel 7 Leerplichtwet 1969)', [
    `De ouders van {{jongereNaam}}, geboren op {{geboortedatum}}, doen een beroep op vrijstelling omdat {{jongereNaam}} lichamelijk of psychisch niet geschikt zou zijn om tot een school te worden toegelaten (artikel 5, onder a, van ${LPW}).`,
    `Het college heeft u aangewezen als deskundige (artikel 7 van ${LPW}). Wij vragen u, {{deskundigeNaam}}, {{jongereNaam}} te onderzoeken en daarover een schriftelijke verklaring af te geven. De verklaring berust op uw eigen onderzoek en vermeldt of {{jongereNaam}} geschikt is om tot een school te worden toegelaten. Wij vragen u het onderzoek uiterlijk op {{onderzoekUiterlijk}} te doen. Bent u bij de behandeling van {{jongereNaam}} betrokken, laat het ons dan direct weten, zodat wij een andere deskundige kunnen vragen.`,
    'Overleg met het samenwerkingsverband over de onderwijsmogelijkheden van {{jongereNaam}} is alleen mogelijk met toestemming van de ouders en, als {{jongereNaam}} 16 jaar of ouder is, van {{jongereNaam}} zelf. Wij laten u weten of die toestemming is gegeven.',
  ]);
}

/** Ground b: invitation to explain the objection to the orientation orally (000 art 12 lid 7; 003 art 11 lid 3). */
export function vrijstellingUitnodigingToelichting(extra: readonly string[] = []): string {
  return briefAan('uitnodiging voor een gesprek over uw kennisgeving van vrijstelling voor {{jongereNaam}}', [
    `U heeft voor {{jongereNaam}}, geboren op {{geboortedatum}}, een beroep gedaan op vrijstelling omdat u bedenkingen heeft tegen de richting van het onderwijs op alle scholen binnen redelijke afstand van uw woning (artikel 5, onder b, van ${LPW}).`,
    'Wij nodigen u uit om uw bedenkingen mondeling toe te lichten. Het gesprek is op {{gespreksdatum}} in {{gesprekslocatie}}. In het gesprek gaan wij ook na of {{jongereNaam}} eerder op een school stond ingeschreven.',
    ...extra,
    'Past de datum u niet, neem dan zo snel mogelijk contact met ons op.',
  ]);
}

/** Ground b: a longer term for the message, announced within the normal term (000 art 12 lid 6). */
export function vrijstellingVerlengingsbericht(): string {
  return briefAan('termijn voor ons bericht over uw kennisgeving van vrijstelling voor {{jongereNaam}}', [
    `U heeft voor {{jongereNaam}}, geboren op {{geboortedatum}}, een beroep gedaan op vrijstelling op grond van artikel 5, onder b, van ${LPW}. Wij hebben meer tijd nodig dan gebruikelijk om te beoordelen of uw kennisgeving voldoet aan de eisen van de wet. De reden is: {{reden}}.`,
    'Wij laten u daarom binnen {{nieuweTermijn}} weten of uw kennisgeving voldoet, dus uiterlijk op {{berichtUiterlijk}}.',
  ]);
}

/** Ground c: how and when the parents prove education abroad (000 art 12 lid 11; 003 art 11 lid 4 a). */
export function vrijstellingBewijsBuitenland(extra: readonly string[] = []): string {
  return briefAan('bewijs van onderwijs in het buitenland voor {{jongereNaam}}', [
    `U heeft voor {{jongereNaam}}, geboren op {{geboortedatum}}, een beroep gedaan op vrijstelling omdat {{jongereNaam}} staat ingeschreven op een school in het buitenland (artikel 5, onder c, van ${LPW}). Wij hebben nog geen verklaring van het hoofd van die school ontvangen waaruit blijkt dat {{jongereNaam}} daar staat ingeschreven en de school geregeld bezoekt.`,
    'Wilt u dat uiterlijk op {{bewijsUiterlijk}} aantonen? Dat kan zo: {{bewijsWijze}}.',
    ...extra,
    'Ontvangen wij het bewijs niet op tijd, dan kunnen wij niet vaststellen dat uw kennisgeving voldoet aan de eisen van de wet.',
  ]);
}

/** The kennisgeving complies: the period and the date of the next kennisgeving (Lpw art 6; 000 art 12 lid 5; 003 art 11 lid 5). */
export function vrijstellingBevestiging(): string {
  return briefAan('vrijstelling voor {{jongereNaam}}', [
    `Wij hebben uw kennisgeving voor {{jongereNaam}}, geboren op {{geboortedatum}}, beoordeeld. Uw kennisgeving voldoet aan de eisen van ${LPW}.`,
    '{{jongereNaam}} is vrijgesteld van de plicht om als leerling van een school te zijn ingeschreven, op grond van {{grondslag}} ({{grond}}). De vrijstelling geldt van {{van}} tot en met {{totEnMet}}.',
    `Wilt u daarna opnieuw een beroep doen op vrijstelling, dan moet u vóór {{volgendeKennisgevingVoor}} een nieuwe kennisgeving doen (artikel 6 van ${LPW}).`,
    'Wij registreren de vrijstelling in het register van DUO. Verandert er iets, bijvoorbeeld omdat {{jongereNaam}} toch naar school gaat, laat het ons dan weten.',
    '{{bezwaarclausule}}',
  ]);
}

/** The kennisgeving does not comply: enrol the youth before the date, and what follows if not (000 art 12 lid 8–9; 003 art 11 lid 5). */
export function vrijstellingInschrijvingsopdracht(): string {
  return briefAan('uw kennisgeving van vrijstelling voor {{jongereNaam}}: inschrijving op een school', [
    `Wij hebben uw kennisgeving voor {{jongereNaam}}, geboren op {{geboortedatum}}, beoordeeld. U doet een beroep op deze grond: {{grond}}. Uw kennisgeving voldoet niet aan de eisen van ${LPW}. De reden is: {{motivering}}`,
    `Daarom is {{jongereNaam}} niet vrijgesteld. U bent verplicht ervoor te zorgen dat {{jongereNaam}} als leerling van een school of instelling staat ingeschreven en die geregeld bezoekt (artikel 2, eerste lid, en artikel 4a van ${LPW}). Wij vragen u {{jongereNaam}} uiterlijk op {{inschrijvenUiterlijk}} in te schrijven en ons een bewijs van inschrijving te sturen.`,
    `Staat {{jongereNaam}} na die datum niet ingeschreven, dan is dat absoluut verzuim. Dat is een overtreding van ${LPW} (artikel 26), waarvan de leerplichtambtenaar proces-verbaal kan opmaken.`,
    '{{bezwaarclausule}}',
  ]);
}

/** To the district head of the Arbeidsinspectie: only the exemption itself (000 art 12 lid 14, art 18 onder b; 001 §3.6). */
export function vrijstellingArbeidsinspectie(): string {
  return briefAan('mededeling van een vrijstelling van de leerplicht', [
    'Wij delen u mee dat aan {{jongereNaam}}, geboren op {{geboortedatum}}, vrijstelling is verleend op grond van {{grond}}, van {{van}} tot en met {{totEnMet}}.',
    'Deze mededeling doen wij volgens de instructie voor de leerplichtambtenaar. Andere gegevens over de jongere of de vrijstelling sturen wij niet mee.',
  ]);
}

/** To Burgerzaken: a second claim on ground c without daily commuting; check BRP residence (003 toelichting art 11). */
export function vrijstellingBurgerzakenSignaal(): string {
  return briefAan('signaal over de inschrijving van {{jongereNaam}} in de BRP', [
    `Voor {{jongereNaam}}, geboren op {{geboortedatum}}, is voor de tweede keer een beroep gedaan op vrijstelling omdat {{jongereNaam}} in het buitenland naar school gaat (artikel 5, onder c, van ${LPW}). {{jongereNaam}} reist niet dagelijks tussen die school en het woonadres in onze gemeente.`,
    'Wilt u nagaan of {{jongereNaam}} nog zoveel in Nederland verblijft dat de inschrijving in de basisregistratie personen (BRP) juist is? Meer gegevens over de vrijstelling sturen wij niet mee.',
  ]);
}

/**
 * Exemption for other sufficient education, decided on behalf of the college (Lpw art 15;
 * 000 art 11 lid 1–2; 003 art 10 lid 1–2). `doel` is what the education must contribute to.
 */
export function art15Besluit(doel: string): string {
  return briefAan('besluit op uw aanvraag om vrijstelling voor {{jongereNaam}} (artikel 15 Leerplichtwet 1969)', [
    `U heeft voor {{jongereNaam}}, geboren op {{geboortedatum}}, vrijstelling gevraagd omdat {{jongereNaam}} op een andere manier voldoende onderwijs krijgt (artikel 15 van ${LPW}). Wij hebben beoordeeld of dat onderwijs bijdraagt aan het behalen van ${doel}, en of de tijd die {{jongereNaam}} eraan besteedt in redelijke verhouding staat tot de omvang van het onderwijs.`,
    'Namens het college van burgemeester en wethouders van {{gemeenteNaam}} beslissen wij als volgt: {{beslissing}}',
    'De aanvraag gaat over de periode van {{van}} tot en met {{totEnMet}}.',
    'Voorwaarden: {{voorwaarden}}',
    `Motivering (artikel 3:46 van ${AWB}): {{motivering}}`,
    `Een verleende vrijstelling geven wij door aan het register vrijstellingen en vervangende leerplicht van DUO (artikel 15 van ${LPW}).`,
    '{{bezwaarclausule}}',
  ]);
}

/** The recorded agreements, to those designing the programme or the light work (000 art 10 lid 3; 003 art 9 lid 4). */
export function vervangendeLeerplichtInformatieOntwerpers(): string {
  return briefAan('afspraken over vervangende leerplicht voor {{jongereNaam}}', [
    `Voor {{jongereNaam}}, geboren op {{geboortedatum}}, wordt vervangende leerplicht voorbereid (artikel {{artikel}} van ${LPW}). U ontwerpt het programma, de praktijktijd of de werkzaamheden. In het overleg zijn de volgende afspraken gemaakt en schriftelijk vastgelegd: {{afspraken}}`,
    'Wij informeren u over deze afspraken zodat u ze in uw ontwerp kunt verwerken. Ziet u een probleem, neem dan contact met ons op.',
  ]);
}

/** Decision on vervangende leerplicht, on behalf of the college (Lpw art 3a, 3b; 000 art 10 lid 1; 003 art 9 lid 1). */
export function vervangendeLeerplichtBesluit(extra: readonly string[] = []): string {
  return briefAan('besluit op uw verzoek om vervangende leerplicht voor {{jongereNaam}}', [
    `U heeft voor {{jongereNaam}}, geboren op {{geboortedatum}}, vervangende leerplicht gevraagd (artikel {{artikel}} van ${LPW}). Namens het college van burgemeester en wethouders van {{gemeenteNaam}} beslissen wij als volgt: {{beslissing}}`,
    'Programma: {{programma}}',
    'Het verzoek gaat over de periode van {{van}} tot en met {{totEnMet}}.',
    `Motivering (artikel 3:46 van ${AWB}): {{motivering}}`,
    ...extra,
    'Wij geven het besluit door aan het register vrijstellingen en vervangende leerplicht van DUO. Een afschrift van dit besluit gaat naar de school of instelling die het programma heeft opgesteld.',
    '{{bezwaarclausule}}',
  ]);
}

/** To the district head of the Arbeidsinspectie (000 art 10 lid 4; 003 art 9 lid 6; Lpw art 3b). */
export function vervangendeLeerplichtArbeidsinspectie(): string {
  return briefAan('mededeling van vervangende leerplicht', [
    `Wij delen u mee dat voor {{jongereNaam}}, geboren op {{geboortedatum}}, vervangende leerplicht is toegestaan op grond van artikel {{artikel}} van ${LPW}, van {{van}} tot en met {{totEnMet}}.`,
    'Werkzaamheden: {{werkzaamheden}}',
    'Andere gegevens over de jongere sturen wij niet mee.',
  ]);
}

/** To the Inspectie van het Onderwijs: is the provision a school? No data of any child (000 art 13 lid 1; 003 art 12 lid 1). */
export function schoolErkenningVerzoekInspectie(extra: readonly string[] = []): string {
  return briefAan('verzoek om onderzoek en advies: is {{voorzieningNaam}} een school in de zin van de Leerplichtwet 1969?', [
    `Ouders in de gemeente {{gemeenteNaam}} stellen dat zij aan hun verplichtingen uit ${LPW} voldoen doordat hun kind onderwijs volgt bij {{voorzieningNaam}}, {{voorzieningAdres}}. Deze voorziening wordt niet door de overheid bekostigd en is niet aangewezen.`,
    `Wij vragen u te onderzoeken en ons te adviseren of deze voorziening een school is in de zin van ${LPW}. Wij ontvangen uw advies graag uiterlijk op {{adviesUiterlijk}}. Wij volgen uw advies.`,
    ...extra,
    'Gegevens van individuele leerlingen sturen wij niet mee.',
  ]);
}

/** To the parents of the provision's pupils: it is not (no longer) a school (000 art 13 lid 3; 003 art 12 lid 4). */
export function schoolNietErkendOuders(): string {
  return briefAan('het onderwijs van {{jongereNaam}} bij {{voorzieningNaam}}', [
    `{{jongereNaam}}, geboren op {{geboortedatum}}, volgt onderwijs bij {{voorzieningNaam}}. Op {{adviesDatum}} heeft de Inspectie van het Onderwijs ons geadviseerd dat deze voorziening geen school is, of niet langer een school is, in de zin van ${LPW}. Wij volgen dat advies.`,
    `Dat betekent dat {{jongereNaam}} met het bezoeken van {{voorzieningNaam}} niet voldoet aan de leerplicht. U bent verplicht ervoor te zorgen dat {{jongereNaam}} als leerling van een school staat ingeschreven en die geregeld bezoekt (artikel 2, eerste lid, van ${LPW}). Wilt u {{jongereNaam}} zo snel mogelijk inschrijven en ons een bewijs van inschrijving sturen?`,
  ]);
}

/** The college designates the expert and records the agreement (Lpw art 7; 000 art 14; 003 art 13). No child data. */
export function aanwijzingDeskundige(): string {
  return briefAan('aanwijzing als deskundige (artikel 7 Leerplichtwet 1969)', [
    `Het college van burgemeester en wethouders van {{gemeenteNaam}} wijst u, {{deskundigeNaam}}, {{beroep}}, aan als deskundige als bedoeld in artikel 7 van ${LPW}.`,
    `Als aangewezen deskundige onderzoekt u jongeren voor wie de ouders een beroep doen op vrijstelling omdat de jongere lichamelijk of psychisch niet geschikt is om tot een school te worden toegelaten (artikel 5, onder a, van ${LPW}), en geeft u daarover een schriftelijke verklaring af. U doet dat niet voor een jongere bij wiens behandeling u betrokken bent.`,
    'Over de manier waarop u het onderzoek doet en de verklaring afgeeft, hebben wij het volgende afgesproken: {{afspraak}}',
    'Met toestemming van de ouders en, als de jongere 16 jaar of ouder is, van de jongere zelf overlegt u met het samenwerkingsverband passend onderwijs over de onderwijsmogelijkheden van de jongere. Zonder die toestemming deelt u geen gegevens met het samenwerkingsverband.',
  ]);
}
