import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import type { DocumentSummary, LetterPreview } from '../../electron/shared/document-contract';
import type { NewRequest } from '../../electron/shared/requests';
import type { Settings } from '../../electron/shared/settings';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * Finalised letters over a real vault: named missing fields before anything is generated,
 * the stored bytes and their SHA-256, versions that never replace each other, the audit
 * chain and the request timeline, the DPO's edits, and the PDF/A and tagging metadata.
 */
const NOW = new Date('2026-04-10T08:00:00Z');

const ORGANISATION: Partial<Settings> = {
  'organisation.name': 'Noventia Srl & Partners',
  'organisation.address': 'Via Privata Bernardo Rucellai 12\n20126 Milano MI',
  'organisation.country': 'IT',
  'organisation.timeZone': 'Europe/Rome',
  'organisation.dpoName': 'Chiara Esposito',
  'organisation.dpoEmail': 'dpo@noventia.example',
};

const agentRequest: NewRequest = {
  regime: 'gdpr',
  types: ['access'],
  receivedAt: '2026-03-31T10:00:00+02:00',
  channel: 'email',
  subjectName: 'Ingrid Ørsted',
  subjectEmail: 'ingrid@example.dk',
  requesterRelation: 'authorised-agent',
  requesterName: 'Σωκράτης Παπαδόπουλος',
  requesterEmail: 'sokratis@example.gr',
};

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

