/**
 * Case group states on their way from `audit verify`'s worker to the main thread, packed so
 * a message is a few flat values rather than thousands of strings to copy one by one: the case
 * keys joined into one text with their lengths beside ({@link SAME_KEY} for a state of the
 * same case as the one before: a case's groups come together, and the main thread then looks
 * the one key up again rather than a fresh copy of it), each state's group as an index into
 * the batch's group names, the hashes (64 hex digits each) joined into one text.
 */
export interface PackedStates {
  kind: 'states';
  keys: string;
  keyLengths: Int32Array;
  groupNames: string[];
  groups: Uint16Array;
  hashes: string;
}

/** In `keyLengths`: the state's case key is the previous state's. */
const SAME_KEY = -1;

/** Length of a SHA-256 hash in hex. */
const HASH_LENGTH = 64;

/** Gathers states into one {@link PackedStates} (in the worker). */
export class StateBatch {
  private keys: string[] = [];
  private keyLengths: number[] = [];
  private groups: number[] = [];
  private hashes: string[] = [];
  private readonly groupIndex = new Map<string, number>();
  private lastKey: string | null = null;

  get size(): number {
    return this.hashes.length;
  }

  add(caseKey: string, group: string, hash: string): void {
    if (hash.length !== HASH_LENGTH) throw new Error(`A state hash is ${HASH_LENGTH} hex digits, not ${hash.length}`);
    let index = this.groupIndex.get(group);
    if (index === undefined) this.groupIndex.set(group, (index = this.groupIndex.size));
    if (caseKey === this.lastKey) this.keyLengths.push(SAME_KEY);
    else {
      this.keys.push(caseKey);
      this.keyLengths.push(caseKey.length);
      this.lastKey = caseKey;
    }
    this.groups.push(index);
    this.hashes.push(hash);
  }

  /** The states gathered so far, packed; the batch starts again empty. */
  take(): PackedStates {
    const packed: PackedStates = {
      kind: 'states',
      keys: this.keys.join(''),
      keyLengths: new Int32Array(this.keyLengths),
      groupNames: [...this.groupIndex.keys()],
      groups: new Uint16Array(this.groups),
      hashes: this.hashes.join(''),
    };
    this.keys = [];
    this.keyLengths = [];
    this.groups = [];
    this.hashes = [];
    this.lastKey = null;
    return packed;
  }
}

/** Hands every state of a {@link PackedStates} to `onState`, in the order they were added (on the main thread). */
export function unpackStates(packed: PackedStates, onState: (caseKey: string, group: string, hash: string) => void): void {
  let at = 0;
  let key = '';
  for (let i = 0; i < packed.groups.length; i++) {
    const length = packed.keyLengths[i] as number;
    if (length !== SAME_KEY) {
      key = packed.keys.slice(at, at + length);
      at += length;
    }
    onState(key, packed.groupNames[packed.groups[i] as number] as string, packed.hashes.slice(i * HASH_LENGTH, (i + 1) * HASH_LENGTH));
  }
}
