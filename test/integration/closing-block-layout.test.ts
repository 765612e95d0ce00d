import { afterAll, describe, expect, it } from 'vitest';
import type { LetterBlock } from '../../electron/shared/document-contract';
import type { LetterLayout } from '../../electron/core/documents/pdf/letter-layout';
import { BODY_BOTTOM, PARAGRAPH_GAP } from '../../electron/core/documents/pdf/letter-style';
import { renderLetterPdf } from '../../electron/core/documents/pdf/render-letter';
import { closingCompanyProblems, continuationProblems, renderedPages, shortBlockProblems, splitProblems, type RenderedPage } from '../support/pdf-layout';
import { taggedPdf } from '../support/tagged-pdf';
import { tempDir } from './temp-vault';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const CLOSING = 'Cordiali saluti,';
const SIGNATORY = 'Maria Esposito';
const COMPLAINT =
  'Ha il diritto di proporre reclamo a un’autorità di controllo, segnatamente nello Stato membro in cui risiede abitualmente, lavora oppure del luogo ove si è verificata la presunta violazione (art. 77 GDPR).';

/**
 * A refusal like 2026-0091 (its reasons, the complaint, then a two-line last paragraph), with
 * `extra` words of reasons and `addressLines` lines of address, which shift the body by less than a line.
 */
function refusal(extra: number, last: string, addressLines: number): LetterLayout {
  const words = (n: number) => Array.from({ length: n }, (_, i) => (i % 9 === 8 ? 'richiesta.' : 'motivazione')).join(' ');
  const reasons = words(20 + extra);
  const blocks: LetterBlock[] = [
    { type: 'heading', text: 'Motivi del rifiuto' },
    { type: 'paragraph', text: reasons },
    { type: 'paragraph', text: words(60) },
    { type: 'heading', text: 'Diritto di proporre reclamo e ricorso giurisdizionale' },
    { type: 'paragraph', text: COMPLAINT },
    { type: 'paragraph', text: COMPLAINT },
    { type: 'paragraph', text: last },
  ];
  return {
    language: 'it',
    title: 'Riscontro',
    organisation: { name: 'Lumenta Srl', addressLines: ['Via Roma 1', '20121 Milano'] },
    dpo: { title: 'Responsabile della protezione dei dati (RPD)', name: SIGNATORY, email: 'dpo@lumenta.example', phone: '+39 02 0000 0000' },
    signatory: null,
    recipient: { name: 'Davide Romano', onBehalfOf: null, lines: Array.from({ length: addressLines }, (_, i) => `Riga ${i + 1} dell’indirizzo`) },
    references: [{ label: 'Data', value: '3 dicembre 2026' }],
    salutation: 'Gentile Signor Romano,',
    body: { subject: 'Riscontro alla Sua richiesta', blocks },
    closing: CLOSING,
    footer: 'Lumenta Srl · Nostro riferimento 2026-0091',
    pageLabel: 'Pagina {{page.number}} di {{page.count}}',
    draftMark: null,
    labels: { email: 'E-mail', phone: 'Telefono', continued: 'segue' },
    metadata: { subject: 'Riscontro', keywords: [], createdAt: new Date('2026-12-03T10:00:00Z') },
  };
}

/** A hand-made table or list under `parent`: one row ("Row on page 1") or item on page 1, one on page 2. */
function twoPageBlock(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, kind: 'table' | 'list'): void {
  const [container, part, cell, word] = kind === 'table' ? ['Table', 'TR', 'TD', 'Row'] : ['L', 'LI', 'LBody', 'Item'];
  const block = doc.struct(container);
  parent.add(block);
  for (const page of [0, 1]) {
    if (page === 1) doc.addPage();
    const element = doc.struct(part);
    block.add(element);
    element.add(doc.struct(cell, {}, [() => doc.text(`${word} on page ${page + 1}`, 72, 100, { width: 300 })]));
    element.end();
  }
  block.end();
}

/** The lowest a line of text reaches on a page (its words' boxes). */
function lastY(page: RenderedPage): number {
  return Math.max(...page.words.filter((w) => w.yMin < BODY_BOTTOM && w.yMax - w.yMin < 30).map((w) => w.yMax));
}

/**
 * When the closing page starts with the last paragraph, the closing block (last paragraph,
 * closing, signature) as printed there must not have fitted in the room left on the page before.
 */
