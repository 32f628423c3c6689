/**
 * The literal scanner: one pass over a sentence's characters tells which cue families (each
 * cue of the lexicons, each signal pattern) have one of their required literals in it (see
 * required-literals.ts). A family whose literals are absent cannot match, so its regular
 * expression is never run: most sentences contain the literals of only a handful of the several
 * hundred cues. Each compiled rulebook owns one scanner: its families register when it is
 * compiled; the scanner builds its tables on first use and remembers the results of the last
 * few hundred texts it scanned (a report's sentences are read in several passes).
 *
 * Speed: the window tables hold 64K entries each (256 KB), and nearly every window of a text
 * hits an empty one; a bit set per table (8 KB, it stays in the processor's cache) says which
 * entries are taken, so a window reads its table only when the bit is set.
 */
import { RecentResults } from './recent-results.js';

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

/** Hash of a 4-character window. */
function hash4(a: number, b: number, c: number, d: number): number {
  return ((((a * 31 + b) * 31 + c) * 0x2f) ^ (d * 0x3b9)) & MASK;
}

/** Frequent English 3-character windows: a literal is never indexed by one when it has another. */
const COMMON_WINDOWS: ReadonlySet<string> = new Set(
  'the,he ,ing,ng ,and,nd , th,ion,tio,ent,ati,for,her,ter,hat,tha,ere,ate,his,con,res,ver,all,ons,nce,men,ith,ted,ers,pro,thi,wit,are,ess,not,ive,was,ect,rea,com,eve,per,int,est,sta,cti,ica,ist,ear,ain,one,our,iti,rat,ed , of,of ,to , to,in , in,is ,es ,s t,e t,d t,e a,e s'.split(','),
);

/** How many recent texts' results the scanner keeps (more than the sentences of most reports). */
const RECENT_TEXTS = 512;

/** A bit set over the entries of a window table: bit `h` is set when entry `h` holds a literal. */
function takenBits(heads: Int32Array): Uint32Array {
  const bits = new Uint32Array(TABLE_SIZE >>> 5);
  for (let h = 0; h < TABLE_SIZE; h += 1) if ((heads[h] ?? -1) >= 0) bits[h >>> 5]! |= 1 << (h & 31);
  return bits;
}

