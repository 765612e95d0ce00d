import { describe, expect, it } from 'vitest';
import { bareReference } from './bare-reference';

describe('a reference printed after the notice’s own label drops the label it starts with (D14)', () => {
  it.each([
    ['Prot. 123/2026', '123/2026'],
    ['prot.123/2026', '123/2026'],
    ['Protocollo n. 4567', '4567'],
    ['Prot. n° 88/2026', '88/2026'],
    ['Rif. 2026/55', '2026/55'],
    ['Ref: 9912', '9912'],
    ['Reference 2026-0412', '2026-0412'],
    ['n. 77', '77'],
  ])('%s → %s', (given, printed) => expect(bareReference(given)).toBe(printed));

  it.each(['GPDP-2026-0977', 'PEC 2026/0412', 'CSIRT-IT pre-notifica 7731', 'Ref-2026-44', 'Prot. pending', 'Notice 12'])('keeps %s as recorded', (given) => expect(bareReference(given)).toBe(given));
});
