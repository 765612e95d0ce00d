import { execFileSync } from 'node:child_process';

/** A structure element as pdfkit writes it: its type, the pages its content is marked on, its kids. */
interface Node {
  type: string;
  pages: string[];
  kids: string[];
}

/** The tagged structure of a report (objects in the clear), its pages in order, and which of them are landscape. */
function structure(pdf: Buffer): { nodes: Map<string, Node>; pageNumber: (ref: string) => number; landscape: Set<string> } {
  const text = pdf.toString('latin1');
  const nodes = new Map<string, Node>();
  const landscape = new Set<string>();
  let pages: string[] = [];
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = (m[2] ?? '').split('stream')[0] ?? '';
    const box = /\/Type \/Page\b[\s\S]*?\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(body) ?? /\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\][\s\S]*?\/Type \/Page\b/.exec(body);
    if (box && Number(box[1]) > Number(box[2])) landscape.add(m[1] ?? '');
    if (/\/Type \/Pages\b/.test(body)) pages = [...(/\/Kids \[([^\]]*)\]/.exec(body)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((r) => r[1] ?? '');
    const type = /\/S \/(\w+)/.exec(body)?.[1];
    if (!type || !/\/P \d+ 0 R/.test(body)) continue;
    const k = /\/K \[([^\]]*)\]/.exec(body)?.[1] ?? '';
    nodes.set(m[1] ?? '', {
      type,
      pages: [...body.matchAll(/\/Pg (\d+) 0 R/g)].map((r) => r[1] ?? ''),
      kids: [...k.replace(/<<[\s\S]*?>>/g, '').matchAll(/(\d+) 0 R/g)].map((r) => r[1] ?? ''),
    });
  }
  return { nodes, pageNumber: (ref) => pages.indexOf(ref) + 1, landscape };
}

/**
 * The audit report's tables that break the rules a letter's tables keep, in words (empty when none; review 4, D22):
 * a short figures table (six data rows or fewer, on portrait pages) split over pages, and a page a table runs on to that does not open with its
 * heading and "(continued)" / "(segue)" (`word`). Read from the tags (which pages each table's rows are on) and from
 * each such page's first line of text (`pdftotext -layout` of the file at `path`).
 */
export function reportTableProblems(pdf: Buffer, path: string, word: string): string[] {
  const { nodes, pageNumber, landscape } = structure(pdf);
  const pagesOf = (id: string): number[] => {
    const node = nodes.get(id);
    return node ? [...node.pages.map(pageNumber), ...node.kids.flatMap(pagesOf)] : [];
  };
  const isHeaderRow = (id: string) => (nodes.get(id)?.kids ?? []).some((kid) => nodes.get(kid)?.type === 'TH');
  const firstLine = (page: number) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? '';
  const problems: string[] = [];
  for (const node of nodes.values()) {
    if (node.type !== 'Table') continue;
    const rows = node.kids.filter((id) => nodes.get(id)?.type === 'TR' && !isHeaderRow(id));
    const reached = [...new Set(node.kids.flatMap(pagesOf))].filter((page) => page > 0).sort((a, b) => a - b);
    if (reached.length < 2) continue;
    // A figures table (portrait) of six rows or fewer always fits a page; a register's rows (landscape) may each take a third of one.
    const register = node.kids.flatMap((id) => nodes.get(id)?.kids ?? []).some((td) => (nodes.get(td)?.pages ?? []).some((page) => landscape.has(page)));
    if (rows.length <= 6 && !register) problems.push(`a table of ${rows.length} rows is split over pages ${reached.join(' and ')}`);
    for (const page of reached.slice(1)) {
      const first = firstLine(page);
      if (!first.endsWith(`(${word})`)) problems.push(`page ${page}: a table runs on from page ${page - 1} under "${first}", not its heading with "(${word})"`);
    }
  }
  return problems;
}