async function closingFault(layout: LetterLayout, lastStart: string): Promise<{ fault: string | null; alone: boolean }> {
  const pages = renderedPages(await renderLetterPdf(layout), tmp.dir);
  const at = pages.findIndex((p) => p.body.some((l) => l.text === CLOSING));
  const page = pages[at];
  const before = pages[at - 1];
  if (!page || !before) return { fault: null, alone: false };
  const signature = page.body.find((l) => l.text === SIGNATORY);
  if (!signature || signature.y < (page.body.find((l) => l.text === CLOSING)?.y ?? Infinity)) return { fault: 'the closing is apart from its signature', alone: false };
  if (!page.body[0]?.text.startsWith(lastStart)) return { fault: null, alone: false };
  const top = page.body[0].y;
  const block = lastY(page) - top;
  // The white under a line of text (its line gap and descent): it follows the block's last line and the line above it.
  const under = (page.body[1]?.y ?? top) - Math.max(...page.words.filter((w) => Math.abs(w.yMin - top) < 2.5).map((w) => w.yMax));
  const room = BODY_BOTTOM - lastY(before) - PARAGRAPH_GAP - 2 * under;
  return { fault: room > block ? `page ${at + 1} holds only the closing block (${block.toFixed(0)} pt), page ${at} had ${room.toFixed(0)} pt free` : null, alone: true };
}

describe('the closing block of a letter', () => {
  it('uses the room left on the page before instead of standing alone on a page (C12/C24, refusal 2026-0091)', async () => {
    const last = 'Se dispone di ulteriori informazioni che ritiene debbano essere considerate, può inviarle al nostro Responsabile della protezione dei dati ai recapiti indicati di seguito, citando il riferimento 2026-0091.';
    const faults: string[] = [];
    let alone = 0;
    for (const lines of [1, 2, 3, 4]) {
      for (let extra = 0; extra <= 48; extra += 8) {
        // A one-sentence last paragraph goes with the paragraph before it (review D10): that pair is the closing block.
        const { fault, alone: starts } = await closingFault(refusal(extra, last, lines), 'Ha il diritto');
        if (fault) faults.push(`${lines} address lines, ${extra} more words: ${fault}`);
        if (starts) alone += 1;
        expect((await closingFault(refusal(extra, last, lines), 'Se dispone')).alone, `${lines} address lines, ${extra} more words: the farewell alone with the closing`).toBe(false);
      }
    }
    expect(faults).toEqual([]);
    // The sweep did reach letters whose closing block has to start a page of its own.
    expect(alone).toBeGreaterThan(0);
  }, 120_000);

  it('keeps the art. 77 sentence of the notice to the people affected with the signature, on the page before when it fits (B-2026-004)', async () => {
    const last = 'Ha inoltre il diritto di proporre reclamo all’autorità di controllo, Garante per la protezione dei dati personali (https://www.garanteprivacy.it), ai sensi dell’art. 77 GDPR.';
    const faults: string[] = [];
    for (const lines of [1, 2, 3, 4]) {
      for (let extra = 0; extra <= 48; extra += 8) {
        const { fault } = await closingFault(refusal(extra, last, lines), 'Ha il diritto');
        if (fault) faults.push(`${lines} address lines, ${extra} more words: ${fault}`);
      }
    }
    expect(faults).toEqual([]);
  }, 120_000);
});

