import { graphql } from '@leerrecht/shared/util-testing';

/** Schools the integration tests enrol youths at; the register refuses unknown schools (Lpw art 18). */
export const TEST_SCHOLEN = [
  { brin: '99XX', naam: 'Testschool Zwolle', plaats: 'Zwolle', onderwijssoorten: ['VO'] },
  { brin: '12AB', naam: 'Isala College', plaats: 'Zwolle', onderwijssoorten: ['VO', 'PRO'] },
  { brin: '34CD', naam: 'Basisschool De Kampen', plaats: 'Kampen', onderwijssoorten: ['PO'] },
];

export async function registreerScholen(url: string, beheerToken: string): Promise<void> {
  for (const school of TEST_SCHOLEN) {
    const response = await graphql(url, 'mutation($i: RegistreerSchoolInput!) { registreerSchool(input: $i) { brin } }', { i: school }, beheerToken);
    if (response.errors) throw new Error(`school ${school.brin} niet geregistreerd: ${JSON.stringify(response.errors)}`);
  }
}