/** True when bit `h` of `bits` is set. */
function isTaken(bits: Uint32Array, h: number): boolean {
  return (bits[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/** Lookup tables of the registered literals. */
interface Tables {
  heads2: Int32Array;
  heads3: Int32Array;
  heads4: Int32Array;
  /** Which entries of `heads3` and `heads4` hold a literal (see the module comment). */
  taken3: Uint32Array;
  taken4: Uint32Array;
  literals: string[];
  families: number[];
  /** Offset of the window each literal is indexed by (4 characters; 3 or 2 for shorter literals). */
  offsets: number[];
  next: number[];
  /** Families without literals: always candidates. */
  always: number[];
}

/** Finds which registered families' literals occur in a text (see the module comment). */
export class LiteralScanner {
  private readonly sets: (readonly string[] | null)[] = [];
  private tables: Tables | null = null;
  private lastText: string | null = null;
  private flags: Uint8Array = new Uint8Array(0);
  private flaggedIds: Int32Array = new Int32Array(0);
  private flaggedCount = 0;
  /** The flagged families of the texts scanned last (a report's sentences are read in several passes). */
  private readonly recent = new RecentResults<Int32Array>(RECENT_TEXTS);

  /** Registers a family by its required literals (null: always a candidate); returns its id. */
  register(literals: readonly string[] | null): number {
    this.sets.push(literals === null || literals.some((l) => l.length < 2) ? null : [...literals]);
    this.tables = null;
    this.lastText = null;
    this.recent.clear();
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
      heads4: new Int32Array(TABLE_SIZE).fill(-1),
      taken3: new Uint32Array(0),
      taken4: new Uint32Array(0),
      literals: [],
      families: [],
      offsets: [],
      next: [],
      always: [],
    };
    // Each literal of four characters or more is indexed by its rarest 4-character window, so
    // that common openings ("the ", "not ", "our ") do not make every occurrence of them walk a
    // long chain of literals; shorter literals by their whole self.
    const windowCount = new Map<string, number>();
    for (const set of this.sets) {
      for (const literal of set ?? []) {
        for (let k = 0; k + 4 <= literal.length; k += 1) windowCount.set(literal.slice(k, k + 4), (windowCount.get(literal.slice(k, k + 4)) ?? 0) + 1);
      }
    }
    const cost = (w: string): number =>
      (windowCount.get(w) ?? 0) + (w.includes(' ') ? 8 : 0) + (COMMON_WINDOWS.has(w.slice(0, 3)) ? 8 : 0) + (COMMON_WINDOWS.has(w.slice(1)) ? 8 : 0);
    this.sets.forEach((set, family) => {
      if (set === null) {
        tables.always.push(family);
        return;
      }
      for (const literal of set) {
        const id = tables.literals.length;
        tables.literals.push(literal);
        tables.families.push(family);
        let offset = 0;
        for (let k = 1; k + 4 <= literal.length; k += 1) if (cost(literal.slice(k, k + 4)) < cost(literal.slice(offset, offset + 4))) offset = k;
        tables.offsets.push(offset);
        const code = (k: number): number => literal.charCodeAt(offset + k);
        const [heads, h] =
          literal.length === 2
            ? [tables.heads2, hash2(code(0), code(1))]
            : literal.length === 3
              ? [tables.heads3, hash3(code(0), code(1), code(2))]
              : [tables.heads4, hash4(code(0), code(1), code(2), code(3))];
        tables.next.push(heads[h] ?? -1);
        heads[h] = id;
      }
    });
    tables.taken3 = takenBits(tables.heads3);
    tables.taken4 = takenBits(tables.heads4);
    this.flags = new Uint8Array(this.sets.length);
    this.flaggedIds = new Int32Array(this.sets.length);
    this.flaggedCount = 0;
    return tables;
  }

  /** Sets the flags of the bucket's literals that occur in `text` at `at`. */
  private check(tables: Tables, head: number, text: string, at: number): void {
    const { flags } = this;
    for (let id = head; id >= 0; id = tables.next[id] ?? -1) {
      const family = tables.families[id] ?? 0;
      const start = at - (tables.offsets[id] ?? 0);
      if (flags[family] === 0 && start >= 0 && text.startsWith(tables.literals[id] ?? '', start)) {
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
    const flags = this.flags;
    // Only the families flagged for the last text are set: clear those, not all of them.
    for (let k = 0; k < this.flaggedCount; k += 1) flags[this.flaggedIds[k]!] = 0;
    const seen = this.recent.get(text);
    if (seen !== undefined) {
      for (const family of seen) flags[family] = 1;
      this.flaggedIds.set(seen);
      this.flaggedCount = seen.length;
      this.lastText = text;
      return flags;
    }
    const tables = this.tables;
    this.flaggedCount = 0;
    for (const family of tables.always) {
      flags[family] = 1;
      this.flaggedIds[this.flaggedCount] = family;
      this.flaggedCount += 1;
    }
    const heads2 = tables.heads2;
    const heads3 = tables.heads3;
    const heads4 = tables.heads4;
    const taken3 = tables.taken3;
    const taken4 = tables.taken4;
    const n = text.length;
    let b = n > 0 ? text.charCodeAt(0) : 0;
    let c = n > 1 ? text.charCodeAt(1) : 0;
    let d = n > 2 ? text.charCodeAt(2) : -1;
    for (let i = 0; i + 1 < n; i += 1) {
      const a = b;
      b = c;
      c = d;
      d = i + 3 < n ? text.charCodeAt(i + 3) : -1;
      const ab = (a * 31 + b) | 0;
      const head2 = heads2[ab & MASK]!;
      if (head2 >= 0) this.check(tables, head2, text, i);
      if (c >= 0) {
        const h3 = ((ab * 31) ^ (c * 0x9e5)) & MASK;
        if (isTaken(taken3, h3)) this.check(tables, heads3[h3]!, text, i);
        if (d >= 0) {
          const h4 = (((ab * 31 + c) * 0x2f) ^ (d * 0x3b9)) & MASK;
          if (isTaken(taken4, h4)) this.check(tables, heads4[h4]!, text, i);
        }
      }
    }
    this.lastText = text;
    this.recent.set(text, this.flaggedIds.slice(0, this.flaggedCount));
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