describe('a table that runs on to another page', () => {
  /** A notification-like letter: a paragraph, then section 7 with `rows` rows, then a closing paragraph. */
  const notification = (rows: number, language: 'en' | 'it'): LetterLayout => {
    const base = refusal(0, 'Per qualsiasi chiarimento può contattare il nostro Responsabile della protezione dei dati.', 2);
    const table = Array.from({ length: rows }, (_, i) => ({ label: `Categoria ${i + 1} di dati personali`, value: `Dati anagrafici e di contatto, riga ${i + 1}\n• voce a\n• voce b` }));
    return {
      ...base,
      language,
      labels: { ...base.labels, continued: language === 'en' ? 'continued' : 'segue' },
      body: { subject: 'Notifica', blocks: [{ type: 'paragraph', text: COMPLAINT }, { type: 'heading', text: '7. Interessati e dati coinvolti' }, { type: 'table', rows: table }, { type: 'paragraph', text: COMPLAINT }] },
    };
  };

  it('repeats its section heading with "(segue)" / "(continued)" at the top of each further page (C27), as the structure check reads it', async () => {
    for (const language of ['it', 'en'] as const) {
      const pdf = await renderLetterPdf(notification(28, language));
      const pages = renderedPages(pdf, tmp.dir);
      expect(pages.length).toBeGreaterThanOrEqual(3);
      const word = language === 'en' ? 'continued' : 'segue';
      expect(pages[1]?.body[0]?.text).toBe(`7. Interessati e dati coinvolti (${word})`);
      expect(pages[2]?.body[0]?.text).toBe(`7. Interessati e dati coinvolti (${word})`);
      expect(continuationProblems(pdf, pages, word)).toEqual([]);
      expect(splitProblems(pdf)).toEqual([]);
      // The repeat is page furniture: the structure holds the heading once.
      expect(pdf.toString('latin1').match(/\/S \/H2/g)?.length).toBe(1);
    }
  });

  it('the check fails a table whose rows run on to the next page under no heading', async () => {
    const pdf = await taggedPdf((doc, root) => twoPageBlock(doc, root, 'table'));
    expect(continuationProblems(pdf, renderedPages(pdf, tmp.dir), 'segue')).toEqual(['page 2: a table runs on from page 1 under "Row on page 2", not its heading with "(segue)"']);
  });
});

