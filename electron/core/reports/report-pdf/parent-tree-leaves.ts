import { ContentBytes } from './content-bytes';
import type { RawObjects } from './raw-objects';

/** What pdfkit (0.20) keeps of the structure parent tree: its number tree's items by key, and how it prints itself. */
interface ParentTree {
  _items: Record<string, unknown>;
  toString(): string;
}

/** A structure element as the parent tree holds it: printed as `n 0 R`. */
interface Reference {
  id: number;
  gen: number;
}

const isReference = (value: unknown): value is Reference =>
  typeof value === 'object' && value !== null && typeof (value as Reference).id === 'number' && typeof (value as Reference).gen === 'number';

/** Finished pages whose entries make one leaf of the tree (some 100 kB of text for register pages). */
const LEAF_PAGES = 16;

/**
 * The structure parent tree (one structure element per marked content: every table cell of
 * a register, 1.6 million for 100,000 requests) written out as pages finish, in leaves of
 * the number tree (ISO 32000-1, 7.9.7: `/Limits` and `/Nums`), instead of kept to the end.
 * pdfkit keeps the whole tree, and through it every cell's element, until the document ends,
 * then prints it inside the structure tree root as one object of some 20 MB of text, copied
 * several times as it is written: the report's largest object and its memory peak. Here a
 * finished page's entry (an array of element references) goes to the leaf being gathered and
 * leaves the tree; the root prints `/Kids` naming the leaves, the last one holding whatever
 * pdfkit still has. A late write to a finished page's entry finds none and throws, rather
 * than being lost. Only while the tree holds nothing but the finished page's entry (no key of
 * an annotation, nothing left over) are entries moved, so the leaves' keys stay in order;
 * an entry of another shape stops the moving and pdfkit prints the rest. An entry may name
 * an element by its object number alone ({@link RawObjects}' elements, as the register rows
 * put them: no object made per table cell), printed as a reference. Reads pdfkit's internal tree.
 */
export class ParentTreeLeaves {
  private readonly tree: ParentTree;
  /** The leaves written: their object numbers. */
  private readonly leaves: number[] = [];
  /** The entries gathered for the next leaf (`key [n 0 R …]`), how many pages they are, and its first and last keys. */
  private readonly pending = new ContentBytes();
  private pages = 0;
  private first = 0;
  private last = 0;
  private moving = true;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly raw: RawObjects,
  ) {
    this.tree = (doc as unknown as { getStructParentTree(): ParentTree }).getStructParentTree();
    const own = this.tree.toString.bind(this.tree);
    this.tree.toString = () => this.root(own);
  }

  /** Moves the entry of the current page, which is finished, into the leaf being gathered. Called before the next page begins. */
  pageFinished(): void {
    const key = (this.doc as unknown as { page?: { dictionary: { data: { StructParents?: number } } } }).page?.dictionary.data.StructParents;
    if (!this.moving || key === undefined) return;
    const items = this.tree._items;
    const keys = Object.keys(items);
    const entries = items[key];
    if (keys.length !== 1 || !Array.isArray(entries)) {
      this.moving = false;
      return;
    }
    if (!entries.every((entry: unknown) => entry === null || entry === undefined || typeof entry === 'number' || isReference(entry))) {
      this.moving = false;
      return;
    }
    const pending = this.pending;
    if (this.pages === 0) this.first = key;
    else pending.text('\n');
    this.last = key;
    pending.digits(key);
    pending.text(' [');
    for (let i = 0; i < entries.length; i += 1) {
      const entry: unknown = entries[i];
      if (i > 0) pending.text(' ');
      if (entry === null || entry === undefined) pending.text('null');
      else {
        pending.digits(typeof entry === 'number' ? entry : (entry as Reference).id);
        pending.text(typeof entry === 'number' ? ' 0 R' : ` ${(entry as Reference).gen} R`);
      }
    }
    pending.text(']');
    this.pages += 1;
    delete items[key];
    if (this.pages >= LEAF_PAGES) this.writeLeaf();
  }

  private writeLeaf(): void {
    if (this.pages === 0) return;
    const id = this.raw.allocate();
    const leaf = this.raw.begin(id);
    leaf.text(`<<\n/Limits [${this.first} ${this.last}]\n/Nums [`);
    leaf.bytes(this.pending.take());
    leaf.text(']\n>>');
    this.raw.end();
    this.leaves.push(id);
    this.pages = 0;
  }

  /** The tree's root as the structure tree root prints it: pdfkit's own when nothing was moved, else the leaves as its kids. */
  private root(own: () => string): string {
    this.writeLeaf();
    // What pdfkit prints itself names every element by a reference.
    for (const entries of Object.values(this.tree._items)) {
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry: unknown, i) => {
        if (typeof entry === 'number') entries[i] = this.raw.reference(entry);
      });
    }
    if (this.leaves.length === 0) return own();
    const keys = Object.keys(this.tree._items).map(Number);
    if (keys.length > 0) {
      // pdfkit prints its tree as a leaf, with its limits when it holds more than one key.
      const rest = own();
      const id = this.raw.allocate();
      const leaf = this.raw.begin(id);
      leaf.text(keys.length > 1 ? rest : rest.replace(/^<</, `<<\n/Limits [${keys[0]} ${keys[0]}]`));
      this.raw.end();
      this.leaves.push(id);
    }
    return `<<\n/Kids [${this.leaves.map((id) => `${id} 0 R`).join(' ')}]\n>>`;
  }
}
