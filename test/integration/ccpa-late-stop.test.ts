import { describe, expect, it } from 'vitest';
import type { LetterLanguage, LetterPreview } from '../../electron/shared/document-contract';
import type { RequestType } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfText } from '../support/letter-vault';

/**
 * A CCPA opt-out of sale or sharing (or limit on sensitive personal information) confirmed as
 * stopped after the 15 business days of CCPA regs § 7026(f) (§ 7027(g)) owns the delay in the
 * letter (review 6, F17, the E17 rule carried over): "Section 7026(f) … required us to stop within
 * 15 business days of your request, by 6 August 2026; we stopped on 4 December 2026. We
 * apologize for the delay.", never "since 4 December 2026 we no longer sell…" alone; the
 * caution names the day the 15 business days ended and the section. A stop within them is
 * unchanged.
 */
const NOW = new Date('2026-12-04T10:00:00Z');

describe('a CCPA opt-out or limit confirmed after its 15 business days', () => {
  // A business that sells or shares: only it has a sale to stop (review 10, K16; ccpa-agent-letters.test.ts for one that does not).
  const { tmp, call } = letterVault(NOW, { ...NOVENTIA, 'ccpa.sellsOrShares': 'yes' });

  // Received on Thursday 16 July 2026: the 15 business days (US-CA calendar) end on Thursday 6 August.
  async function received(types: RequestType[]): Promise<string> {
    const request = { regime: 'ccpa', types, receivedAt: '2026-07-16T10:18:00+02:00', channel: 'email', subjectName: 'Zofia De Luca', subjectEmail: 'zofia@example.com', confirmOldReceipt: true };
    return (await call<{ reference: string }>('requests.create', { request })).reference;
  }

  async function preview(reference: string, language: LetterLanguage, actionDate: string): Promise<{ text: string; warnings: LetterPreview['warnings'] }> {
    const result = await call<LetterPreview>('documents.preview', { caseType: 'request', caseId: reference, kind: 'opt-out-confirmation', language, date: '2026-12-04', inputs: { 'action.date': actionDate } });
    expect(result.missing).toEqual([]);
    return { text: pdfText(Buffer.from(result.pdfBase64 ?? '', 'base64'), tmp.dir).replace(/\s+/g, ' '), warnings: result.warnings };
  }

  it('opt-out stopped on 4 December: says by when it had to stop and when it did, apologises; the caution names § 7026(f) (EN/IT)', async () => {
    const reference = await received(['opt-out']);
    const en = await preview(reference, 'en', '2026-12-04');
    expect(en.text).toContain(
      'We confirm that we no longer sell or share your personal information (California Civil Code § 1798.120). Section 7026(f) of the CCPA regulations (California Code of Regulations, title 11) required us to stop within 15 business days of your request, by 6 August 2026; we stopped on 4 December 2026. We apologize for the delay.',
    );
    expect(en.text).not.toContain('since 4 December 2026');
    const caution = en.warnings.find((w) => w.code === 'action-delayed');
    expect(caution?.message.en).toBe(
      'The stop is confirmed on Fri 4 Dec 2026, after Thu 6 Aug 2026, the last of the 15 business days the CCPA regulations allow (§ 7026(f), opt-out of sale or sharing): the letter says so and apologises for the delay. Check the date before finalising and keep a record of why it took longer.',
    );
    expect(caution?.message.it).toContain('dopo il gio 6 ago 2026, ultimo dei 15 giorni lavorativi concessi dal regolamento attuativo del CCPA (§ 7026(f), opposizione alla vendita o condivisione)');
    const it_ = await preview(reference, 'it', '2026-12-04');
    expect(it_.text).toContain(
      'Le confermiamo che non vendiamo né condividiamo più i Suoi dati personali (California Civil Code § 1798.120). La sezione 7026(f) del regolamento attuativo del CCPA (California Code of Regulations, titolo 11) ci imponeva di interrompere la vendita e la condivisione entro 15 giorni lavorativi dalla Sua richiesta, cioè entro il 6 agosto 2026; le abbiamo interrotte il 4 dicembre 2026. Ci scusiamo per il ritardo.',
    );
    expect(it_.text).not.toContain('dal 4 dicembre 2026');
  });

  it('limit stopped late: § 7027(g) in the letter and the caution (EN/IT); with an opt-out in the same request, both owned', async () => {
    const limit = await received(['limit']);
    const en = await preview(limit, 'en', '2026-09-01');
    expect(en.text).toContain('Section 7027(g) of those regulations required us to stop any other use or disclosure within 15 business days of your request, by 6 August 2026; we stopped on 1 September 2026. We apologize for the delay.');
    expect(en.warnings.find((w) => w.code === 'action-delayed')?.message.en).toContain('(§ 7027(g), limit on the use of sensitive personal information)');
    const it_ = await preview(limit, 'it', '2026-09-01');
    expect(it_.text).toContain('La sezione 7027(g) dello stesso regolamento ci imponeva di interrompere ogni altro uso o comunicazione entro 15 giorni lavorativi dalla Sua richiesta, cioè entro il 6 agosto 2026; li abbiamo interrotti il 1º settembre 2026. Ci scusiamo per il ritardo.');

    const both = await received(['opt-out', 'limit']);
    const mixed = await preview(both, 'en', '2026-09-01');
    expect(mixed.text.match(/We apologize for the delay\./g)).toHaveLength(2);
    expect(mixed.warnings.filter((w) => w.code === 'action-delayed').map((w) => w.message.en)).toEqual([
      expect.stringContaining('(§ 7026(f), opt-out of sale or sharing, and § 7027(g), limit on the use of sensitive personal information)'),
    ]);
  });

  it('opt-out stopped on the last of the 15 business days: "since …", no apology, no caution', async () => {
    const reference = await received(['opt-out']);
    const en = await preview(reference, 'en', '2026-08-06');
    expect(en.text).toContain('We confirm that since 6 August 2026 we no longer sell or share your personal information (California Civil Code § 1798.120; section 7026 of the CCPA regulations');
    expect(en.text).not.toContain('apologise');
    expect(en.warnings.filter((w) => w.code === 'action-delayed')).toEqual([]);
  });
});
