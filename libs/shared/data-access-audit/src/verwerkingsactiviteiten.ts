/**
 * The register of processing activities (AVG art 30) the API serves. Every resolver names one
 * with `@Purpose()`; the audit record stores it with its legal basis, so the Logboek
 * Dataverwerkingen can answer "why was this read".
 */
export const VERWERKINGSACTIVITEITEN = {
  'verzuimmelding-ontvangen': {
    omschrijving: 'Ontvangen en registreren van een verzuimmelding van een school',
    grondslag: 'Lpw art 21 en 21a; Besluit verzuimmelding; AVG art 6 lid 1 onder c',
  },
  'verzuimmelding-ophalen': {
    omschrijving: 'Ophalen van verzuimmeldingen uit het Register Onderwijsdeelnemers van DUO en registreren ervan',
    grondslag: 'Lpw art 21a; Besluit verzuimmelding; 000 art 6 lid 1; 003 art 6 lid 1; AVG art 6 lid 1 onder c',
  },
  'verzuimmelding-beoordelen': {
    omschrijving: 'Screenen van een verzuimmelding door de administratie: zelf afhandelen of doorzetten naar de leerplichtambtenaar',
    grondslag: 'Lpw art 21a; 000 art 3 lid 9; 003 art 6 lid 1',
  },
  'verzuimzaak-inzien': {
    omschrijving: 'Inzien van verzuimzaken en taken voor het onderzoek naar verzuim',
    grondslag: 'Lpw art 16 en 22 lid 1; 000 art 6; 001 §3.1; 003 art 6; AVG art 6 lid 1 onder e',
  },
  'verzuimzaak-behandelen': {
    omschrijving: 'Onderzoek en aanpak van verzuim volgens de MAS: contacten, gesprekken, fasen, routes, afwijkingen',
    grondslag: 'Lpw art 22 lid 1; 000 art 2 lid 6 en art 6; 001 §3.1–3.2; 003 art 2 lid 7 en art 6; AVG art 6 lid 1 onder e',
  },
  'verzuim-terugkoppelen': {
    omschrijving: 'Terugkoppeling aan DUO en de school welke acties naar aanleiding van een melding worden ondernomen',
    grondslag: 'Lpw art 21a lid 6; 000 art 6 lid 1 en art 7 lid 2; 003 art 6 lid 1 onder b',
  },
  'verzuim-afsluiten': {
    omschrijving: 'Afsluiten van een verzuimmelding met berichten aan ouders, jongere, melder en betrokkenen',
    grondslag: 'Lpw art 21a lid 6 en art 22; 000 art 6 lid 8; 001 §3.2; 003 art 6 lid 4 en lid 12',
  },
  'handhaving-aanvragen': {
    omschrijving: 'Aanvragen van een handhavingsmaatregel (waarschuwing, Halt, proces-verbaal, SVB) op grond van het verzuimonderzoek',
    grondslag: 'Lpw art 22; 000 art 6 lid 9–13 en art 19; 003 art 6 lid 5–8 en art 17; Wpg',
  },
  'verzuim-overzicht': {
    omschrijving: 'Tellingen van meldingen per school, verzuimsoort en gemeente (geen gegevens per persoon)',
    grondslag: 'Lpw art 16 en 25; 000 art 21',
  },
  'verzuim-werkverdeling': {
    omschrijving: 'Toewijzen van verzuimmeldingen aan leerplichtambtenaren per school of per gemeente',
    grondslag: 'Lpw art 16 lid 4; 000 art 3 lid 9',
  },
  'duo-koppeling-beheren': {
    omschrijving: 'Beheer van de koppeling met DUO: onleesbare leveringen (veldnamen, geen inhoud)',
    grondslag: 'AVG art 32 (integriteit); Besluit verzuimmelding',
  },
  'verzuimmelding-status': {
    omschrijving: 'Terugkoppeling van de status van een melding aan de melder',
    grondslag: 'Lpw art 21; 000 art 6 lid 1; 003 art 6 lid 1 onder b',
  },
  'leerlingdossier-inzien': {
    omschrijving: 'Inzien van het leerlingdossier voor toezicht op de naleving van de Leerplichtwet',
    grondslag: 'Lpw art 16 en 19; 000 art 4; 003 art 4; AVG art 6 lid 1 onder e',
  },
  'leerlingdossier-bijwerken': {
    omschrijving: 'Vastleggen van gegevens in het leerlingdossier',
    grondslag: 'Lpw art 19; 000 art 4 lid 1; 003 art 4 lid 1',
  },
  'inschrijving-registreren': {
    omschrijving: 'Registreren van een in- of uitschrijving die een school meldt',
    grondslag: 'Lpw art 18 en 19; Regeling Register onderwijsdeelnemers; AVG art 6 lid 1 onder c',
  },
  'inschrijving-controleren': {
    omschrijving: 'Controleren of iedere uitschrijving van een jongere onder 18 sluitend is',
    grondslag: 'Lpw art 18 en 19; 000 art 3 lid 4 en lid 8; 003 art 3 lid 7',
  },
  'brp-bijhouden': {
    omschrijving: 'Bijhouden van de leerlingenadministratie met personen en mutaties uit de BRP',
    grondslag: 'Lpw art 19; Lpr art 3; 000 art 3 lid 2 en 3; 003 art 3 lid 2; AVG art 6 lid 1 onder c',
  },
  'absoluut-verzuim-controleren': {
    omschrijving: 'Controle op absoluut verzuim: wie leerplichtig of kwalificatieplichtig is en nergens staat ingeschreven',
    grondslag: 'Lpw art 19; 000 art 3 lid 7 en art 8; 003 art 3 lid 6 en art 7; AVG art 6 lid 1 onder e',
  },
  'gegevens-importeren': {
    omschrijving: 'Overnemen van personen, inschrijvingen en dossiers uit het vorige systeem van de gemeente',
    grondslag: 'Lpw art 19; Archiefwet (overbrenging dossiers); AVG art 6 lid 1 onder e',
  },
  'scholenregister-bijhouden': {
    omschrijving: 'Bijhouden van het register van scholen en onderwijslocaties (geen persoonsgegevens)',
    grondslag: 'Lpw art 18; Regeling Register onderwijsdeelnemers',
  },
  'logboek-inzien': {
    omschrijving: 'Controle op de verwerkingen door de privacy-auditor',
    grondslag: 'AVG art 5 lid 2 en art 32; Wpg art 32a (audit)',
  },
  'geweigerde-toegang': {
    omschrijving: 'Een geweigerde poging waarvoor geen doel was gedeclareerd (het resolver mist @Purpose)',
    grondslag: 'AVG art 5 lid 2 en art 32: verantwoording, ook van geweigerde toegang',
  },
  'zaken-overzicht': {
    omschrijving: 'Overzicht van de eigen zaken van de dienst over een jongere',
    grondslag: 'Lpw art 16; AVG art 6 lid 1 onder e',
  },
  'verlofaanvraag-behandelen': {
    omschrijving: 'Ontvangen, doorzenden en voorbereiden van een verlofaanvraag: ontvangstbevestiging, aanvulling, zienswijzen, verklaringen',
    grondslag: 'Lpw art 11 onder g, 13a en 14; Awb art 2:3, 4:2–4:8; 000 art 5; 001 §3.4; 003 art 5; AVG art 6 lid 1 onder e',
  },
  'verlofaanvraag-inzien': {
    omschrijving: 'Inzien van verlofaanvragen, hun termijnen en brieven',
    grondslag: 'Lpw art 14 en 16; 000 art 5 lid 7; 003 art 5 lid 4; AVG art 6 lid 1 onder e',
  },
  'verlofaanvraag-schoolleider': {
    omschrijving: 'De schoolleider ziet de aan hem doorgezonden verlofaanvragen van eigen leerlingen en legt zijn beslissing vast',
    grondslag: 'Lpw art 13a en 14 lid 1; Awb art 2:3; 000 art 5 lid 1 en 9; 003 art 5 lid 1 en 6',
  },
  'verlof-besluiten': {
    omschrijving: 'Besluiten op een verlofaanvraag van meer dan tien schooldagen, met motivering en bezwaarclausule',
    grondslag: 'Lpw art 14 lid 3; Awb art 3:46, 3:45, 4:13; 000 art 5 lid 8; 003 art 5 lid 5',
  },
  'awb-termijnen-bewaken': {
    omschrijving: 'Bewaken van beslistermijnen, ingebrekestelling en dwangsom bij niet tijdig beslissen',
    grondslag: 'Awb art 4:13, 4:15, 4:17–4:18; 003 toelichting art 5',
  },
  'bezwaar-behandelen': {
    omschrijving: 'Registreren en behandelen van een bezwaarschrift tegen een besluit, met advies van de bezwaarcommissie',
    grondslag: 'Awb art 6:4–6:11, 7:1–7:13; 000 art 5 lid 11; 001 §3.6; 003 art 5 lid 8',
  },
  'vrijstelling-behandelen': {
    omschrijving: 'Behandelen van een kennisgeving van vrijstelling (art 5, 5a), een aanvraag art 15 of vrijstelling van geregeld schoolbezoek',
    grondslag: 'Lpw art 5–9, 11 en 15; 000 art 11–12; 001 §3.3; 003 art 10–11; AVG art 6 lid 1 onder e, art 9 lid 2 onder g',
  },
  'vrijstelling-inzien': {
    omschrijving: 'Inzien van kennisgevingen, vrijstellingen en hun brieven',
    grondslag: 'Lpw art 5–9 en 15; 000 art 4 lid 2 l; 003 art 4 lid 2 l',
  },
  'vervangende-leerplicht-behandelen': {
    omschrijving: 'Behandelen van een verzoek om vervangende leerplicht: gesprekken, programma, besluit, afschriften',
    grondslag: 'Lpw art 3a–3c; 000 art 10; 001 §3.3; 003 art 9',
  },
  'school-erkenning-behandelen': {
    omschrijving: 'Nagaan of een onderwijsvoorziening een school is in de zin van de Leerplichtwet, en de ouders informeren',
    grondslag: 'Lpw art 1a1; 000 art 13; 003 art 12',
  },
  'deskundige-aanwijzen': {
    omschrijving: 'Aanwijzen van deskundigen (arts, pedagoog, psycholoog) voor de verklaring bij vrijstelling',
    grondslag: 'Lpw art 7; 000 art 14; 003 art 13',
  },
  'vrijstelling-registreren-duo': {
    omschrijving: 'Registreren van vrijstellingen en vervangende leerplicht in het register van DUO',
    grondslag: 'Lpw art 3a–3c, 6 lid 4–5 en 15 lid 3–4; 000 art 12 lid 5; 003 art 11 lid 5 c',
  },
  'brief-inzien': {
    omschrijving: 'Inzien van een verzonden brief (tekst en PDF) bij een verlof-, vrijstellings- of bezwaarzaak',
    grondslag: '000 art 4 lid 2 m; 003 art 4 lid 2 m (afschriften van correspondentie); AVG art 6 lid 1 onder e',
  },
  'duo-register-beheren': {
    omschrijving: 'Beheer van de verzending naar het register vrijstellingen van DUO (status, geen inhoud)',
    grondslag: 'AVG art 32 (integriteit); Lpw art 6 lid 4–5',
  },
} as const;

export type Verwerkingsactiviteit = keyof typeof VERWERKINGSACTIVITEITEN;

export function grondslagVan(activiteit: Verwerkingsactiviteit): string {
  return VERWERKINGSACTIVITEITEN[activiteit].grondslag;
}
