import { describeContract } from './define-event';
import { ALL_CONTRACTS } from './events';

/*
 * JSON Schema snapshots of every contract, checked in under __snapshots__. CI runs jest with
 * --ci, so a changed contract fails until someone reviews and updates the snapshot (and decides
 * whether the change is breaking, i.e. needs a new version and topic).
 */
describe('event contracts', () => {
  it('have unique, well-formed topics', () => {
    const topics = ALL_CONTRACTS.map((contract) => contract.topic);
    expect(new Set(topics).size).toBe(topics.length);
    for (const topic of topics) {
      expect(topic).toMatch(/^leerrecht\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.v[1-9]\d*$/);
    }
  });

  for (const contract of ALL_CONTRACTS) {
    it(`${contract.topic} matches its reviewed JSON Schema`, () => {
      expect(describeContract(contract)).toMatchSnapshot();
    });
  }
});
