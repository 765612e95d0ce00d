import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BODY_BOTTOM, MARGIN, PAGE } from '../../electron/core/documents/pdf/letter-style';
import { plainObjects } from './pdf-objects';

/** One word as poppler places it on the rendered page (points, origin top left). */
interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** One line of a page: its words left to right, joined by spaces, and where it sits. */
interface Line {
  text: string;
  y: number;
}

/** A rendered page: its body lines (top to bottom), its footer text and every word. */
export interface RenderedPage {
  words: Word[];
  body: Line[];
  footer: string;
}

/** The text of rendered pages, line by line (body and footer; the running header left out). */
export function pagesText(pages: RenderedPage[]): string {
  return pages.map((page) => [...page.body.map((l) => l.text), page.footer].join(' ')).join(' ');
}

const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Words of one line as text: a space where there is a gap, none where poppler split a word at a zero-width joiner. */
function joinWords(row: Word[]): string {
  return row
    .map((w, i) => (i > 0 && w.xMin - (row[i - 1]?.xMax ?? 0) > 0.5 ? ` ${w.text}` : w.text))
    .join('')
    .replace(/\s+/g, ' ');
}

function linesOf(words: Word[]): Line[] {
  const rows = new Map<number, Word[]>();
  for (const w of words) {
    const key = [...rows.keys()].find((y) => Math.abs(y - w.yMin) < 2.5) ?? w.yMin;
    rows.set(key, [...(rows.get(key) ?? []), w]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, row]) => ({ y, text: joinWords(row.sort((a, b) => a.xMin - b.xMin)) }));
}

/**
 * The pages of a PDF as poppler renders them (`pdftotext -bbox`), without a preview's
 * DRAFT / BOZZA mark (its letters are ten times the body size): the words with their boxes,
 * the body lines (between the running header and the footer rule) and the footer's text.
 */
