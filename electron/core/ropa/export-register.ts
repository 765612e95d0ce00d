import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { GeneratedFile } from '../../shared/generated-file';
import { organisationToday } from '../calendar/organisation-today';
import { readSettings } from '../settings/settings-service';
import { registerCsv } from './export-csv';
import { loadRegisters } from './load-registers';
import { registerFindings } from './register-findings';
import { renderRegisterPdf } from './register-pdf';

/**
 * The register as a file: PDF (EN/IT) for an inspector, CSV in the import's layout for a
 * spreadsheet, or JSON with every register, the measures and the findings. Dated by today
 * in the organisation's zone.
 */
export async function exportRegister(db: Kysely<Database>, format: 'pdf' | 'csv' | 'json', language: 'en' | 'it', now: Date): Promise<GeneratedFile> {
  const [{ today }, registers, settings] = await Promise.all([organisationToday(db, now), loadRegisters(db), readSettings(db)]);
  const base = `${language === 'it' ? 'registro-trattamenti' : 'processing-register'}-${today}`;
  if (format === 'csv') return { fileName: `${base}.csv`, mimeType: 'text/csv', base64: Buffer.from(registerCsv(registers)).toString('base64') };
  if (format === 'json') {
    const json = JSON.stringify({ asOf: today, ...registers, findings: registerFindings(registers, today) }, null, 2);
    return { fileName: `${base}.json`, mimeType: 'application/json', base64: Buffer.from(json).toString('base64') };
  }
  const pdf = await renderRegisterPdf(registers, { settings, language, today, now });
  return { fileName: `${base}.pdf`, mimeType: 'application/pdf', base64: pdf.toString('base64') };
}
