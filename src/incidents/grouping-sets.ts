/**
 * The sets of reports being grouped into incidents: a union-find that records, for every union
 * that joined two sets, the rule and the words that justify it (the incident's `grouping`), and
 * refuses a union that would put two documents a user split apart (`incidents.yaml` `split`) into
 * one set, unless the union is itself forced by the user (`merge`).
 */
import type { GroupingLink, GroupingRule } from '../model/incident.js';
import { UnionFind } from '../dedupe/union-find.js';

/** Reports being grouped, by position. */
export class GroupingSets {
  private readonly sets: UnionFind;
  /** Per set root: split entry -> the member of that entry the set holds. */
  private readonly apart = new Map<number, Map<number, number>>();
  /** Every union made, in order. */
  readonly links: { a: number; b: number; link: GroupingLink }[] = [];

  /** `ids[i]` is the document id of report `i`. */
  constructor(private readonly ids: readonly string[]) {
    this.sets = new UnionFind(ids.length);
  }

  /** The representative of report `i`'s set. */
  find(i: number): number {
    return this.sets.find(i);
  }

  /** Declares that the reports `members` of split entry `entry` must stay in different sets. */
  keepApart(entry: number, members: readonly number[]): void {
    for (const member of members) {
      const root = this.find(member);
      const map = this.apart.get(root) ?? new Map<number, number>();
      map.set(entry, member);
      this.apart.set(root, map);
    }
  }

  /** True when joining the sets of `i` and `j` would put two reports of one split entry together. */
  refused(i: number, j: number): boolean {
    const a = this.apart.get(this.find(i));
    const b = this.apart.get(this.find(j));
    if (a === undefined || b === undefined) return false;
    for (const [entry, member] of a) {
      const other = b.get(entry);
      if (other !== undefined && other !== member) return true;
    }
    return false;
  }

  /** Joins the sets of `i` and `j` by `rule` (recorded with `detail`); false when already one set or refused (`force` ignores splits). */
  union(i: number, j: number, rule: GroupingRule, detail: string, force = false): boolean {
    const ri = this.find(i);
    const rj = this.find(j);
    if (ri === rj || (!force && this.refused(i, j))) return false;
    const a = this.apart.get(ri);
    const b = this.apart.get(rj);
    this.sets.union(i, j);
    const root = this.find(i);
    if (a !== undefined || b !== undefined) {
      const merged = new Map<number, number>([...(a ?? []), ...(b ?? [])]);
      this.apart.delete(ri);
      this.apart.delete(rj);
      this.apart.set(root, merged);
    }
    this.links.push({ a: i, b: j, link: { documents: [this.ids[i]!, this.ids[j]!], rule, detail } });
    return true;
  }
}
