import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@leerrecht/shared/feature-subgraph';
import type { RegistreerSchoolInput } from './dto/registreer-school.input';
import { SchoolEntity } from './school.entity';
import type { SchoolModel } from './models/school.model';

const BRIN = /^[0-9]{2}[A-Z0-9]{2}$/;
const VESTIGING = /^[0-9]{2}$/;

function naarModel(school: SchoolEntity): SchoolModel {
  return { brin: school.brin, onderwijslocatie: school.onderwijslocatie === '' ? null : school.onderwijslocatie, naam: school.naam, plaats: school.plaats, onderwijssoorten: school.onderwijssoorten };
}

/** The register of schools and onderwijslocaties (public DUO data; no personal data, no tenant). */
@Injectable()
export class SchoolService {
  constructor(private readonly dataSource: DataSource) {}

  async registreer(input: RegistreerSchoolInput): Promise<SchoolModel> {
    if (!BRIN.test(input.brin)) throw new DomainError('ONGELDIG_BRIN', 'Een BRIN-nummer bestaat uit 2 cijfers en 2 letters of cijfers.', 'brin');
    const vestiging = input.onderwijslocatie ?? '';
    if (vestiging !== '' && !VESTIGING.test(vestiging)) throw new DomainError('ONGELDIGE_ONDERWIJSLOCATIE', 'Een vestigingsnummer bestaat uit 2 cijfers.', 'onderwijslocatie');
    const naam = input.naam.trim();
    if (naam.length === 0 || naam.length > 200) throw new DomainError('ONGELDIGE_NAAM', 'De naam van de school is leeg of te lang.', 'naam');
    if (input.onderwijssoorten.length === 0) throw new DomainError('ONDERWIJSSOORT_ONTBREEKT', 'Geef minstens één onderwijssoort op.', 'onderwijssoorten');
    await this.dataSource.getRepository(SchoolEntity).upsert(
      { brin: input.brin, onderwijslocatie: vestiging, naam, plaats: input.plaats?.trim() || null, onderwijssoorten: [...new Set(input.onderwijssoorten)] },
      ['brin', 'onderwijslocatie'],
    );
    return naarModel(await this.dataSource.getRepository(SchoolEntity).findOneByOrFail({ brin: input.brin, onderwijslocatie: vestiging }));
  }

  async lijst(brin?: string | null): Promise<SchoolModel[]> {
    const scholen = await this.dataSource.getRepository(SchoolEntity).find({ where: brin ? { brin } : {}, order: { brin: 'ASC', onderwijslocatie: 'ASC' }, take: 1000 });
    return scholen.map(naarModel);
  }
}
