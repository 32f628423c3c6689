import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { compileRulebook, defaultRulebook, RULEBOOK_DATA, type RulebookData } from '../../src/rulebook/rulebook.js';

/** The shipped data with one layer's cues replaced. */
function withDnsCues(cues: RulebookData['layers'][number]['cues']): RulebookData {
  return { ...RULEBOOK_DATA, layers: RULEBOOK_DATA.layers.map((l) => (l.label === 'dns' ? { ...l, cues } : l)) };
}

describe('compileRulebook', () => {
  it('compiles the shipped rules once and hands the same rulebook out', () => {
    expect(defaultRulebook()).toBe(defaultRulebook());
    expect(defaultRulebook().rules.get('causal.caused-by')?.pattern).toContain('caused');
  });

  it('gives each compiled rulebook its own scanner (no shared module state)', () => {
    const a = compileRulebook();
    const b = compileRulebook();
    expect(a.scanner).not.toBe(b.scanner);
    expect(a.scanner.size).toBe(b.scanner.size);
  });

  it('names the rule of an invalid pattern, a capturing group or a duplicate id', () => {
    const bad = withDnsCues([{ id: 'layer.dns.bad', pattern: 'dns(', weight: 1, examples: ['dns'] }]);
    expect(() => compileRulebook(bad)).toThrow(FaultlineError);
    expect(() => compileRulebook(bad)).toThrow(/rule layer\.dns\.bad has an invalid pattern/u);
    expect(() => compileRulebook(withDnsCues([{ id: 'layer.dns.group', pattern: '(dns)', weight: 1, examples: ['dns'] }]))).toThrow(
      /rule layer\.dns\.group pattern "\(dns\)" has a capturing group/u,
    );
    const twice = { id: 'layer.dns.twice', pattern: 'dns', weight: 1, examples: ['dns'] };
    expect(() => compileRulebook(withDnsCues([twice, twice]))).toThrow(/duplicate rule id layer\.dns\.twice/u);
  });

  it('refuses a rule without an example', () => {
    const data: RulebookData = { ...RULEBOOK_DATA, roles: [{ id: 'role.test.bare', role: 'impact', pattern: 'x', examples: [] }] };
    expect(() => compileRulebook(data)).toThrow(/rule role\.test\.bare has no example/u);
  });
});
