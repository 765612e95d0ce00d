import { describe, expect, it } from 'vitest';
import type { LetterInputs, LetterLanguage, LetterPreview, RequestLetterKind } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * Review 8, H3 (c): the portability response, and the access response's portability section,
 * say "We enclose it in CSV and JSON in a ZIP archive"; the "Enclosures" list now opens with a
 * line the letter writes for that copy, in the chosen format ("Your personal data in …" / "I Suoi
 * dati personali in …"; to a representative, the person's), and the DPO's typed lines follow. No
 * such line when the data went by direct transmission only (nothing enclosed). A typed line that
 * seems to name the same copy (its format, "copy", "copia") gets a caution before finalising: the
 * list may name it twice. Read from the PDF, EN and IT.
 */
const NOW = new Date('2026-08-20T10:00:00Z');
const FORMAT = { en: 'CSV and JSON in a ZIP archive', it: 'CSV e JSON in un archivio ZIP' };
const ACCESS: LetterInputs = {
  'access.purposes': ['Providing the service'],
  'access.categories': ['Identity and contact data'],
  'access.recipients': ['Our hosting provider'],
  'access.transfers': 'None.',
  'access.retention': 'The contract plus 3 years.',
  'access.source': 'You gave us the data when you signed up.',
  'access.automatedDecisions': 'None.',
};

describe('the portable copy opens the "Enclosures" list (H3 (c))', () => {
  const { call, tmp } = letterVault(NOW, NOVENTIA);

  async function request(types: RequestType[], agent = false): Promise<string> {
    const requester = agent ? { requesterRelation: 'legal-representative', requesterName: 'Avv. Carlo Bassi', requesterEmail: 'bassi@studio.example' } : {};
    const base = { regime: 'gdpr', types, receivedAt: '2026-07-20T10:00:00+02:00', channel: 'email', subjectName: 'Giulia Bianchi', subjectEmail: 'giulia@example.it', ...requester };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: base });
    const method = agent ? 'agent-authorisation' : 'account-login';
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method, outcome: 'verified' }, at: '2026-07-21T10:00:00+02:00' } });
    return reference;
  }

  async function letter(reference: string, kind: RequestLetterKind, language: LetterLanguage, inputs: LetterInputs): Promise<{ missing: string[]; text: string; twice: string[]; list: string[] }> {
    const preview = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind, language, date: '2026-08-20', inputs });
    const text = preview.pdfBase64 ? pdfText(Buffer.from(preview.pdfBase64, 'base64'), tmp.dir) : '';
    const blocks = preview.body.blocks;
    const at = blocks.findIndex((b) => b.type === 'heading' && (b.text === 'Enclosures' || b.text === 'Allegati'));
    const next = at >= 0 ? blocks[at + 1] : undefined;
    return {
      missing: preview.missing.map((m) => m.key),
      text,
      twice: preview.warnings.filter((w) => w.code === 'enclosure-twice').map((w) => w.message[language]),
      list: next?.type === 'list' ? next.items : [],
    };
  }

  const portability = (language: LetterLanguage, enclosures: string[] = []): LetterInputs => ({
    'portability.data': ['Account profile', 'Order history'],
    'portability.format': FORMAT[language],
    'portability.transmission': 'offered',
    ...(enclosures.length > 0 ? { 'access.enclosures': enclosures } : {}),
  });

  it('the portability response: the generated line first, then the typed lines; no typed line needed (EN/IT)', async () => {
    const reference = await request(['portability']);
    const en = await letter(reference, 'portability-response', 'en', portability('en', ['Data dictionary (fields.pdf)']));
    expect(en.missing).toEqual([]);
    expect(en.list).toEqual(['Your personal data in CSV and JSON in a ZIP archive', 'Data dictionary (fields.pdf)']);
    expect(en.text).toContain('We enclose it in CSV and JSON in a ZIP archive, a structured, commonly used and machine-readable format (Article 20(1)).');
    expect(en.text).toContain('Enclosures Your personal data in CSV and JSON in a ZIP archive');
    expect(en.twice).toEqual([]);
    const it_ = await letter(reference, 'portability-response', 'it', portability('it'));
    expect(it_.missing).toEqual([]);
    expect(it_.list).toEqual(['I Suoi dati personali in CSV e JSON in un archivio ZIP']);
    expect(it_.text).toContain('Allegati I Suoi dati personali in CSV e JSON in un archivio ZIP');
  });

  it('to a representative the line names the person (EN/IT)', async () => {
    const reference = await request(['portability'], true);
    expect((await letter(reference, 'portability-response', 'en', portability('en'))).list).toEqual(['Giulia Bianchi’s personal data in CSV and JSON in a ZIP archive']);
    expect((await letter(reference, 'portability-response', 'it', portability('it'))).list).toEqual(['I dati personali di Giulia Bianchi in CSV e JSON in un archivio ZIP']);
  });

  it('direct transmission only: nothing enclosed, no line; transmitted and a copy enclosed too: the line (EN/IT)', async () => {
    const reference = await request(['portability']);
    const done = { 'portability.transmission': 'done', 'portability.recipient': 'Nuvola Analytics Srl', 'portability.transmittedOn': '2026-08-19' };
    for (const language of ['en', 'it'] as const) {
      const only = await letter(reference, 'portability-response', language, { ...portability(language), ...done });
      expect(only.missing, language).toEqual([]);
      expect(only.list, language).toEqual([]);
      expect(only.text, language).not.toMatch(/Enclosures|Allegati|personal data in CSV|dati personali in CSV/);
    }
    const both = await letter(reference, 'portability-response', 'en', { ...portability('en', ['Cover note']), ...done });
    expect(both.list).toEqual(['Your personal data in CSV and JSON in a ZIP archive', 'Cover note']);
  });

  it('the access response with portability opens its list with the portable copy; without portability, as typed (EN/IT)', async () => {
    const both = await request(['access', 'portability']);
    const en = await letter(both, 'access-response', 'en', { ...ACCESS, ...portability('en', ['Account export (account.pdf)']) });
    expect(en.missing).toEqual([]);
    expect(en.list).toEqual(['Your personal data in CSV and JSON in a ZIP archive', 'Account export (account.pdf)']);
    const it_ = await letter(both, 'access-partial', 'it', { ...ACCESS, ...portability('it', ['Estratto del conto (account.pdf)']), 'access.withheld': ['Note interne'], 'access.withheldReasons': 'Riguardano altri clienti.' });
    expect(it_.list).toEqual(['I Suoi dati personali in CSV e JSON in un archivio ZIP', 'Estratto del conto (account.pdf)']);
    const alone = await request(['access']);
    const plain = await letter(alone, 'access-response', 'en', { ...ACCESS, 'access.enclosures': ['export.json'] });
    expect(plain.list).toEqual(['export.json']);
    // The access copy is still the DPO's to list (Art. 15(3)): missing until given.
    expect((await letter(both, 'access-response', 'en', { ...ACCESS, ...portability('en') })).missing).toEqual(['access.enclosures']);
  });

  it('a typed line naming the format or "copy" / "copia" is cautioned: the list may name the copy twice (EN/IT)', async () => {
    const reference = await request(['portability']);
    const en = await letter(reference, 'portability-response', 'en', portability('en', ['Cover note', 'export.json']));
    expect(en.twice).toEqual([
      'The “Enclosures” list opens with a line the letter writes itself for the portable copy it encloses (the personal data in CSV and JSON in a ZIP archive). The line you added, “export.json”, seems to name the same copy, so the list may name it twice: remove that line if it is the same file, or say what else it is.',
    ]);
    const it_ = await letter(reference, 'portability-response', 'it', portability('it', ['Copia dei dati']));
    expect(it_.twice).toEqual([
      'L’elenco «Allegati» si apre con una riga che la lettera scrive da sé per la copia portabile che allega (i dati personali in CSV e JSON in un archivio ZIP). La riga che hai aggiunto, «Copia dei dati», sembra indicare la stessa copia, quindi l’elenco potrebbe citarla due volte: elimina quella riga se si tratta dello stesso file, oppure specifica che cos’altro è.',
    ]);
    expect((await letter(reference, 'portability-response', 'en', portability('en', ['A copy of your data']))).twice).toHaveLength(1);
    // A line that names neither, and a letter that encloses nothing, are not cautioned.
    expect((await letter(reference, 'portability-response', 'en', portability('en', ['Data dictionary (fields.pdf)']))).twice).toEqual([]);
    const done = { 'portability.transmission': 'done', 'portability.recipient': 'Nuvola Analytics Srl', 'portability.transmittedOn': '2026-08-19' };
    expect((await letter(reference, 'portability-response', 'en', { ...portability('en'), ...done })).twice).toEqual([]);
    // The access copy named by the portability format: the same file may be listed twice.
    const both = await request(['access', 'portability']);
    expect((await letter(both, 'access-response', 'en', { ...ACCESS, ...portability('en', ['export.json (account data)']) })).twice).toHaveLength(1);
  });
});
