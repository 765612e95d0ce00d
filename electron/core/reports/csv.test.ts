import { describe, expect, it } from 'vitest';
import { csvLine } from './csv';

describe('CSV lines', () => {
  it('quotes what needs quoting and leaves the rest bare', () => {
    expect(csvLine(['2026-0001', 'access+erasure', 3, true, null])).toBe('2026-0001,access+erasure,3,true,\r\n');
    expect(csvLine(['Rossi, Giulia', 'say "hi"', 'two\nlines', ' padded'])).toBe('"Rossi, Giulia","say ""hi""","two\nlines"," padded"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '-1', '@cmd'])).toBe(`"'=HYPERLINK(""x"")",'-1,'@cmd\r\n`);
    expect(csvLine([-1])).toBe('-1\r\n');
  });

  it('separates with ; for Italian spreadsheets, quoting a field that holds one', () => {
    expect(csvLine(['2026-0001', '72,5', 'Rossi; Giulia', 'a, b'], ';')).toBe('2026-0001;72,5;"Rossi; Giulia";a, b\r\n');
  });

  it('keeps names with any alphabet as they are', () => {
    expect(csvLine(['Łódź', 'Ørsted', 'Σωκράτης'])).toBe('Łódź,Ørsted,Σωκράτης\r\n');
  });
});