export function renderedPages(pdf: Buffer, dir: string): RenderedPage[] {
  const file = join(dir, `layout-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(WORD)]
        .map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: unescape(m[5] ?? '') }))
        .filter((w) => w.yMax - w.yMin < 30);
      const inBody = words.filter((w) => w.yMin >= MARGIN.top - 1 && w.yMin < BODY_BOTTOM);
      const footer = words.filter((w) => w.yMin >= BODY_BOTTOM);
      return { words, body: linesOf(inBody), footer: linesOf(footer).map((l) => l.text).join(' ') };
    });
}

/** What a letter's layout must respect, beyond its text. */
export interface LayoutExpectations {
  /** "Page {{n}} of {{N}}" as the letter's language writes it, with `n` and `N` for the numbers. */
  pageLabel: (n: number, count: number) => string;
  /** The body's headings, as printed. */
  headings: string[];
  /** The closings the letter may end with ("Yours sincerely,"); it and the signatory's name must share a page. */
  closings: string[];
  signatory: string;
}

/**
 * The layout faults of a rendered letter, in words (empty when there are none): text
 * outside the margins, a page without its "Page n of N", a heading as the last line of a
 * page, a closing apart from its signature or alone on its page, a web address broken
 * after its scheme, a hyphenated word ("e-mail", "pre-notifica") broken at its hyphen (D41, E6), a double full stop.
 */
export function layoutProblems(pages: RenderedPage[], expected: LayoutExpectations): string[] {
  const problems: string[] = [];
  const headings = new Set(expected.headings.map((h) => h.replace(/\s+/g, ' ').trim()));
  let closingPage = -1;
  let signatoryPage = -1;
  pages.forEach((page, i) => {
    const n = i + 1;
    for (const w of page.words) {
      if (w.xMin < MARGIN.left - 0.5 || w.xMax > PAGE.width - MARGIN.right + 0.5 || w.yMax > PAGE.height - 20) problems.push(`page ${n}: "${w.text}" runs outside the margins`);
    }
    if (!page.footer.includes(expected.pageLabel(n, pages.length))) problems.push(`page ${n}: no "${expected.pageLabel(n, pages.length)}" in the footer "${page.footer}"`);
    const last = page.body.at(-1);
    if (n < pages.length && last && headings.has(last.text)) problems.push(`page ${n}: the heading "${last.text}" is the last line of the page`);
    page.body.forEach((line, j) => {
      if (/https?:\/\/$/.test(line.text)) problems.push(`page ${n}: a web address breaks after its scheme: "${line.text}"`);
      if (/\p{L}-$/u.test(line.text)) problems.push(`page ${n}: a hyphenated word breaks at its hyphen: "${line.text}"`);
      if (/(?<!\.)\.\.(?!\.)/.test(line.text)) problems.push(`page ${n}: double full stop in "${line.text}"`);
      if (expected.closings.includes(line.text)) {
        closingPage = n;
        if (n > 1 && j === 0) problems.push(`page ${n} holds only the closing and the signature`);
      }
      if (line.text === expected.signatory && closingPage === n) signatoryPage = n;
    });
  });
  if (closingPage === -1) problems.push(`no closing (${expected.closings.join(' / ')}) on a line of its own`);
  else if (signatoryPage !== closingPage) problems.push(`the closing (page ${closingPage}) is not on the page of the signature`);
  return problems;
}

/** A structure element as the file writes it: its type, the pages its own content marks, its children. */
interface StructNode {
  type: string;
  pages: string[];
  kids: string[];
}

/** The tagged structure of a PDF: its elements by object number, and the pages each one's content reaches. */
interface Structure {
  nodes: Map<string, StructNode>;
  /** The pages (numbers, ascending, each once) the content of an element and of its descendants lies on. */
  pagesOf: (id: string) => number[];
}

/**
 * The tagged structure of a PDF as pdfkit writes it (objects in the clear or in compressed
 * object streams, content streams compressed): every structure element by object number,
 * and the pages it reaches.
 */
function structureOf(pdf: Buffer): Structure {
  const text = plainObjects(pdf).toString('latin1');
  const nodes = new Map<string, StructNode>();
  let pageRefs: string[] = [];
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = (m[2] ?? '').split('stream')[0] ?? '';
    if (/\/Type \/Pages\b/.test(body)) pageRefs = [...(/\/Kids \[([^\]]*)\]/.exec(body)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((r) => r[1] ?? '');
    const type = /\/S \/(\w+)/.exec(body)?.[1];
    if (!type || !/\/P \d+ 0 R/.test(body)) continue;
    const k = /\/K \[([^\]]*)\]/.exec(body)?.[1] ?? '';
    nodes.set(m[1] ?? '', {
      type,
      pages: [...body.matchAll(/\/Pg (\d+) 0 R/g)].map((r) => r[1] ?? ''),
      kids: [...k.replace(/<<[\s\S]*?>>/g, '').matchAll(/(\d+) 0 R/g)].map((r) => r[1] ?? ''),
    });
  }
  const pageNumber = (ref: string) => pageRefs.indexOf(ref) + 1;
  const reached = (id: string, seen: Set<string>): number[] => {
    const node = nodes.get(id);
    if (!node || seen.has(id)) return [];
    seen.add(id);
    return [...node.pages.map(pageNumber), ...node.kids.flatMap((kid) => reached(kid, seen))];
  };
  return { nodes, pagesOf: (id) => [...new Set(reached(id, new Set()))].sort((a, b) => a - b) };
}

/** The parts of a table or a list: its rows (TR) or its items (LI). */
function partsOf({ nodes }: Structure, node: StructNode): string[] {
  return node.kids.filter((id) => nodes.get(id)?.type === (node.type === 'Table' ? 'TR' : 'LI'));
}

/**
 * The table rows and list items (TR, LI) whose content lies on more than one page, in words
 * (empty when none is split): read from the document's tags, so a row that wraps into the
 * next page fails however its lines look. A row's repeated header is page furniture, not
 * part of any row.
 */
export function splitProblems(pdf: Buffer): string[] {
  const { nodes, pagesOf } = structureOf(pdf);
  const problems: string[] = [];
  for (const [id, node] of nodes) {
    if (node.type !== 'TR' && node.type !== 'LI') continue;
    const pages = pagesOf(id);
    if (pages.length > 1) problems.push(`a ${node.type === 'TR' ? 'table row' : 'list item'} runs over pages ${pages.join(' and ')}`);
  }
  return problems;
}

/**
 * Tables and lists that run on to another page without saying so, in words (empty when
 * none): read from the tags, each page a table's rows (or a list's items, when a heading
 * stands above the list in its section) reach after its first must open with its section's
 * heading again, followed by "(continued)" / "(segue)" (`word`), so its rows or items there
 * do not read as part of the section before (reviews C27, C39).
 */
export function continuationProblems(pdf: Buffer, pages: RenderedPage[], word: string): string[] {
  const { nodes, pagesOf } = structureOf(pdf);
  const problems: string[] = [];
  const check = (id: string, what: string) => {
    for (const n of pagesOf(id).slice(1)) {
      const first = pages[n - 1]?.body[0]?.text ?? '';
      if (!first.endsWith(`(${word})`)) problems.push(`page ${n}: a ${what} runs on from page ${n - 1} under "${first}", not its heading with "(${word})"`);
    }
  };
  for (const [id, node] of nodes) {
    if (node.type === 'Table') check(id, 'table');
    let headed = false;
    for (const kid of node.kids) {
      if (nodes.get(kid)?.type === 'H2') headed = true;
      if (nodes.get(kid)?.type === 'L' && headed) check(kid, 'list');
    }
  }
  return problems;
}

/**
 * Tables and lists split where they should not be, in words (empty when none): a short table
 * (six rows or fewer) or a short list (three items or fewer) split across pages, which moves
 * whole to the next page instead (reviews C40, D31; the renderer splits one only when it is
 * taller than a page); and a page holding a single row of a longer split table, its first row
 * left alone at the foot of a page or its last carried alone to the next (D31), or a single
 * item of a longer list where it starts or ends (D39).
 */
export function shortBlockProblems(pdf: Buffer): string[] {
  const structure = structureOf(pdf);
  const problems: string[] = [];
  for (const [id, node] of structure.nodes) {
    if (node.type !== 'Table' && node.type !== 'L') continue;
    const parts = partsOf(structure, node);
    const reached = structure.pagesOf(id);
    const what = node.type === 'Table' ? 'table' : 'list';
    if (reached.length < 2) continue;
    if (parts.length <= (node.type === 'Table' ? 6 : 3)) {
      problems.push(`a ${what} of ${parts.length} is split over pages ${reached.join(' and ')}`);
      continue;
    }
    // A table keeps two rows on each page; a list two items where it starts and where it ends (review 4, D39).
    const ends = node.type === 'Table' ? reached : [reached[0], reached.at(-1)];
    for (const n of ends) {
      if (n !== undefined && parts.filter((part) => structure.pagesOf(part).includes(n)).length === 1) problems.push(`page ${n}: a single ${node.type === 'Table' ? 'row of a table' : 'item of a list'} of ${parts.length} stands apart from the others`);
    }
  }
  return problems;
}

/**
 * A closing page that holds, of the body, only a one-sentence farewell ("For any question…")
 * moved over with the closing while the page before kept the rest, in words (empty when the
 * page also holds another block or a part of one, or a last paragraph of several sentences
 * that the page before had no room to begin): the blocks read from the tags, the body being the
 * letter's `Sect`, the sentence from the page's text above the closing.
 */
export function closingCompanyProblems(pdf: Buffer, pages: RenderedPage[], closings: string[]): string[] {
  const { nodes, pagesOf } = structureOf(pdf);
  const body = [...nodes.values()].find((node) => node.type === 'Sect');
  if (!body || body.kids.length < 2) return [];
  const blocks = body.kids.map(pagesOf);
  const closingPage = Math.max(...(blocks.at(-1) ?? [0]));
  const there = blocks.filter((blockPages) => blockPages.includes(closingPage));
  const only = there[0];
  if (closingPage < 2 || there.length !== 1 || !only?.every((page) => page === closingPage)) return [];
  const lines = pages[closingPage - 1]?.body ?? [];
  const above = lines.slice(0, Math.max(0, lines.findIndex((line) => closings.includes(line.text)))).map((line) => line.text).join(' ');
  return /[.!?;:»”)]\s+[«“"(]?\p{Lu}/u.test(above) ? [] : [`page ${closingPage} holds only the body's last sentence ("${above.slice(0, 40)}…") and the closing`];
}
