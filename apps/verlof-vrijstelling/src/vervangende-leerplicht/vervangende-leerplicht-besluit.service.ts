import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { vervangendeLeerplichtBeeindigdV1, vervangendeLeerplichtToegestaanV1 } from '@leerrecht/shared/contracts-events';
import { OutboxWriter } from '@leerrecht/shared/data-access-bus';
import type { DuoGeslacht } from '@leerrecht/verlof-vrijstelling/data-access-duo-register';
import type { Principal, RequestContext } from '@leerrecht/shared/feature-auth';
import { DomainError, vereisDatum } from '@leerrecht/shared/feature-subgraph';
import { NederlandseKalender, plusDagen } from '@leerrecht/shared/util-kalender';
import type { BesluitEntity } from '../besluit/besluit.entity';
import { BesluitService } from '../besluit/besluit.service';
import { DossierstukkenService } from '../besluit/dossierstukken.service';
import type { GeadresseerdeRol } from '../brief/brief.entity';
import { BriefService } from '../brief/brief.service';
import { DuoRegistratieService } from '../duo-register/duo-registratie.service';
import { actorNaam, actorVan, vereisTekst } from '../kern/actor';
import { AfschriftRolInput, type BeeindigInput, type BeslisInput } from './dto/vervangende-leerplicht.input';
import type { VervangendeLeerplichtModel } from './models/vervangende-leerplicht.model';
import { adresseringen } from './ouders';
import { VervangendeLeerplichtDossiers, vereisLopend } from './vervangende-leerplicht-dossiers';
import { afschriftUiterlijk, arbeidsinspectieInformeren } from './vervangende-leerplicht-regels';
import { periodeInWoorden, vereisPeriodeEnLeeftijd } from './vervangende-leerplicht.service';
import type { Geslacht, VervangendeLeerplichtEntity, VervangendeLeerplichtPlan } from './vervangende-leerplicht.entity';

/** BRP geslachtsaanduiding as DUO's register takes it. */
const DUO_GESLACHT: Readonly<Record<Geslacht, DuoGeslacht>> = { man: 'M', vrouw: 'V', onbekend: 'O' };

/** How a copy's addressee appears on the letter. */
const AFSCHRIFT_ROL: Readonly<Record<AfschriftRolInput, GeadresseerdeRol>> = {
  [AfschriftRolInput.school]: 'schoolleider',
  [AfschriftRolInput.instelling]: 'directeur',
  [AfschriftRolInput.jongere]: 'jongere',
  [AfschriftRolInput.ontwerper]: 'ontwerper',
};

/** The programme as the decision letter and the Arbeidsinspectie letter describe it. */
function programmaVan(artikel: '3a' | '3b', plan: VervangendeLeerplichtPlan): string {
  const delen = [`${plan.begeleidingsprogramma} Onderwijsdoelen: ${plan.onderwijsdoelen}`];
  if (plan.praktijktijd) delen.push(`Praktijktijd: ${plan.praktijktijd}`);
  if (artikel === '3b' && plan.werkzaamheden) delen.push(`Arbeid van lichte aard: ${plan.werkzaamheden}`);
  delen.push(`Opgesteld door ${plan.auteurNaam}.`);
  return delen.join(' ');
}

/**
 * The decision on a request for vervangende leerplicht, on behalf of the college (000 art 10 lid 1;
 * 003 art 9 lid 1), within 4 weeks of the request (Lpw art 3a–3c), and its end. Only the
 * leerplichtambtenaar decides. On approval, in the same transaction: the event for the
 * administration and verzuim, the registration in DUO's register, the Arbeidsinspectie letter.
 */
@Injectable()
export class VervangendeLeerplichtBesluitService {
  constructor(
    private readonly dossiers: VervangendeLeerplichtDossiers,
    private readonly besluiten: BesluitService,
    private readonly brieven: BriefService,
    private readonly dossierstukken: DossierstukkenService,
    private readonly kalender: NederlandseKalender,
    private readonly outbox: OutboxWriter,
    private readonly duo: DuoRegistratieService,
  ) {}

