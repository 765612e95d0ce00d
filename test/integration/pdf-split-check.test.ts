import { describe, expect, it } from 'vitest';
import { splitProblems } from '../support/pdf-layout';
import { taggedPdf } from '../support/tagged-pdf';

/** A tagged PDF with one table row and one list item, each drawn from `y` on the first page. */
function tagged(rowY: number, itemY: number): Promise<Buffer> {
  const long = 'A cell long enough to run over the foot of the page if it starts low on it. '.repeat(10);
  return taggedPdf((doc, root) => {
    const table = doc.struct('Table');
    root.add(table);
    const tr = doc.struct('TR');
    table.add(tr);
    tr.add(doc.struct('TD', {}, [() => doc.text('2026-0001', 72, rowY, { width: 80 })]));
    tr.add(doc.struct('TD', {}, [() => doc.text(long, 160, rowY, { width: 360 })]));
    tr.end();
    table.end();
    doc.addPage();
    const list = doc.struct('L');
    root.add(list);
    const li = doc.struct('LI');
    list.add(li);
    li.add(doc.struct('Lbl', {}, [() => doc.text('•', 72, itemY, { lineBreak: false })]));
    li.add(doc.struct('LBody', {}, [() => doc.text(long, 86, itemY, { width: 430 })]));
    li.end();
    list.end();
  });
}

describe('the check that no table row or list item is split across pages', () => {
  it('finds a row and an item that run over the foot of their page, read from the tags', async () => {
    expect(splitProblems(await tagged(700, 700))).toEqual(['a table row runs over pages 1 and 2', 'a list item runs over pages 3 and 4']);
  });

  it('passes the same row and item when each fits on its page', async () => {
    expect(splitProblems(await tagged(100, 100))).toEqual([]);
  });
});
