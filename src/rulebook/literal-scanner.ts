/**
 * The literal scanner: one pass over a sentence's characters tells which cue families (each
 * cue of the lexicons, each signal pattern) have one of their required literals in it (see
 * required-literals.ts). A family whose literals are absent cannot match, so its regular
 * expression is never run: most sentences contain the literals of only a handful of the several
 * hundred cues. Each compiled rulebook owns one scanner: its families register when it is
 * compiled; the scanner builds its tables on first use and remembers the last text it scanned
 * (callers pass the same string object around).
 */

/** Size of the window tables (a power of two); collisions only cost a literal comparison. */
const TABLE_SIZE = 1 << 16;
const MASK = TABLE_SIZE - 1;

/** Hash of a 2-character window. */
function hash2(a: number, b: number): number {
  return (a * 31 + b) & MASK;
}

/** Hash of a 3-character window. */
function hash3(a: number, b: number, c: number): number {
  return (((a * 31 + b) * 31) ^ (c * 0x9e5)) & MASK;
}

/** Lookup tables of the registered literals. */
interface Tables {
  heads2: Int32Array;
  heads3: Int32Array;
  literals: string[];
  families: number[];
  next: number[];
  /** Families without literals: always candidates. */
  always: number[];
}

/** Finds which registered families' literals occur in a text (see the module comment). */
export class LiteralScanner {
  private readonly sets: (readonly string[] | null)[] = [];
  private tables: Tables | null = null;
  private lastText: string | null = null;
  private flags = new Uint8Array(0);
  private flaggedIds = new Int32Array(0);
  private flaggedCount = 0;

  /** Registers a family by its required literals (null: always a candidate); returns its id. */
  register(literals: readonly string[] | null): number {
    this.sets.push(literals === null || literals.some((l) => l.length < 2) ? null : [...literals]);
    this.tables = null;
    this.lastText = null;
    return this.sets.length - 1;
  }

  /** Number of registered families. */
  get size(): number {
    return this.sets.length;
  }

  /** Builds the tables from the registered families. */
  private build(): Tables {
    const tables: Tables = {
      heads2: new Int32Array(TABLE_SIZE).fill(-1),
      heads3: new Int32Array(TABLE_SIZE).fill(-1),
      literals: [],
      families: [],
      next: [],
      always: [],
    };
    this.sets.forEach((set, family) => {
      if (set === null) {
        tables.always.push(family);
        return;
      }
      for (const literal of set) {
        const id = tables.literals.length;
        tables.literals.push(literal);
        tables.families.push(family);
        const a = literal.charCodeAt(0);
        const b = literal.charCodeAt(1);
        const heads = literal.length === 2 ? tables.heads2 : tables.heads3;
        const h = literal.length === 2 ? hash2(a, b) : hash3(a, b, literal.charCodeAt(2));
        tables.next.push(heads[h] ?? -1);
        heads[h] = id;
      }
    });
    this.flags = new Uint8Array(this.sets.length);
    this.flaggedIds = new Int32Array(this.sets.length);
    return tables;
  }

  /** Sets the flags of the bucket's literals that occur in `text` at `at`. */
  private check(tables: Tables, head: number, text: string, at: number): void {
    const { flags } = this;
    for (let id = head; id >= 0; id = tables.next[id] ?? -1) {
      const family = tables.families[id] ?? 0;
      if (flags[family] === 0 && text.startsWith(tables.literals[id] ?? '', at)) {
        flags[family] = 1;
        this.flaggedIds[this.flaggedCount] = family;
        this.flaggedCount += 1;
      }
    }
  }

  /**
   * Flags (1 = may match) of every family for `text`, indexed by family id. The array is reused:
   * read it before scanning another text.
   */
  scan(text: string): Uint8Array {
    if (text === this.lastText && this.tables !== null) return this.flags;
    this.tables ??= this.build();
    const tables = this.tables;
    const flags = this.flags;
    flags.fill(0);
    this.flaggedCount = 0;
    for (const family of tables.always) {
      flags[family] = 1;
      this.flaggedIds[this.flaggedCount] = family;
      this.flaggedCount += 1;
    }
    const heads2 = tables.heads2;
    const heads3 = tables.heads3;
    const n = text.length;
    let b = n > 0 ? text.charCodeAt(0) : 0;
    let c = n > 1 ? text.charCodeAt(1) : 0;
    for (let i = 0; i + 1 < n; i += 1) {
      const a = b;
      b = c;
      c = i + 2 < n ? text.charCodeAt(i + 2) : -1;
      const ab = (a * 31 + b) | 0;
      const head2 = heads2[ab & MASK] as number;
      if (head2 >= 0) this.check(tables, head2, text, i);
      if (c >= 0) {
        const head3 = heads3[((ab * 31) ^ (c * 0x9e5)) & MASK] as number;
        if (head3 >= 0) this.check(tables, head3, text, i);
      }
    }
    this.lastText = text;
    return flags;
  }

  /** Ids of the families flagged for `text`, in no particular order (a view: read it before scanning again). */
  flagged(text: string): Int32Array {
    this.scan(text);
    return this.flaggedIds.subarray(0, this.flaggedCount);
  }

  /** True when family `id` may match in `text`. */
  mayMatch(id: number, text: string): boolean {
    return this.scan(text)[id] === 1;
  }
}

