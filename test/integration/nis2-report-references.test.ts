import { describe, expect, it } from 'vitest';
import { breachDetailLines } from '../../electron/cli/commands/breach-format';
import { cliText } from '../../electron/cli/cli-text';
import { renderText } from '../../electron/core/i18n';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { LetterInputs, LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault, NOVENTIA_NIS2, NOVENTIA_WITH_CONTACTS, pdfPages } from '../support/letter-vault';
import { shortBlockProblems } from '../support/pdf-layout';

/**
 * The NIS2 reports of demo B-2026-006 (sixth lawyer review): the incident notification's CSIRT
 * reference recorded after the early warning's (F16 b), containment recorded but no end (F16
 * a), the register's English title in Italian reports (F12), the "Entity" table split (D31) and
 * "Dear CSIRT Italia," (F19). Each report is generated, EN and IT, and read back with pdftotext.
 */
const AWARE_AT = '2026-12-02T23:30:00+01:00';
const CONTAINED_AT = '2026-12-03T00:04:00+01:00';
const EARLY_WARNING_AT = '2026-12-03T19:34:00+01:00';
const NOTIFIED_AT = '2026-12-04T05:30:00+01:00';
const TITLE = 'Object-storage bucket with exports left public';

describe('NIS2 reports: one CSIRT reference per report, containment is not the end, the title in the report’s language', () => {
  let clock = Date.parse('2026-12-04T09:00:00+01:00');
  const { tmp, call, refused } = letterVault(() => new Date(clock), { ...NOVENTIA_WITH_CONTACTS, ...NOVENTIA_NIS2 });
  let breach: BreachDetail;

  const get = () => call<BreachDetail>('breaches.get', { id: breach.id });
  const preview = (kind: string, language: LetterLanguage, inputs: LetterInputs) => call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind, language, inputs });
  const pagesOf = (p: LetterPreview) => pdfPages(Buffer.from(p.pdfBase64 ?? '', 'base64'), tmp.dir);
  const rowsOf = (p: LetterPreview) => p.body.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => `${r.label}: ${r.value}`) : []));
  /** The NIS2 reports `breach show` lists, in the reader's language. */
  const shown = (d: BreachDetail, language: 'en' | 'it') => {
    const x = cliText(language);
    const lines = breachDetailLines(d, x);
    return lines.slice(lines.indexOf(x.t('msg.cli.breach.notifications')) + 1, lines.indexOf(x.t('msg.cli.breach.actions')));
  };
  /** A preview with nothing missing, read back with pdftotext. */
  const printed = async (language: LetterLanguage, inputs: LetterInputs) => {
    const p = await preview('nis2-report', language, inputs);
    expect(p.missing.map((m) => m.key), language).toEqual([]);
    return { p, pages: pagesOf(p) };
  };

  it('records the incident notification’s reference beside the early warning’s, and prints each against its own report', async () => {
    breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: TITLE,
        awareAt: AWARE_AT,
        description: 'A storage bucket holding CSV exports of account data was readable without authentication for nine days. Access closed on discovery.',
        cause: 'human-error',
        occurredFrom: '2026-11-24T09:00:00+01:00',
        systems: ['Object storage (exports)'],
        roles: { controllerSide: true, clientIds: [], processorReportedAt: null, nis2Significant: true },
      },
    });
    await call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: CONTAINED_AT, who: 'Cloud operations', text: 'Public access to the bucket removed.' } });
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'early-warning', sentAt: EARLY_WARNING_AT, reference: 'CSIRT-IT pre-notifica 7731' });
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'notification', sentAt: NOTIFIED_AT, reference: 'CSIRT-IT 7731/N' });
    const after = await get();
    expect(after.roles.nis2.references).toEqual({ 'early-warning': 'CSIRT-IT pre-notifica 7731', notification: 'CSIRT-IT 7731/N', progress: null, final: null });
    // Recorded again without a reference, a report keeps its own.
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'notification', sentAt: NOTIFIED_AT });
    expect((await get()).roles.nis2.references.notification).toBe('CSIRT-IT 7731/N');

    expect(shown(after, 'en')).toEqual(['  3 Dec 2026, 19:34  NIS2 early warning, ref CSIRT-IT pre-notifica 7731', '  4 Dec 2026, 05:30  NIS2 incident notification, ref CSIRT-IT 7731/N']);
    expect(shown(after, 'it')).toEqual(['  3 dic 2026, 19:34  pre-notifica NIS2, rif. CSIRT-IT pre-notifica 7731', "  4 dic 2026, 05:30  notifica dell'incidente NIS2, rif. CSIRT-IT 7731/N"]);

    // The Garante notification's section 12 names each report with its own reference.
    const garante = await preview('authority-notification', 'en', { 'notice.phase': 'preliminary' });
    const bodies = rowsOf(garante).find((r) => r.includes('NIS2 early warning')) ?? '';
    expect(bodies).toContain('NIS2 early warning under Article 25(5)(a) of Legislative Decree No. 138/2024, sent on 3 December 2026 at 19:34 CET (+01:00), ref. CSIRT-IT pre-notifica 7731');
    expect(bodies).toContain('NIS2 incident notification under Article 25(5)(b) of Legislative Decree No. 138/2024, sent on 4 December 2026 at 05:30 CET (+01:00), ref. CSIRT-IT 7731/N');
    expect(pagesOf(garante).join(' ')).toContain('ref. CSIRT-IT 7731/N');
  });

  it('asks the DPO which applies when containment is recorded but no end, and offers the progress report only at the month', async () => {
    const final = await refused('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { 'csirt.phase': 'final' } });
    expect(final.code).toBe('VALIDATION');
    expect(final.message).toContain('the register records the incident as contained on Thursday 3 December 2026 at 00:04, but no end of the incident, and containment alone is not the end of the handling');
    expect(final.message).toContain('Say which applies: if the incident is over and its handling concluded, record when it ended (breach edit --occurred-to) and prepare the final report');
    expect(final.message).toContain('if its handling will not be concluded by Monday 4 January 2027, when the final report falls due, send the progress report that day');
    expect(final.message).not.toMatch(/while it goes on|still ongoing/);
    const italian = renderText('it', final.detail as Message);
    expect(italian).toContain('il registro ne riporta il contenimento giovedì 3 dicembre 2026 alle ore 00:04, ma non la fine');
    expect(italian).toContain('Indica quale caso ricorre');
    expect(italian).not.toContain('finché è in corso');

    const early = await refused('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { 'csirt.phase': 'progress' } });
    expect(early.message).toContain('No progress report yet for incident B-2026-001: it is owed on Monday 4 January 2027 at 05:30, when the final report falls due one month after the incident notification, and only if the handling of the incident is not concluded by then');
    expect(renderText('it', early.detail as Message)).toContain('è dovuta lunedì 4 gennaio 2027 alle ore 05:30');

    // At the month, handling not concluded: the progress report, worded from what the register says (never "still ongoing" beside "contained").
    clock = Date.parse('2027-01-05T10:00:00+01:00');
    const inputs = { 'csirt.phase': 'progress', 'csirt.whatHappened': 'A storage bucket was readable without authentication.', 'csirt.crossBorder': 'No', 'csirt.impact': 'Low', 'csirt.updates': ['Access logs reviewed'], 'csirt.mitigation': ['Bucket made private'] };
    const en = (await printed('en', inputs)).pages.join(' ');
    expect(en).toContain('because the handling of the significant incident is not concluded now that the final report is due');
    expect(en).toContain('No: contained on 3 December 2026 at 00:04');
    expect(en).not.toContain('still ongoing when');
    const it_ = (await printed('it', { ...inputs, 'csirt.whatHappened': 'Un bucket era leggibile senza autenticazione.', 'csirt.impact': 'Bassa' })).pages.join(' ');
    expect(it_).toContain('la gestione dell’incidente significativo non è conclusa');
    expect(it_).not.toContain('è ancora in corso alla scadenza');
    // The earlier reports, each with its own reference (the CSIRT is never given one report's protocol against another).
    const rows = rowsOf(await preview('nis2-report', 'en', inputs)).find((r) => r.startsWith('Earlier reports')) ?? '';
    expect(rows).toBe(
      'Earlier reports: • Early warning sent on 3 December 2026 at 19:34 CET (+01:00), ref. CSIRT-IT pre-notifica 7731\n• Incident notification sent on 4 December 2026 at 05:30 CET (+01:00), ref. CSIRT-IT 7731/N',
    );
    // Once the end is recorded, the final report is the one owed and a progress report is refused.
    await call('breaches.update', { id: breach.id, changes: { occurredTo: CONTAINED_AT } });
    const ended = await refused('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs });
    expect(ended.message).toContain('the register records that the incident ended on Thursday 3 December 2026, by the day the final report falls due (Monday 4 January 2027), so the final report is the one owed');
    expect(renderText('it', ended.detail as Message)).toContain('quindi è dovuta la relazione finale');
  });

  it('prints no English register title in an Italian report, greets the CSIRT "Dear Sir or Madam," in English, and keeps the Entity table whole', async () => {
    const base = { 'csirt.phase': 'final', 'csirt.crossBorder': 'No', 'csirt.impact': 'Low', 'csirt.mitigation': ['Bucket made private'] };
    const { p: enPreview, pages: en } = await printed('en', { ...base, 'csirt.whatHappened': 'A storage bucket was readable without authentication.' });
    const { p: itPreview, pages: italian } = await printed('it', { ...base, 'csirt.whatHappened': 'Un bucket era leggibile senza autenticazione.', 'csirt.impact': 'Bassa', 'csirt.mitigation': ['Bucket reso privato'] });
    expect(en.join(' ')).toContain('Dear Sir or Madam,');
    expect(en.join(' ')).toContain('Yours faithfully,');
    expect(en.join(' ')).not.toContain('Dear CSIRT Italia');
    expect(italian.join(' ')).toContain('Spettabile CSIRT Italia,');
    // The register's title is in the language the DPO keeps it: left out unless written for the report.
    expect(italian.join(' ')).not.toContain(TITLE);
    expect(en.join(' ')).not.toContain(TITLE);
    const titled = (await printed('it', { ...base, 'csirt.whatHappened': 'Un bucket era leggibile.', 'csirt.impact': 'Bassa', 'csirt.title': 'Bucket di archiviazione con esportazioni reso pubblico' })).pages.join(' ');
    expect(titled).toContain('Titolo Bucket di archiviazione con esportazioni reso pubblico');
    // Section 2 ("Entity": eight short rows with the VAT number and the PEC) stays on one page with its heading.
    for (const [pages, heading, last] of [
      [en, '2. Entity', 'Telephone +39 02 8765 4321'],
      [italian, '2. Soggetto', 'Telefono +39 02 8765 4321'],
    ] as const) {
      expect(pages.join(' ')).not.toMatch(/2\. (Entity \(continued\)|Soggetto \(segue\))/);
      expect(pages.findIndex((p) => p.includes(heading))).toBe(pages.findIndex((p) => p.includes(last)));
    }
    for (const p of [enPreview, itPreview]) expect(shortBlockProblems(Buffer.from(p.pdfBase64 ?? '', 'base64'))).toEqual([]);
  });
});