  beslis(input: BeslisInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(input.zaakId, principal, request, async (manager, zaak, vandaag) => {
      if (zaak.status !== 'verzoek-ingediend') {
        vereisLopend(zaak);
        throw new DomainError('VERZOEK_ONTBREEKT', 'Er is nog geen ingediend verzoek om op te beslissen (000 art 10 lid 4; 003 art 9 lid 5 b).', 'zaakId');
      }
      if (zaak.oudersOndertekendOp === null) {
        throw new DomainError(
          'ONTBREKENDE_HANDTEKENING',
          'Ontbrekende handtekening: de ouders hebben het verzoek niet ondertekend, en zonder hun handtekening wordt niet besloten (000 art 10 lid 4; 003 art 9 lid 5 a).',
          'zaakId',
        );
      }
      const plan = zaak.plan;
      if (plan === null) throw new DomainError('PLAN_ONTBREEKT', 'Bij het verzoek hoort een plan van aanpak met begeleidingsprogramma (003 art 9 lid 2).', 'zaakId');
      const instructie = this.dossiers.instructie(zaak.gemeente);
      const regels = instructie.regels.vervangendeLeerplicht;
      if (regels.belastbaarheidsverklaring.waarde) {
        const verklaringen = await this.dossierstukken.verklaringen(manager, zaak.id);
        if (!verklaringen.some((v) => v.soort === 'belastbaarheid')) {
          throw new DomainError(
            'BELASTBAARHEIDSVERKLARING_ONTBREEKT',
            `Het besluit steunt op een verklaring over de belastbaarheid van de jongere door de aangewezen jeugdarts; die ontbreekt nog (${regels.belastbaarheidsverklaring.bron}).`,
            'zaakId',
          );
        }
      }
      const toegestaan = input.beslissing === 'toegestaan';
      if (toegestaan) vereisPeriodeEnLeeftijd(zaak, instructie, this.kalender);

      const besluit = await this.besluiten.neem(manager, {
        gemeente: zaak.gemeente,
        persoonSleutel: zaak.persoonSleutel,
        bsn: zaak.bsn,
        zaakSoort: 'vervangende-leerplicht',
        zaakId: zaak.id,
        soort: 'vervangende-leerplicht',
        uitkomst: toegestaan ? 'toegewezen' : 'afgewezen',
        grondslag: `Lpw art ${zaak.artikel}; ${regels.beslistermijn.bron}`,
        motivering: input.motivering,
        namens: 'college',
        bekendgemaaktOp: vandaag,
        principal,
      });

      // The letter says a copy goes to the school or institution that drew up the plan.
      const afschriften = [
        ...(input.afschriftPlanAuteurMetBesluit === false ? [] : [{ aan: plan.auteurNaam, rol: plan.auteurSoort === 'school' ? AfschriftRolInput.school : AfschriftRolInput.instelling }]),
        ...(input.afschriftAan ?? []).map((a, i) => ({ aan: vereisTekst(a.aan, `afschriftAan[${i}].aan`, 'Aan wie het afschrift gaat'), rol: a.rol })),
      ];
      const periode = periodeInWoorden(zaak);
      const waarden = {
        artikel: zaak.artikel,
        beslissing: toegestaan
          ? `wij staan vervangende leerplicht toe van ${periode.van} tot en met ${periode.totEnMet}.`
          : 'wij wijzen het verzoek om vervangende leerplicht af.',
        programma: programmaVan(zaak.artikel, plan),
        van: periode.van,
        totEnMet: periode.totEnMet,
        motivering: besluit.motivering,
        bezwaarclausule: this.besluiten.bezwaarclausule(besluit),
      };
      let eerste = true;
      for (const aan of adresseringen(zaak.ouders)) {
        const brief = await this.brieven.stelOp(manager, {
          gemeente: zaak.gemeente,
          zaakSoort: 'vervangende-leerplicht',
          zaakId: zaak.id,
          persoonSleutel: zaak.persoonSleutel,
          sjabloon: 'vervangendeLeerplichtBesluit',
          aan: { rol: 'ouders', naam: aan.naam, adres: aan.adres },
          afschriftAan: eerste ? afschriften.map((a) => ({ rol: AFSCHRIFT_ROL[a.rol], naam: a.aan })) : [],
          jongere: { naam: zaak.jongereNaam, geboortedatum: zaak.geboortedatum },
          waarden,
          datum: vandaag,
          principal,
          classificatie: 'AVG',
        });
        if (eerste) await this.besluiten.koppelBrief(manager, besluit, brief.id);
        eerste = false;
      }

      zaak.status = toegestaan ? 'toegestaan' : 'afgewezen';
      zaak.besluitId = besluit.id;
      zaak.beslotenOp = vandaag;
      zaak.afschriftUiterlijk = afschriftUiterlijk(vandaag, regels, this.kalender);
      zaak.afschriften = afschriften.map((a) => ({ aan: a.aan, rol: a.rol, verzondenOp: vandaag, vastgelegdDoor: actorNaam(principal) }));
      zaak.arbeidsinspectieVereist = toegestaan && arbeidsinspectieInformeren(zaak.artikel, regels);
      if (!toegestaan) return;

      await this.outbox.add(manager, vervangendeLeerplichtToegestaanV1, {
        gemeente: zaak.gemeente,
        subjectKey: zaak.persoonSleutel,
        classification: 'AVG',
        correlationId: request.trace.traceId,
        actor: actorVan(principal),
        payload: {
          vervangendeLeerplichtId: zaak.id,
          bsn: zaak.bsn,
          geboortedatum: zaak.geboortedatum,
          artikel: zaak.artikel,
          van: zaak.van,
          totEnMet: zaak.totEnMet,
          besluitId: besluit.id,
          instructieVersie: instructie.versieSleutel,
        },
      });
      await this.registreerBijDuo(manager, zaak, besluit);
      if (zaak.arbeidsinspectieVereist) {
        const brief = await this.brieven.stelOp(manager, {
          gemeente: zaak.gemeente,
          zaakSoort: 'vervangende-leerplicht',
          zaakId: zaak.id,
          persoonSleutel: zaak.persoonSleutel,
          sjabloon: 'vervangendeLeerplichtArbeidsinspectie',
          aan: { rol: 'arbeidsinspectie', naam: 'Het districtshoofd van de Nederlandse Arbeidsinspectie (Ministerie van SZW)', adres: input.arbeidsinspectieAdres?.trim() || null },
          jongere: { naam: zaak.jongereNaam, geboortedatum: zaak.geboortedatum },
          waarden: { artikel: zaak.artikel, van: periode.van, totEnMet: periode.totEnMet, werkzaamheden: plan.werkzaamheden ?? plan.praktijktijd ?? plan.begeleidingsprogramma },
          datum: vandaag,
          principal,
          classificatie: 'AVG',
        });
        zaak.arbeidsinspectieBriefId = brief.id;
      }
    });
  }