describe('a list that runs on to another page, and short tables and lists kept whole (C39, C40, D31)', () => {
  /** A letter with `fill` words of text, then a heading and `block`, then a closing paragraph. */
  const letter = (fill: number, block: LetterBlock, language: 'en' | 'it' = 'it'): LetterLayout => {
    const base = refusal(0, 'Per qualsiasi chiarimento può contattare il nostro Responsabile della protezione dei dati.', 2);
    const words = Array.from({ length: fill }, (_, i) => (i % 9 === 8 ? 'richiesta.' : 'motivazione')).join(' ');
    return {
      ...base,
      language,
      labels: { ...base.labels, continued: language === 'en' ? 'continued' : 'segue' },
      body: { subject: 'Notifica', blocks: [{ type: 'paragraph', text: words }, { type: 'heading', text: '6. Che cosa non sappiamo ancora' }, block, { type: 'paragraph', text: COMPLAINT }] },
    };
  };

  it('repeats the heading of a list that runs on to another page with "(segue)" / "(continued)", each item whole', async () => {
    const items = Array.from({ length: 60 }, (_, i) => `Voce ${i + 1} dell’elenco, con qualche parola in più per occupare la riga`);
    for (const language of ['it', 'en'] as const) {
      const word = language === 'en' ? 'continued' : 'segue';
      const pdf = await renderLetterPdf(letter(40, { type: 'list', items }, language));
      const pages = renderedPages(pdf, tmp.dir);
      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(pages[1]?.body[0]?.text).toBe(`6. Che cosa non sappiamo ancora (${word})`);
      expect(continuationProblems(pdf, pages, word)).toEqual([]);
      expect(splitProblems(pdf)).toEqual([]);
      expect(pdf.toString('latin1').match(/\/S \/H2/g)?.length).toBe(1);
    }
  }, 60_000);

  it('moves a short table or list whole to the next page, with its heading, wherever the page ends', async () => {
    const faults: string[] = [];
    const rows = [1, 2, 3].map((i) => ({ label: `Voce ${i}`, value: `Valore della voce ${i}, su una o due righe della tabella` }));
    const items = [1, 2, 3].map((i) => `Voce ${i} dell’elenco breve, lunga abbastanza da andare a capo una volta nella lettera stampata`);
    let moved = 0;
    for (const block of [{ type: 'table', rows } as const, { type: 'list', items } as const]) {
      for (let fill = 120; fill <= 300; fill += 6) {
        const pdf = await renderLetterPdf(letter(fill, block));
        const problems = [...shortBlockProblems(pdf), ...splitProblems(pdf)];
        if (problems.length > 0) faults.push(`${block.type}, ${fill} words: ${problems.join('; ')}`);
        const pages = renderedPages(pdf, tmp.dir);
        const at = pages.findIndex((p) => p.body.some((l) => l.text === '6. Che cosa non sappiamo ancora'));
        if (at > 0 && pages[at]?.body[0]?.text === '6. Che cosa non sappiamo ancora') moved += 1;
        // The heading never stays behind at the foot of the page before.
        if (at >= 0 && pages[at]?.body.at(-1)?.text === '6. Che cosa non sappiamo ancora') faults.push(`${block.type}, ${fill} words: the heading ends page ${at + 1}`);
      }
    }
    expect(faults).toEqual([]);
    expect(moved).toBeGreaterThan(0);
  }, 240_000);

  it('moves a table of six short rows whole with its heading, and splits a longer one (more than a third of a page) leaving two rows or more on each page (D31)', async () => {
    const faults: string[] = [];
    const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ label: `Voce ${i + 1}`, value: `Valore della voce ${i + 1}` }));
    let moved = 0;
    let split = 0;
    // Fourteen short rows take more than a third of a page: the table splits (nine or fewer would move whole, review 6, D31).
    for (const count of [6, 8, 14]) {
      for (let fill = 150; fill <= 330; fill += 12) {
        const pdf = await renderLetterPdf(letter(fill, { type: 'table', rows: rows(count) }));
        const pages = renderedPages(pdf, tmp.dir);
        const problems = [...shortBlockProblems(pdf), ...splitProblems(pdf), ...continuationProblems(pdf, pages, 'segue')];
        if (problems.length > 0) faults.push(`${count} rows, ${fill} words: ${problems.join('; ')}`);
        const at = pages.findIndex((p) => p.body.some((l) => l.text === '6. Che cosa non sappiamo ancora'));
        if (count === 6 && at > 0 && pages[at]?.body[0]?.text === '6. Che cosa non sappiamo ancora') moved += 1;
        if (count === 14 && pages[at + 1]?.body[0]?.text === '6. Che cosa non sappiamo ancora (segue)') split += 1;
        // Eight short rows (the NIS2 report's "Entity") take less than a third of a page: whole under their heading, never their last rows alone on the next (review 6, D31).
        if (count === 8 && !pages[at]?.body.some((l) => l.text.includes('Valore della voce 8'))) faults.push(`8 rows, ${fill} words: the last rows left the heading's page`);
      }
    }
    expect(faults).toEqual([]);
    // The sweep reached a six-row table that had to move, and a fourteen-row one that ran on to the next page.
    expect(moved).toBeGreaterThan(0);
    expect(split).toBeGreaterThan(0);
  }, 240_000);

  it('splits a longer list leaving two items or more where it starts and where it ends, never its last item alone on the next page (review 4, D39)', async () => {
    const faults: string[] = [];
    const items = Array.from({ length: 5 }, (_, i) => `Voce ${i + 1} dell’elenco più lungo, lunga abbastanza da andare a capo una volta nella lettera stampata`);
    let split = 0;
    for (let fill = 120; fill <= 330; fill += 6) {
      // Followed by more text than one sentence, the list is not drawn with the closing (which moves it whole): it splits where the page ends.
      const layout = letter(fill, { type: 'list', items });
      const more = 'Ulteriori informazioni seguiranno. Le comunicheremo ogni novità rilevante appena disponibile. '.repeat(4).trim();
      const pdf = await renderLetterPdf({ ...layout, body: { ...layout.body, blocks: [...layout.body.blocks, { type: 'paragraph', text: more }] } });
      const pages = renderedPages(pdf, tmp.dir);
      const problems = [...shortBlockProblems(pdf), ...splitProblems(pdf), ...continuationProblems(pdf, pages, 'segue')];
      if (problems.length > 0) faults.push(`${fill} words: ${problems.join('; ')}`);
      if (pages.some((p) => p.body[0]?.text === '6. Che cosa non sappiamo ancora (segue)')) split += 1;
    }
    expect(faults).toEqual([]);
    // The sweep reached a list that ran on to the next page.
    expect(split).toBeGreaterThan(0);
  }, 240_000);

  it('the check fails a list of five split four and one, or one and four, and passes three and two', async () => {
    /** A hand-made list whose items lie `perPage[n]` on page n + 1. */
    const list = (perPage: number[]) =>
      taggedPdf((doc, root) => {
        const section = doc.struct('Sect');
        root.add(section);
        const block = doc.struct('L');
        section.add(block);
        perPage.forEach((count, page) => {
          if (page > 0) doc.addPage();
          for (let i = 0; i < count; i += 1) {
            const li = doc.struct('LI');
            block.add(li);
            li.add(doc.struct('LBody', {}, [() => doc.text(`Voce ${i + 1} a pagina ${page + 1}`, 72, 140 + 20 * i, { width: 300 })]));
            li.end();
          }
        });
        block.end();
        section.end();
      });
    expect(shortBlockProblems(await list([4, 1]))).toEqual(['page 2: a single item of a list of 5 stands apart from the others']);
    expect(shortBlockProblems(await list([1, 4]))).toEqual(['page 1: a single item of a list of 5 stands apart from the others']);
    expect(shortBlockProblems(await list([3, 2]))).toEqual([]);
  });

  it('the checks fail a short list split over two pages, and a list that runs on under no repeated heading', async () => {
    const pdf = await taggedPdf((doc, root) => {
      const section = doc.struct('Sect');
      root.add(section);
      section.add(doc.struct('H2', {}, [() => doc.text('6. Che cosa non sappiamo ancora', 72, 80, { width: 300 })]));
      twoPageBlock(doc, section, 'list');
      section.end();
    });
    expect(shortBlockProblems(pdf)).toEqual(['a list of 2 is split over pages 1 and 2']);
    expect(continuationProblems(pdf, renderedPages(pdf, tmp.dir), 'segue')).toEqual(['page 2: a list runs on from page 1 under "Item on page 2", not its heading with "(segue)"']);
  });
});

