import { describe, expect, it } from 'vitest';
import type { RegisterFindings } from '../../../shared/register-results';
import { registerFindingRows } from './register-findings-section';

const NONE: RegisterFindings = {
  activitiesWithoutLegalBasis: [],
  activitiesWithoutRetention: [],
  overdueReviews: [],
  processorsWithoutContract: [],
  transfersWithoutSafeguard: [],
};
const OVERDUE = [
  { reference: 'B-2026-004', due: '2026-11-08', daysOverdue: 26 },
  { reference: 'B-2026-007', due: '2026-11-11', daysOverdue: 23 },
  { reference: 'B-2026-009', due: '2026-11-20', daysOverdue: 14 },
];

describe('the audit report’s register findings (section 5)', () => {
  it('elides the Italian article before a planned date read with a vowel, as every other date of the report (review 6, F2)', () => {
    const rows = registerFindingRows(NONE, { closedWithoutRemedialAction: [], completeNotificationsOverdue: OVERDUE }, 'it');
    expect(rows.at(-1)?.[1]).toEqual([
      'B-2026-004 (prevista entro l’8 novembre 2026)',
      'B-2026-007 (prevista entro l’11 novembre 2026)',
      'B-2026-009 (prevista entro il 20 novembre 2026)',
    ]);
  });

  it('says the same in English, where nothing elides', () => {
    const rows = registerFindingRows(NONE, { closedWithoutRemedialAction: ['B-2026-001'], completeNotificationsOverdue: OVERDUE.slice(0, 1) }, 'en');
    expect(rows.at(-2)).toEqual(['Breaches closed without remedial action recorded (Art. 33(5))', ['B-2026-001']]);
    expect(rows.at(-1)).toEqual(['Complete notifications overdue (Art. 33(4))', ['B-2026-004 (planned for 8 November 2026)']]);
  });
});
