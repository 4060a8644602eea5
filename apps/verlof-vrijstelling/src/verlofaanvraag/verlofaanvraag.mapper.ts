import type { DoorgezondenVerlofaanvraagModel, SchoolleiderBeslissingModel } from './models/verlofaanvraag.model';
import type { VerlofaanvraagEntity } from './verlofaanvraag.entity';

/** The head's recorded decision, or null while he has not decided (the migration keeps the columns whole). */
export function naarSchoolleiderBeslissing(a: VerlofaanvraagEntity): SchoolleiderBeslissingModel | null {
  if (a.schoolleiderUitkomst === null || a.schoolleiderBeslotenOp === null) return null;
  return {
    uitkomst: a.schoolleiderUitkomst,
    verleendVan: a.schoolleiderVerleendVan,
    verleendTotEnMet: a.schoolleiderVerleendTotEnMet,
    verleendeSchooldagen: a.schoolleiderVerleendeSchooldagen ?? 0,
    beslotenOp: a.schoolleiderBeslotenOp,
    vastgelegdDoor: a.schoolleiderVastgelegdDoor ?? '',
  };
}

/** What the school sees of a request forwarded to it: no indication, statements, letters or BSN. */
export function naarDoorgezonden(a: VerlofaanvraagEntity): DoorgezondenVerlofaanvraagModel {
  return {
    id: a.id,
    jongereNaam: a.jongereNaam,
    geboortedatum: a.geboortedatum,
    soort: a.soort,
    eersteVerlofdag: a.eersteVerlofdag,
    laatsteVerlofdag: a.laatsteVerlofdag,
    schooldagen: a.schooldagen,
    schooljaarSchooldagen: a.schooljaarSchooldagen,
    omstandigheid: a.omstandigheid,
    toelichting: a.toelichting,
    ontvangstdatum: a.ontvangstdatum,
    aanvragers: a.aanvragers.map((x) => x.naam),
    status: a.status,
    schoolleiderBeslissing: naarSchoolleiderBeslissing(a),
  };
}
