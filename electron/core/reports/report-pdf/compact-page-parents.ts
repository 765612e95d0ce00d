/** What pdfkit keeps of the structure parent tree (its number tree's items, by page key). */
interface ParentTreeItems {
  _items?: Record<string, unknown>;
}

/** A structure element's dictionary as the parent tree holds it: printed as `n 0 R`. */
interface Reference {
  id: number;
  gen: number;
}

const isReference = (value: unknown): value is Reference =>
  typeof value === 'object' && value !== null && typeof (value as Reference).id === 'number' && typeof (value as Reference).gen === 'number';

/**
 * Once a page is finished, replaces its entry in the structure parent tree (one structure
 * element per marked content: every table cell of a register) by a single frozen object
 * that prints the same array (`[12 0 R 13 0 R …]`) when the tree is written at the end.
 * pdfkit keeps that tree, and through it every cell's element and its parent row, until
 * the document ends: 1.5 million objects for 100,000 requests, most of the report's memory
 * and most of its garbage-collection time. The entry is frozen, so a late write to a
 * finished page (pdfkit's code is strict) throws instead of being lost. Reads pdfkit's
 * internal tree; if its shape is not the expected one the entry is left as it is.
 */
export function compactPageParents(doc: PDFKit.PDFDocument): void {
  const page = (doc as unknown as { page?: { structParentTreeKey?: number } }).page;
  const key = page?.structParentTreeKey;
  if (key === undefined) return;
  const tree = (doc as unknown as { getStructParentTree(): ParentTreeItems }).getStructParentTree();
  const items = tree._items;
  const entries = items?.[key];
  if (!items || !Array.isArray(entries) || entries.length === 0) return;
  const first: unknown = entries.find(isReference);
  if (first === undefined) return;
  const parts: string[] = [];
  for (const entry of entries as unknown[]) {
    if (entry === null || entry === undefined) parts.push('null');
    else if (isReference(entry)) parts.push(`${entry.id} ${entry.gen} R`);
    else return;
  }
  const text = `[${parts.join(' ')}]`;
  // pdfkit prints any instance of its abstract reference class by its toString().
  const printed = Object.create(Object.getPrototypeOf(Object.getPrototypeOf(first)) as object, { toString: { value: () => text } }) as object;
  items[key] = Object.freeze(printed);
}