describe('a table split leaving a lone row, or a short table split at all (review D31)', () => {
  /** A hand-made "2. Soggetto" table whose rows lie `perPage[n]` on page n + 1, under a paragraph and its heading. */
  const soggetto = (perPage: number[]) =>
    taggedPdf((doc, root) => {
      const section = doc.struct('Sect');
      root.add(section);
      section.add(doc.struct('P', {}, [() => doc.text('La presente segnalazione riguarda l’incidente descritto nella sezione 3.', 72, 80, { width: 400 })]));
      section.add(doc.struct('H2', {}, [() => doc.text('2. Soggetto', 72, 110, { width: 400 })]));
      const table = doc.struct('Table');
      section.add(table);
      perPage.forEach((count, page) => {
        if (page > 0) doc.addPage();
        for (let i = 0; i < count; i += 1) {
          const tr = doc.struct('TR');
          table.add(tr);
          tr.add(doc.struct('TH', {}, [() => doc.text(`Voce ${i + 1} a pagina ${page + 1}`, 72, 140 + 20 * i, { width: 150 })]));
          tr.add(doc.struct('TD', {}, [() => doc.text('Valore', 240, 140 + 20 * i, { width: 150 })]));
          tr.end();
        }
      });
      table.end();
      section.end();
    });

  it('the check fails a six-row table split five and one (the NIS2 notification’s "Telefono" alone on page 2)', async () => {
    expect(shortBlockProblems(await soggetto([5, 1]))).toEqual(['a table of 6 is split over pages 1 and 2']);
    expect(shortBlockProblems(await soggetto([6]))).toEqual([]);
  });

  it('the check fails a longer table that leaves its first or its last row alone on a page, and passes two or more on each', async () => {
    expect(shortBlockProblems(await soggetto([7, 1]))).toEqual(['page 2: a single row of a table of 8 stands apart from the others']);
    expect(shortBlockProblems(await soggetto([1, 7]))).toEqual(['page 1: a single row of a table of 8 stands apart from the others']);
    expect(shortBlockProblems(await soggetto([2, 6]))).toEqual([]);
    expect(shortBlockProblems(await soggetto([6, 2]))).toEqual([]);
  });
});

