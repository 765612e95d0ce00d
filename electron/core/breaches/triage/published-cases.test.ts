import { describe, expect, it } from 'vitest';
import published from '../../../../test/fixtures/breach-cases/published-cases.json';
import { triageBreachFacts } from './triage';
import type { RiskLevel, SeverityLevel } from '../../../shared/triage-result';

/**
 * Calibration against the supervisory authorities' published cases: EDPB Guidelines 01/2021
 * on Examples regarding Personal Data Breach Notification (v2.0, adopted 14 December 2021),
 * CASE No. 01–18, and WP250 rev.01 Annex B. The facts, the authorities' conclusions
 * ("notify the SA?", "communicate to the data subjects?") and how each case text became
 * facts are in test/fixtures/breach-cases/published-cases.json; this table holds what the
 * model gives for them, so a change to any rule shows up here case by case. (The fixture says
 * which conclusions were checked against the adopted text and which still need re-checking.)
 */
const model: Record<string, { score: number; level: SeverityLevel; risk: RiskLevel }> = {
  'EDPB-01': { score: 1.75, level: 'low', risk: 'unlikely' }, // encrypted, no exfiltration, restored in hours
  'EDPB-02': { score: 1.75, level: 'low', risk: 'risk' }, // five days without the data
  'EDPB-03': { score: 4.75, level: 'very-high', risk: 'high-risk' }, // health data of patients unavailable for days
  'EDPB-04': { score: 4.5, level: 'very-high', risk: 'high-risk' }, // exfiltration of ID and card numbers, no backup
  'EDPB-05': { score: 2, level: 'medium', risk: 'high-risk' }, // malicious exfiltration
  'EDPB-06': { score: 1.5, level: 'low', risk: 'unlikely' }, // salted strong hashes, pseudonymous usernames
  'EDPB-07': { score: 4, level: 'very-high', risk: 'high-risk' }, // banking data and credentials, 100,000 people
  'EDPB-08': { score: 1.75, level: 'low', risk: 'risk' }, // deliberate, basic contact data, one known recipient
  'EDPB-09': { score: 3.25, level: 'high', risk: 'unlikely' }, // trusted recipient confirmed deletion
  'EDPB-10': { score: 1.5, level: 'low', risk: 'unlikely' }, // encrypted tablets, wiped, backup
  'EDPB-11': { score: 2, level: 'medium', risk: 'high-risk' }, // theft, 100,000 customers, unencrypted
  'EDPB-12': { score: 5.5, level: 'very-high', risk: 'high-risk' }, // health data of patients, no copy
  'EDPB-13': { score: 1.25, level: 'low', risk: 'unlikely' }, // two parcels swapped
  'EDPB-14': { score: 3.25, level: 'high', risk: 'high-risk' }, // social security numbers of 60,000 people
  'EDPB-15': { score: 4.25, level: 'very-high', risk: 'high-risk' }, // see the known divergence below
  'EDPB-16': { score: 1.25, level: 'low', risk: 'unlikely' }, // one letter in the wrong envelope
  'EDPB-17': { score: 4.25, level: 'very-high', risk: 'high-risk' }, // identity already abused
  'EDPB-18': { score: 4.25, level: 'very-high', risk: 'high-risk' }, // payment fraud already committed
  'WP250-B-i': { score: 1.75, level: 'low', risk: 'unlikely' },
  'WP250-B-iii': { score: 1.25, level: 'low', risk: 'unlikely' },
  'WP250-B-vi': { score: 3, level: 'high', risk: 'high-risk' },
  'WP250-B-viii': { score: 4.75, level: 'very-high', risk: 'high-risk' },
};

/**
 * Cases whose conclusion the model does not reproduce, and why.
 *
 * EDPB CASE 15 (participant list with two people's lactose intolerance sent to 15 former
 * participants): the authorities found no notification needed, because the health detail
 * is slight and concerns two people. ENISA would lower the DPC of such data ("the data
 * reveals less than its category"), but the facts cannot say how revealing the health data
 * is, only that health data is involved; the model therefore treats it as special-category
 * data disclosed to people not bound to confidentiality: a high risk. The error is on the
 * cautious side, and the DPO's recorded decision is where such a judgement belongs.
 */
const knownDivergences: Record<string, { notifyAuthority: boolean; notifySubjects: boolean }> = {
  'EDPB-15': { notifyAuthority: true, notifySubjects: true },
};

describe('published breach cases', () => {
  it('covers all 18 EDPB cases and the WP250 examples, each with a model expectation', () => {
    const ids = published.cases.map((entry) => entry.id);
    expect(ids.filter((id) => id.startsWith('EDPB-'))).toHaveLength(18);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(model).sort()).toEqual([...ids].sort());
  });

  it.each(published.cases.map((entry) => [entry.id, entry.title, entry] as const))('%s %s', (id, _title, entry) => {
    const result = triageBreachFacts(entry.facts);
    expect({ score: result.severity.score, level: result.severity.level, risk: result.risk }).toEqual(model[id]);
    const expected = knownDivergences[id] ?? entry.conclusion;
    expect({ notifyAuthority: result.notifyAuthority, notifySubjects: result.notifySubjects }).toEqual(expected);
  });

  it('reproduces the authorities’ conclusions in every case but the documented divergence', () => {
    const reproduced = published.cases.filter((entry) => {
      const result = triageBreachFacts(entry.facts);
      return result.notifyAuthority === entry.conclusion.notifyAuthority && result.notifySubjects === entry.conclusion.notifySubjects;
    });
    expect(published.cases.length - reproduced.length).toBe(Object.keys(knownDivergences).length);
    expect(published.cases.filter((entry) => !reproduced.includes(entry)).map((entry) => entry.id)).toEqual(Object.keys(knownDivergences));
  });
});
