import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build-index.js';
import { INDEX_FIELDS } from '../../src/index/index-fields.js';
import { parseIndex, type LoadedIndex } from '../../src/index/load-index.js';
import { expansionBudget, fuzzyMatches } from '../../src/index/fuzzy-expand.js';
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
          return fields === undefined ? rest : { ...rest, fields: fields };
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

/** lunr's own fuzzy expansion: its automaton for `term` intersected with the vocabulary. */
function lunrFuzzy(terms: readonly string[], term: string, editDistance: number): string[] {
  const sets = lunr.TokenSet as unknown as {
    fromArray(sorted: readonly string[]): lunr.TokenSet;
    fromFuzzyString(term: string, editDistance: number): lunr.TokenSet;
  };
  return sets.fromArray(terms).intersect(sets.fromFuzzyString(term, editDistance)).toArray().sort();
}

describe('fuzzy expansion', () => {
  it('accepts exactly the terms lunr accepts (insert, delete, substitute, transpose; distance 1 and 2)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, fc.constantFrom(1, 2), (words, term, editDistance) => {
        const terms = [...words].sort();
        const ours = (fuzzyMatches(terms, term, editDistance, 1000, expansionBudget(1e9)) ?? []).map((id) => terms[id]);
        expect(ours).toEqual(lunrFuzzy(terms, term, editDistance));
      }),
      { numRuns: 400, seed: 20240612 },
    );
  });

  it('matches lunr over the fixture vocabulary', () => {
    for (const term of ['outag', 'storag', 'gosip', 'netwrok', 'amazon']) {
      for (const editDistance of [1, 2]) {
        const ours = (fuzzyMatches(vocabulary, term, editDistance, 10_000, expansionBudget(1e9)) ?? []).map((id) => vocabulary[id]);
        expect(ours).toEqual(lunrFuzzy(vocabulary, term, editDistance));
      }
    }
  });

  it('expands a 40-character term with ~2 in a few thousand steps over a 20,000-term vocabulary', () => {
    const terms = syntheticVocabulary(20_000);
    const budget = expansionBudget(1_000_000);
    const found = fuzzyMatches(terms, 'abcdefghijklmnopqrstuvwxyzabcdefghijklmn', 2, 256, budget);
    expect(found).toEqual([]);
    expect(1_000_000 - budget.remaining).toBeLessThan(20_000);
    expect(budget.exhausted).toBe(false);
  });

  it('stops when the work budget runs out and says so', () => {
    const terms = syntheticVocabulary(20_000);
    const budget = expansionBudget(100);
    expect(fuzzyMatches(terms, 'abcdefgh', 2, 256, budget)).toBeNull();
    expect(budget).toEqual({ remaining: 0, exhausted: true });
  });

  it('refuses a query whose expansions exceed the work budget with a 400 naming the query', () => {
    const run = (): unknown => runQuery(index, [clause('storag', { editDistance: 2 }), clause('s*')], { maxExpansionWork: 50 });
    expect(run).toThrow(FaultlineError);
    expect(run).toThrow(/"storag" is too costly to expand \(the wildcard and fuzzy terms of one query may visit at most 50 index terms\)/);
    try {
      run();
    } catch (error) {
      expect((error as FaultlineError).status).toBe(400);
      expect((error as FaultlineError).parameter).toBe('query');
    }
  });

  it('counts wildcard terms tested against the budget', () => {
    const shard = index.shards[0];
    if (shard === undefined) throw new Error('no shard');
    const budget = expansionBudget(3);
    expect(expandTerm(shard, 's*r', 0, 1000, budget)).toBeNull();
    expect(budget.exhausted).toBe(true);
  });
});

/** `n` distinct pseudo-random lowercase terms of 3 to 12 letters, sorted. */
function syntheticVocabulary(n: number): string[] {
  let seed = 7;
  const next = (): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed / 4_294_967_296;
  };
  const terms = new Set<string>();
  for (let attempt = 0; terms.size < n && attempt < n * 10; attempt++) {
    const length = 3 + Math.floor(next() * 10);
    let term = '';
    for (let i = 0; i < length; i++) term += String.fromCharCode(97 + Math.floor(next() * 26));
    terms.add(term);
  }
  return [...terms].sort();
}
