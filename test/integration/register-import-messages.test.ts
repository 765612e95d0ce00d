import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import type { ImportIssue } from '../../electron/shared/registers';
import { call, openDesk, type DeskApp } from './dashboard-seed';

/**
 * A CSV import's row errors are catalogue messages with parameters: each renders in English
 * and in Italian, and the English stays in `message` for scripts.
 */
describe('the register import names each problem in the reader’s language', () => {
  let app: DeskApp;
  beforeAll(async () => {
    app = await openDesk();
  });
  afterAll(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  const issuesOf = async (csv: string): Promise<ImportIssue[]> => {
    const result = await call(app, 'registers.import', { csv });
    expect(result.imported).toBe(0);
    return result.issues;
  };
  const rendered = (issues: ImportIssue[]) =>
    issues.map((issue) => {
      expect(issue.message).toBe(renderText('en', issue.detail));
      return { row: issue.row, column: issue.column, en: renderText('en', issue.detail), it: renderText('it', issue.detail) };
    });

  it('the file’s shape: a quote never closed, no rows, an unknown column', async () => {
    expect(rendered(await issuesOf('name,description\n"Payroll,x'))).toEqual([
      { row: 2, column: '', en: 'A quoted cell opens here and is never closed', it: 'Qui si apre una cella tra virgolette che non viene mai chiusa' },
    ]);
    expect(rendered(await issuesOf('name,description\n'))[0]).toMatchObject({ row: 1, it: 'Il file deve avere una riga di intestazione e almeno un’attività' });
    const unknown = rendered(await issuesOf('name,colour\nPayroll,blue'));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ row: 1, column: 'colour', en: expect.stringMatching(/^Unknown column; the columns are: reference, role, name, /) as string });
    expect(unknown[0]?.it).toMatch(/^Colonna sconosciuta; le colonne sono: reference, role, name, /);
  });

  it('each row: a purpose without a legal basis, a processor not in the register, a yes/no, a whole number, an unknown activity', async () => {
    const csv = [
      'reference,name,purposes,processors,special_categories,subjects_estimate,breach_categories',
      'PA-999,Payroll,Paying staff,Acme Payroll Ltd,maybe,about 40,colour',
    ].join('\n');
    const byColumn = new Map(rendered(await issuesOf(csv)).map((issue) => [issue.column, issue]));
    expect(byColumn.get('purposes')).toMatchObject({ row: 2, en: '"Paying staff" needs a legal basis after a colon, e.g. "Invoicing: legal-obligation"', it: '«Paying staff» richiede una base giuridica dopo i due punti, ad es. «Fatturazione: legal-obligation»' });
    expect(byColumn.get('processors')).toMatchObject({ en: 'Acme Payroll Ltd is not a processor in the register; add it first', it: 'Acme Payroll Ltd non è un responsabile del trattamento nel registro: aggiungilo prima' });
    expect(byColumn.get('special_categories')).toMatchObject({ en: 'Write yes or no', it: 'Scrivi sì o no' });
    expect(byColumn.get('subjects_estimate')).toMatchObject({ en: 'Write a whole number', it: 'Scrivi un numero intero' });
    expect(byColumn.get('reference')).toMatchObject({ it: 'Non c’è un’attività PA-999 da aggiornare: lascia vuoto il riferimento per aggiungerne una' });
    expect(byColumn.get('breach_categories')?.it).toMatch(/^colour non è una categoria di dati delle violazioni \(identity, contact, /);
  });
});
