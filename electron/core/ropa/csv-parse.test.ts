import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv-parse';

describe('CSV parsing', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and drops the BOM', () => {
    const parsed = parseCsv('\uFEFFname,purposes\r\n"Billing, invoices","a ""quoted""\nsecond line"\r\n');
    expect(parsed).toEqual({ delimiter: ',', records: [['name', 'purposes'], ['Billing, invoices', 'a "quoted"\nsecond line']], unterminatedAt: null });
  });

  it('takes the semicolon when the header uses it, and skips blank lines', () => {
    expect(parseCsv('nome;finalità\n\nPaghe;Stipendi\n').records).toEqual([['nome', 'finalità'], ['Paghe', 'Stipendi']]);
  });

  it('reports the line where an unclosed quote opened', () => {
    expect(parseCsv('name,purposes\nA,b\nC,"open\nmore').unterminatedAt).toBe(3);
  });
});