describe('finalised letters in the vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  let app: ReturnType<typeof appOver>;
  let clock = NOW.getTime();

  beforeEach(async () => {
    tmp = tempDir();
    clock = NOW.getTime();
    app = appOver(tmp.dir, () => new Date(clock));
    await app.session.create(PASSPHRASE);
    await app.dispatch('settings.update', { changes: ORGANISATION });
  });
  afterEach(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  const createRequest = (request: NewRequest) => call<{ id: string; reference: string }>('requests.create', { request });

  it('names every missing field before generating, and never prints a blank', async () => {
    const { id } = await createRequest({ ...agentRequest, requesterEmail: null });
    const preview = await call<LetterPreview>('documents.preview', { caseId: id, kind: 'access-response', language: 'en' });
    expect(preview.pdfBase64).toBeNull();
    expect(preview.missing.map((m) => m.key)).toEqual([
      'recipient.contact',
      'access.purposes',
      'access.categories',
      'access.recipients',
      'access.transfers',
      'access.retention',
      'access.source',
      'access.automatedDecisions',
      'access.enclosures',
      'authority.name',
      'authority.address',
      'authority.website',
      'complaint.authority',
    ]);
    expect(JSON.stringify(preview.body)).toContain('⟦Retention period or criteria (Art. 15(1)(d))⟧');
    expect(JSON.stringify(preview.body)).not.toMatch(/undefined|null/);

    const finalise = await app.dispatch('documents.finalise', { caseId: id, kind: 'access-response', language: 'it' });
    expect(finalise.ok).toBe(false);
    if (finalise.ok) return;
    expect(finalise.error.code).toBe('VALIDATION');
    expect(finalise.error.message).toMatch(/^Fill these before generating the letter: .*Periodo di conservazione o criteri .*\[access\.retention\]/);
    expect(finalise.error.issues?.map((i) => i.path)).toContain('authority.website');
    const bad = await app.dispatch('documents.preview', { caseId: id, kind: 'access-response', language: 'en', inputs: { 'action.date': '2026-04-01' } });
    expect(!bad.ok && bad.error.issues?.[0]?.path).toBe('inputs.action.date');
    expect((await call<DocumentSummary[]>('documents.list', { caseId: id })).length).toBe(0);
  });

  it('stores each finalised version with its SHA-256, audits it without personal data and shows it on the timeline', async () => {
    const { id, reference } = await createRequest(agentRequest);
    const first = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'acknowledgement', language: 'en' });
    clock += 3_600_000;
    const second = await call<DocumentSummary>('documents.finalise', { caseId: id, kind: 'acknowledgement', language: 'en' });
    const italian = await call<DocumentSummary>('documents.finalise', { caseId: id, kind: 'acknowledgement', language: 'it' });
    expect([first.version, second.version, italian.version]).toEqual([1, 2, 1]);
    expect(first).toMatchObject({ caseType: 'request', caseId: id, kind: 'acknowledgement', status: 'finalised', title: `Acknowledgement of request ${reference}` });

    const list = await call<DocumentSummary[]>('documents.list', { caseId: reference });
    expect(list.map((d) => [d.language, d.version])).toEqual([
      ['en', 2],
      ['it', 1],
      ['en', 1],
    ]);
    for (const doc of list) {
      const file = await call<{ fileName: string; mimeType: string; base64: string }>('documents.export', { documentId: doc.id });
      const bytes = Buffer.from(file.base64, 'base64');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(doc.sha256);
      expect(bytes.length).toBe(doc.size);
      expect(file).toMatchObject({ fileName: `${reference}-acknowledgement-${doc.language}-v${doc.version}.pdf`, mimeType: 'application/pdf' });
    }

    const detail = await app.handlers['requests.get']({ id });
    expect(detail.timeline.filter((t) => t.action === 'request.letter-finalised')).toHaveLength(3);
    const events = await app.session.db().selectFrom('audit_events').select(['action', 'data']).where('action', '=', 'request.letter-finalised').execute();
    expect(JSON.parse(events[0]!.data)).toEqual({ documentId: first.id, kind: 'acknowledgement', language: 'en', version: 1, sha256: first.sha256, size: first.size, letterDate: first.letterDate });
    expect(events.map((e) => e.data).join()).not.toMatch(/Ørsted|Σωκράτης|example/);
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);

    await expect(sql`UPDATE documents SET title = 'changed' WHERE id = ${first.id}`.execute(app.session.db())).rejects.toThrow(/cannot be changed/);
  });

  it('prints the DPO’s edited text, refuses edits that leave a field unfilled, and addresses the agent', async () => {
    const { id } = await createRequest(agentRequest);
    const preview = await call<LetterPreview>('documents.preview', { caseId: id, kind: 'acknowledgement', language: 'en' });
    const body = { ...preview.body, blocks: [...preview.body.blocks, { type: 'paragraph' as const, text: 'We have also noted your new address in Łódź.' }] };
    const left = await app.dispatch('documents.finalise', { caseId: id, kind: 'acknowledgement', language: 'en', body: { ...body, subject: 'About ⟦Request reference⟧' } });
    expect(!left.ok && left.error.code).toBe('VALIDATION');
    const doc = await call<DocumentSummary>('documents.finalise', { caseId: id, kind: 'acknowledgement', language: 'en', body });
    const file = await call<{ base64: string }>('documents.export', { documentId: doc.id });
    const pdfPath = join(tmp.dir, 'edited.pdf');
    writeFileSync(pdfPath, Buffer.from(file.base64, 'base64'));
    const text = run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).replace(/\s+/g, ' ');
    expect(text).toContain('We have also noted your new address in Łódź.');
    expect(text).toContain('Σωκράτης Παπαδόπουλος');
    expect(text).toContain('on behalf of Ingrid Ørsted');
    expect(text).toContain('sokratis@example.gr');
    expect(text).toContain('Dear Σωκράτης Παπαδόπουλος,');
    const stored = await app.session.db().selectFrom('documents').select('body_json').where('id', '=', doc.id).executeTakeFirstOrThrow();
    expect(JSON.parse(stored.body_json)).toEqual(body);
  });

  it('writes PDF/A-2b identification, a tagged structure, the language and the metadata', async () => {
    const { id, reference } = await createRequest(agentRequest);
    const preview = await call<LetterPreview>('documents.preview', { caseId: id, kind: 'acknowledgement', language: 'it' });
    const pdf = Buffer.from(preview.pdfBase64 ?? '', 'base64');
    const path = join(tmp.dir, 'letter.pdf');
    writeFileSync(path, pdf);
    const info = run('pdfinfo', [path]);
    expect(info).toMatch(new RegExp(`Title: +Conferma di ricezione della richiesta ${reference}`));
    expect(info).toMatch(/Author: +Chiara Esposito, Noventia Srl ＆ Partners/);
    expect(info).toMatch(/Keywords: +DPO Desk; acknowledgement; .*GDPR; it/);
    expect(info).toMatch(/Tagged: +yes/);
    expect(info).toMatch(/PDF version: +1\.7/);
    expect(info).toMatch(/Page size: +595\.28 x 841\.89 pts \(A4\)/);
    const meta = run('pdfinfo', ['-meta', path]);
    expect(meta).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(meta).toContain('<dc:title>');
    expect(pdf.includes('/Lang (it-IT)')).toBe(true);
    expect(pdf.includes('/DisplayDocTitle true')).toBe(true);
    expect(pdf.includes('/OutputIntents')).toBe(true);
    const fonts = run('pdffonts', [path]).split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/LiberationSans\S* +CID TrueType +Identity-H +yes yes yes/);
    const structure = run('pdfinfo', ['-struct-text', path]);
    expect(structure).toMatch(/^Document/);
    expect(structure).toMatch(/H1 \(block\)\n +"Sua richiesta del 31/);
    expect(structure).toContain('Gentile Σωκράτης Παπαδόπουλος,');
    expect(structure).not.toContain('Pagina 1 di 1');
  });
});
