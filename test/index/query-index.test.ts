import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.js';
import { INDEX_FIELDS, type IndexFieldName } from '../../src/index/index-fields.js';
import { parseIndex, type LoadedIndex } from '../../src/index/load-index.js';
import { expandTerm, runQuery, type ClausePresence, type IndexClause } from '../../src/index/query-index.js';
import { toLunrIndex } from '../../src/index/to-lunr-index.js';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { fixtureRecords } from '../fixtures/kb/fixture-kb.js';

const { documents, incidents } = fixtureRecords();
const index = parseIndex(buildIndex(documents, incidents, { shardSize: 5 }));
const lunrShards = index.shards.map((shard) => toLunrIndex(shard));
const vocabulary = [...new Set(index.shards.flatMap((s) => s.terms))].sort();

const PRESENCE: Record<ClausePresence, number> = {
  optional: lunr.Query.presence.OPTIONAL,
  required: lunr.Query.presence.REQUIRED,
  prohibited: lunr.Query.presence.PROHIBITED,
};

/** The same clauses through lunr's own query engine, shard by shard. */
function lunrResults(clauses: readonly IndexClause[]): Map<string, number> {
  const out = new Map<string, number>();
  lunrShards.forEach((shardIndex) => {
    const results = shardIndex.query((q) => {
      for (const c of clauses) {
        const clause: Record<string, unknown> = { term: c.term, boost: c.boost, usePipeline: false, presence: PRESENCE[c.presence] };
        if (c.fields !== undefined) clause.fields = [...c.fields];
        if (c.editDistance > 0) clause.editDistance = c.editDistance;
        q.clause(clause as unknown as lunr.Query.Clause);
      }
    });
    for (const r of results) out.set(r.ref, r.score);
  });
  return out;
}

function ours(target: LoadedIndex, clauses: readonly IndexClause[]): Map<string, number> {
  return new Map(runQuery(target, clauses).matches.map((m) => [m.id, m.score]));
}

function expectSameAsLunr(clauses: readonly IndexClause[]): void {
  const expected = lunrResults(clauses);
  const actual = ours(index, clauses);
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, score] of expected) expect(actual.get(id)).toBeCloseTo(score, 9);
}

const clause = (term: string, more: Partial<IndexClause> = {}): IndexClause => ({ term, presence: 'optional', boost: 1, editDistance: 0, ...more });

describe('runQuery', () => {
  it('scores exactly like lunr.Index.query for single and multi-term queries', () => {
    expectSameAsLunr([clause('outag')]);
    expectSameAsLunr([clause('intern'), clause('commun')]);
    expectSameAsLunr([clause('intern', { presence: 'required' }), clause('commun', { presence: 'required' })]);
  });

  it('matches lunr for fields, boosts, prohibited terms, wildcards and fuzzy terms', () => {
    expectSameAsLunr([clause('cdn', { fields: ['layer'] })]);
    expectSameAsLunr([clause('amazon', { boost: 3 }), clause('storag')]);
    expectSameAsLunr([clause('network'), clause('amazon', { presence: 'prohibited' })]);
    expectSameAsLunr([clause('amazon', { presence: 'prohibited' })]);
    expectSameAsLunr([clause('regul*')]);
    expectSameAsLunr([clause('fa*ov')]);
    expectSameAsLunr([clause('gosip', { editDistance: 1 })]);
    expectSameAsLunr([clause('storag', { editDistance: 2, presence: 'required' }), clause('s3')]);
  });

  it('matches lunr on random queries over the fixture vocabulary', () => {
    const fieldNames = INDEX_FIELDS.map((f) => f.name);
    const arbClause = fc.record({
      term: fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('nosuchterm', 'zzz')),
      presence: fc.constantFrom<ClausePresence>('optional', 'optional', 'required', 'prohibited'),
      boost: fc.constantFrom(1, 2, 0.5),
      editDistance: fc.constantFrom(0, 0, 0, 1),
      fields: fc.option(fc.subarray(fieldNames, { minLength: 1 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(arbClause, { minLength: 1, maxLength: 5 }), (clauses) => {
        const normalised = clauses.map((c) => {
          const { fields, ...rest } = c;
          return fields === undefined ? rest : { ...rest, fields: fields as IndexFieldName[] };
        });
        expectSameAsLunr(normalised);
      }),
      { numRuns: 150, seed: 20240601 },
    );
  });

  it('returns the positively matched index terms (wildcard expansions included)', () => {
    const result = runQuery(index, [clause('regul*'), clause('amazon', { presence: 'prohibited' })]);
    expect([...result.terms].sort()).toEqual(['regular', 'regularli']);
  });

  it('refuses a term that expands to too many index terms', () => {
    expect(() => runQuery(index, [clause('s*')], { maxExpansions: 5 })).toThrow(FaultlineError);
    expect(() => runQuery(index, [clause('s*')], { maxExpansions: 5 })).toThrow(/"s\*" matches more than 5 index terms/);
  });
});

describe('expandTerm', () => {
  const shard = index.shards[0];
  if (shard === undefined) throw new Error('no shard');
  it('expands prefixes and inner wildcards within the vocabulary', () => {
    const prefix = expandTerm(shard, 'se*', 0, 1000) ?? [];
    expect(prefix.map((id) => shard.terms[id])).toEqual(shard.terms.filter((t) => t.startsWith('se')));
    const inner = expandTerm(shard, 's*r', 0, 1000) ?? [];
    expect(inner.map((id) => shard.terms[id])).toEqual(shard.terms.filter((t) => t.startsWith('s') && t.endsWith('r')));
    expect(expandTerm(shard, 'nosuchterm', 0, 10)).toEqual([]);
  });
});
