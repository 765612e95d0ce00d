import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { renderText } from '../../electron/core/i18n';
import type { DocumentSummary, LetterDraft, LetterPreview } from '../../electron/shared/document-contract';
import type { NewRequest, Transition } from '../../electron/shared/requests';
import { letterVault, pdfPages } from '../support/letter-vault';

/**
 * Letters as things that are sent, over a real vault: the date a letter bears (default,
 * set, refused, warned), DRAFT / BOZZA on every page of a preview and on none of a
 * finalised letter, the record of its sending, kept drafts, and the language-mix warning.
 */
const NOW = new Date('2026-05-05T08:00:00Z');

const request: NewRequest = {
  regime: 'gdpr',
  types: ['access'],
  receivedAt: '2026-04-08T10:00:00+02:00',
  channel: 'email',
  subjectName: 'Giulia Bianchi',
  subjectEmail: 'giulia@example.it',
};
const verified: Transition = { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } };

describe('letters as things that are sent', () => {
  const { app, tmp, call, refused } = letterVault(NOW);

  async function extendedRequest(): Promise<{ id: string; reference: string }> {
    const created = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id: created.id, transition: verified });
    await call('requests.transition', { id: created.id, transition: { to: 'extended', reason: 'I Suoi dati si trovano in sei sistemi e presso due responsabili del trattamento.' } });
    return created;
  }

  it('dates a letter on the day the extension was recorded by default, takes a set date, refuses one before the request or after the deadline it extends', async () => {
    const { reference } = await extendedRequest();
    const today = await call<LetterPreview>('documents.preview', { caseId: reference, kind: 'extension-notice', language: 'it' });
    expect(today.date).toBe('2026-05-05');
    expect(today.warnings).toEqual([]);
    // Told after the first month, the person was not told in time: the extension can no longer be notified (Art. 12(3); review 6, F13).
    const late = await refused('documents.preview', { caseId: reference, kind: 'extension-notice', language: 'it', date: '2026-05-11' });
    expect(late).toMatchObject({ code: 'VALIDATION' });
    expect(late.message).toContain('the extension can no longer be notified (Art. 12(3) GDPR)');

    const onTime = await call<LetterPreview>('documents.preview', { caseId: reference, kind: 'extension-notice', language: 'it', date: '2026-05-08' });
    expect(onTime.warnings).toEqual([]);
    const text = pdfPages(Buffer.from(onTime.pdfBase64 ?? '', 'base64'), tmp.dir, { raw: true }).join(' ');
    expect(text).toContain('8 maggio 2026');
    expect(text).toContain('Data della Sua richiesta');
    expect(text).toContain('Sua richiesta dell’8 aprile 2026');
    expect(text).toContain('entro l’8 maggio 2026');
    expect(text).not.toMatch(/\b(del|il|al) 8 /);

    const early = await refused('documents.preview', { caseId: reference, kind: 'extension-notice', language: 'en', date: '2026-04-07' });
    expect(early).toMatchObject({ code: 'VALIDATION' });
    expect(early.message).toContain('the date the request was received on Wed 8 Apr 2026');
  });

  it('marks every page of a preview DRAFT / BOZZA and no page of the finalised letter', async () => {
    const { reference } = await extendedRequest();
    for (const [language, mark] of [['en', 'DRAFT'], ['it', 'BOZZA']] as const) {
      const preview = await call<LetterPreview>('documents.preview', { caseId: reference, kind: 'extension-notice', language, date: '2026-05-08' });
      const pages = pdfPages(Buffer.from(preview.pdfBase64 ?? '', 'base64'), tmp.dir, { raw: true });
      expect(pages.length).toBeGreaterThan(0);
      if (process.env.LETTERS_OUT) writeFileSync(join(process.env.LETTERS_OUT, `draft-${language}.pdf`), Buffer.from(preview.pdfBase64 ?? '', 'base64'));
      for (const page of pages) expect(page).toContain(mark);
    }
    const document = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'extension-notice', language: 'en', date: '2026-05-08', confirmLanguage: true });
    expect(document.letterDate).toBe('2026-05-08');
    expect(document.recipient).toBe('Giulia Bianchi');
    const file = await call<{ base64: string }>('documents.export', { documentId: document.id });
    for (const page of pdfPages(Buffer.from(file.base64, 'base64'), tmp.dir, { raw: true })) expect(page).not.toMatch(/DRAFT|BOZZA/);
  });

  it('records each sending (day, channel, to whom), never before the letter’s date nor in the future, audited without the recipient', async () => {
    const { id, reference } = await extendedRequest();
    const document = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'extension-notice', language: 'it', date: '2026-05-04' });
    expect(document.dispatches).toEqual([]);
    expect(await refused('documents.sent', { documentId: document.id, sentOn: '2026-05-03', channel: 'email', recipient: 'Giulia Bianchi' })).toMatchObject({ code: 'VALIDATION' });
    expect(await refused('documents.sent', { documentId: document.id, sentOn: '2026-05-06', channel: 'email', recipient: 'Giulia Bianchi' })).toMatchObject({ code: 'VALIDATION' });
    expect(await refused('documents.sent', { documentId: document.id, sentOn: '2026-05-04', channel: 'pigeon', recipient: 'Giulia Bianchi' })).toMatchObject({ code: 'VALIDATION' });

    const sent = await call<DocumentSummary>('documents.sent', { documentId: document.id, sentOn: '2026-05-05', channel: 'pec', recipient: 'Giulia Bianchi <giulia@pec.example.it>' });
    expect(sent.dispatches).toMatchObject([{ sentOn: '2026-05-05', channel: 'pec', recipient: 'Giulia Bianchi <giulia@pec.example.it>', recordedBy: 'test' }]);
    const listed = await call<DocumentSummary[]>('documents.list', { caseId: reference });
    expect(listed[0]?.dispatches).toHaveLength(1);

    const detail = await app.handlers['requests.get']({ id });
    expect(detail.timeline.map((t) => t.action)).toContain('request.letter-sent');
    const events = await app.session.db().selectFrom('audit_events').select('data').where('action', '=', 'request.letter-sent').execute();
    expect(events.map((e) => e.data).join()).not.toMatch(/Giulia|giulia/);
    expect(JSON.parse(events.at(-1)?.data ?? '{}')).toMatchObject({ documentId: document.id, channel: 'pec', sentOn: '2026-05-05' });
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
  });

  it('keeps a draft of the date, inputs and edited text until the letter is finalised', async () => {
    const { reference } = await extendedRequest();
    const key = { caseId: reference, kind: 'extension-notice', language: 'en' } as const;
    expect(await call<LetterDraft | null>('documents.draftGet', key)).toBeNull();
    const inputs = { 'extension.reasons': 'Your data is held in six systems.' };
    await call<LetterDraft>('documents.draftSave', { ...key, date: '2026-05-08', inputs });
    expect(await call<LetterDraft | null>('documents.draftGet', key)).toMatchObject({ date: '2026-05-08', inputs, body: null });
    await call<LetterDraft>('documents.draftSave', { ...key, date: '2026-05-07', inputs });
    expect((await call<LetterDraft | null>('documents.draftGet', key))?.date).toBe('2026-05-07');
    // A draft kept before a field was retired from its template still opens, without the field.
    await app.session.db().updateTable('letter_drafts').set({ inputs_json: JSON.stringify({ ...inputs, 'notifier.name': 'Anna Verdi' }) }).where('kind', '=', 'extension-notice').execute();
    expect((await call<LetterDraft | null>('documents.draftGet', key))?.inputs).toEqual(inputs);
    await call<DocumentSummary>('documents.finalise', { ...key, date: '2026-05-08', inputs });
    expect(await call<LetterDraft | null>('documents.draftGet', key)).toBeNull();
  });

  it('warns when free text in a letter reads as the other language', async () => {
    const { reference } = await extendedRequest();
    const en = await call<LetterPreview>('documents.preview', { caseId: reference, kind: 'extension-notice', language: 'en', date: '2026-05-08' });
    expect(en.warnings.map((w) => w.code)).toEqual(['language-mix']);
    expect(en.warnings[0]?.message.en).toBe('“Reasons for the extension” looks written in Italian, but this letter is in English.');
    const it = await call<LetterPreview>('documents.preview', { caseId: reference, kind: 'extension-notice', language: 'it', date: '2026-05-08' });
    expect(it.warnings).toEqual([]);
  });

  it('refuses to finalise a letter with text in the other language until the DPO confirms it, and audits the confirmation', async () => {
    const { reference } = await extendedRequest();
    const letter = { caseId: reference, kind: 'extension-notice', language: 'en', date: '2026-05-08' } as const;
    const before = await app.session.db().selectFrom('documents').select('id').execute();

    const unconfirmed = await refused('documents.finalise', letter);
    expect(unconfirmed).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'extension.reasons' }] });
    expect(unconfirmed.message).toBe(
      'This letter is in English, but text in it looks written in Italian: “Reasons for the extension”. Write it in English, or confirm that it is meant to stay as it is',
    );
    expect(renderText('it', unconfirmed.detail ?? { key: '' })).toBe(
      'Questa lettera è in inglese, ma vi compare testo che sembra scritto in italiano: «Motivi della proroga». Scrivilo in inglese oppure conferma che deve restare così com’è',
    );
    expect(await refused('documents.finalise', { ...letter, confirmLanguage: false })).toMatchObject({ code: 'VALIDATION' });
    expect(await app.session.db().selectFrom('documents').select('id').execute()).toHaveLength(before.length);

    const edited = await call<DocumentSummary>('documents.finalise', { ...letter, inputs: { 'extension.reasons': 'Your data is held in six systems and by two processors.' } });
    expect(edited.version).toBe(1);
    const confirmed = await call<DocumentSummary>('documents.finalise', { ...letter, confirmLanguage: true });
    expect(confirmed.version).toBe(2);

    const events = await app.session.db().selectFrom('audit_events').select('data').where('action', '=', 'request.letter-finalised').orderBy('seq').execute();
    const facts = events.slice(-2).map((e) => JSON.parse(e.data ?? '{}') as Record<string, unknown>);
    expect(facts[0]).not.toHaveProperty('languageConfirmed');
    expect(facts[1]).toMatchObject({ documentId: confirmed.id, languageConfirmed: ['extension.reasons'] });
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
  });
});