  /**
   * Registration in DUO's register vrijstellingen en vervangende leerplicht (Lpw art 3a–3c;
   * koppelingen §3), queued in the decision's transaction.
   */
  private async registreerBijDuo(manager: EntityManager, zaak: VervangendeLeerplichtEntity, besluit: BesluitEntity): Promise<void> {
    const persoon = zaak.geenNederlandseOnderwijsgeschiedenis ? zaak.duoPersoonsgegevens : null;
    await this.duo.plan(manager, {
      soort: 'vervangende-leerplicht',
      gemeente: zaak.gemeente,
      postcode: zaak.postcode,
      begindatum: zaak.van,
      einddatum: zaak.totEnMet,
      artikel: zaak.artikel,
      eerderVerleend: zaak.eerderToegestaan,
      persoonsgegevens: persoon === null ? null : { ...persoon, geslacht: DUO_GESLACHT[zaak.geslacht ?? 'onbekend'], geboortedatum: zaak.geboortedatum },
      bsn: zaak.bsn,
      persoonSleutel: zaak.persoonSleutel,
      zaakId: zaak.id,
      besluitId: besluit.id,
    });
  }

  /** An approval ends before its end date: revoked, objection upheld, or no longer applicable. */
  beeindig(input: BeeindigInput, principal: Principal, request: RequestContext): Promise<VervangendeLeerplichtModel> {
    return this.dossiers.wijzig(input.zaakId, principal, request, async (manager, zaak) => {
      if (zaak.status !== 'toegestaan') throw new DomainError('NIET_TOEGESTAAN', 'Alleen toegestane vervangende leerplicht kan worden beëindigd.', 'zaakId');
      vereisDatum(input.laatsteDag, 'laatsteDag');
      // The day before the first day: revoked from the start (ab initio).
      if (input.laatsteDag < plusDagen(zaak.van, -1) || input.laatsteDag > zaak.totEnMet) {
        throw new DomainError('ONGELDIGE_DATUM', 'De laatste dag ligt buiten de toegestane periode.', 'laatsteDag');
      }
      zaak.eindeToelichting = vereisTekst(input.toelichting, 'toelichting', 'De reden van de beëindiging');
      zaak.status = 'beeindigd';
      zaak.laatsteDag = input.laatsteDag;
      zaak.eindeReden = input.reden;
      await this.outbox.add(manager, vervangendeLeerplichtBeeindigdV1, {
        gemeente: zaak.gemeente,
        subjectKey: zaak.persoonSleutel,
        classification: 'AVG',
        correlationId: request.trace.traceId,
        actor: actorVan(principal),
        payload: { vervangendeLeerplichtId: zaak.id, laatsteDag: input.laatsteDag, reden: input.reden },
      });
      // DUO's register gets the earlier end (or, the day before the first day, the revocation).
      await this.duo.planBeeindiging(manager, { zaakId: zaak.id, einddatum: input.laatsteDag });
    });
  }
}
