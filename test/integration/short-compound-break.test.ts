import { afterAll, describe, expect, it } from 'vitest';
import type { LetterLayout } from '../../electron/core/documents/pdf/letter-layout';
import { renderLetterPdf } from '../../electron/core/documents/pdf/render-letter';
import { renderedPages } from '../support/pdf-layout';
import { tempDir } from './temp-vault';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A notice to the people whose paragraph puts "e-mail" (or "co-titolare") after `fill` words, so that one sweep brings it to every place on a line. */
function notice(language: 'en' | 'it', fill: number): LetterLayout {
  const words = Array.from({ length: fill }, (_, i) => (language === 'en' ? ['the', 'attackers', 'copied', 'a', 'list'][i % 5] : ['gli', 'autori', 'hanno', 'copiato', 'un', 'elenco'][i % 6])).join(' ');
  const sentence =
    language === 'en'
      ? `${words} with names, e-mail addresses and phone numbers, which the co-controller also held within the one-month period.`
      : `${words} con nomi, indirizzi e-mail e numeri di telefono, che anche il co-titolare deteneva prima della pre-notifica.`;
  return {
    language,
    title: 'Notice',
    organisation: { name: 'Lumenta Srl', addressLines: ['Via Roma 1', '20121 Milano'] },
    dpo: { title: 'Data Protection Officer', name: 'Maria Esposito', email: 'dpo@lumenta.example', phone: '+39 02 0000 0000' },
    signatory: null,
    recipient: { name: 'Davide Romano', onBehalfOf: null, lines: ['Via Verdi 2', '20121 Milano'] },
    references: [{ label: 'Date', value: '3 December 2026' }],
    salutation: language === 'en' ? 'Dear customer,' : 'Gentile cliente,',
    body: { subject: language === 'en' ? 'A breach of your personal data' : 'Una violazione dei Suoi dati personali', blocks: [{ type: 'paragraph', text: sentence }] },
    closing: language === 'en' ? 'Yours sincerely,' : 'Cordiali saluti,',
    footer: 'Lumenta Srl · B-2026-004',
    pageLabel: language === 'en' ? 'Page {{page.number}} of {{page.count}}' : 'Pagina {{page.number}} di {{page.count}}',
    draftMark: null,
    labels: { email: 'E-mail', phone: language === 'en' ? 'Phone' : 'Telefono', continued: language === 'en' ? 'continued' : 'segue' },
    metadata: { subject: 'Notice', keywords: [], createdAt: new Date('2026-12-03T10:00:00Z') },
  };
}

describe('a hyphenated word is never broken at its hyphen (reviews D41 and 5, E6)', () => {
  it('keeps "e-mail", "co-titolare" / "co-controller", "pre-notifica" and "one-month" whole on the rendered line, EN and IT, wherever the line ends', async () => {
    const broken: string[] = [];
    let atLineStart = 0;
    for (const language of ['en', 'it'] as const) {
      for (let fill = 0; fill <= 30; fill += 1) {
        const lines = renderedPages(await renderLetterPdf(notice(language, fill)), tmp.dir).flatMap((page) => page.body.map((line) => line.text));
        for (const line of lines) {
          if (/\p{L}-$/u.test(line)) broken.push(`${language}, ${fill} words: "${line}"`);
          if (/^(e-mail|co-titolare|co-controller|pre-notifica|one-month)/.test(line)) atLineStart += 1;
        }
        if (!lines.join(' ').includes('e-mail')) broken.push(`${language}, ${fill} words: no "e-mail" on one line`);
      }
    }
    expect(broken).toEqual([]);
    // The sweep did bring a compound to the end of a line: it moved whole to the next.
    expect(atLineStart).toBeGreaterThan(0);
  }, 120_000);
});