describe('the closing block after a long last paragraph or a long last table', () => {
  const SENTENCES = Array.from({ length: 9 }, (_, i) => `Frase numero ${i + 1} dell’ultimo paragrafo, abbastanza lunga da occupare più di una riga della lettera stampata.`);

  /** Where the closing sits: its page, whether anything of the body precedes it there, and that page's first line. */
  async function closingPage(layout: LetterLayout): Promise<{ pages: RenderedPage[]; at: number; alone: boolean; first: string }> {
    const pages = renderedPages(await renderLetterPdf(layout), tmp.dir);
    const at = pages.findIndex((p) => p.body.some((l) => l.text === CLOSING));
    const page = pages[at];
    return { pages, at, alone: page?.body[0]?.text === CLOSING, first: page?.body[0]?.text ?? '' };
  }

  it('carries the last sentences of a long last paragraph over with the closing, filling the page before (no page with the closing alone)', async () => {
    let split = 0;
    for (let extra = 0; extra <= 120; extra += 12) {
      const layout = refusal(extra, SENTENCES.join(' '), 2);
      const { pages, at, alone, first } = await closingPage(layout);
      expect(alone, `${extra} more words`).toBe(false);
      const signature = pages[at]?.body.find((l) => l.text === SIGNATORY);
      expect(signature, `${extra} more words`).toBeDefined();
      if (/^Frase numero [2-9]/.test(first)) {
        split += 1;
        // The page before ends on the end of a sentence of the same paragraph, and had no room for the next one with the closing.
        expect(pages[at - 1]?.body.at(-1)?.text, `${extra} more words`).toMatch(/stampata\.$/);
      }
    }
    expect(split).toBeGreaterThan(0);
  }, 120_000);

  it('keeps the last row of a table longer than a page with the closing', async () => {
    const base = refusal(0, 'x', 1);
    const rows = Array.from({ length: 70 }, (_, i) => ({ label: `Voce ${i + 1}`, value: `Valore della voce ${i + 1}` }));
    // Around the count at which the table's end reaches the foot of its second page.
    for (let count = 50; count <= 66; count += 2) {
      const table = rows.slice(0, count);
      const { pages, at, alone } = await closingPage({ ...base, body: { subject: 'Notifica', blocks: [{ type: 'heading', text: '13. Altre informazioni' }, { type: 'table', rows: table }] } });
      expect(alone, `${table.length} rows`).toBe(false);
      expect(pages[at]?.body.some((l) => l.text.startsWith(`Voce ${table.length} `)), `${table.length} rows: the last row on the closing's page`).toBe(true);
    }
  }, 120_000);
});

describe('a one-sentence farewell after the last table (review D10)', () => {
  const FAREWELL = 'Per qualsiasi chiarimento in merito alla presente notifica può contattare il nostro Responsabile della protezione dei dati.';

  /** A notification like the Garante's: a paragraph, section 12 as a table of `rows` rows, then the farewell line. */
  const notification = (rows: number): LetterLayout => {
    const base = refusal(0, FAREWELL, 2);
    const table = Array.from({ length: rows }, (_, i) => ({ label: `Voce ${i + 1}`, value: `Valore della voce ${i + 1}` }));
    return { ...base, body: { subject: 'Notifica', blocks: [{ type: 'paragraph', text: COMPLAINT }, { type: 'heading', text: '12. Altre informazioni' }, { type: 'table', rows: table }, { type: 'paragraph', text: FAREWELL }] } };
  };

  it('takes the table’s last row to the closing’s page rather than leave the farewell alone there with the closing', async () => {
    let carried = 0;
    for (let rows = 24; rows <= 44; rows += 1) {
      const pdf = await renderLetterPdf(notification(rows));
      const pages = renderedPages(pdf, tmp.dir);
      expect(closingCompanyProblems(pdf, pages, [CLOSING]), `${rows} rows`).toEqual([]);
      expect(splitProblems(pdf), `${rows} rows`).toEqual([]);
      const at = pages.findIndex((p) => p.body.some((l) => l.text === CLOSING));
      if (at > 0 && pages[at]?.body[0]?.text === '12. Altre informazioni (segue)') {
        carried += 1;
        expect(pages[at]?.body.some((l) => l.text.startsWith(`Voce ${rows} `)), `${rows} rows`).toBe(true);
      }
    }
    // The sweep reached tables whose end left too little room for the farewell and the closing.
    expect(carried).toBeGreaterThan(0);
  }, 180_000);

  it('the check fails a closing page holding only the farewell line and the closing', async () => {
    const pdf = await taggedPdf((doc, root) => {
      const section = doc.struct('Sect');
      root.add(section);
      section.add(doc.struct('P', {}, [() => doc.text('Il testo della notifica. Finisce qui.', 72, 100, { width: 300 })]));
      doc.addPage();
      section.add(doc.struct('P', {}, [() => doc.text(FAREWELL, 72, 100, { width: 400 })]));
      section.end();
      root.add(doc.struct('P', {}, [() => doc.text(CLOSING, 72, 200, { width: 300 })]));
    });
    expect(closingCompanyProblems(pdf, renderedPages(pdf, tmp.dir), [CLOSING])).toEqual([`page 2 holds only the body's last sentence ("${FAREWELL.slice(0, 40)}…") and the closing`]);
  });
});
