import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/anatomy/text-units.js';
import { LiteralScanner } from '../../src/rulebook/literal-scanner.js';
import { requiredLiterals, requiredLiteralsOfAll } from '../../src/rulebook/required-literals.js';
import { defaultRulebook } from '../../src/rulebook/rulebook.js';

describe('requiredLiterals', () => {
  it.each([
    ['dns', ['dns']],
    ['load[- ]?balanc(?:er|ers|ing)', ['balanc']],
    ['(?:dns )?resolvers?', ['resolver']],
    ['(?:a|aaaa|cname) records?', [' record']],
    ['routers?|switch(?:es)?', ['router', 'switch']],
    ['(?:the |our )(?:app|application)', ['app', 'application']],
    ['ttls?', ['ttl']],
    ['5\\d\\d responses?', [' response']],
    ['\\w+ing', ['ing']],
    ['(?<=\\bour )providers?', ['provider']],
    ['\\u2014 ?dash', ['dash']],
  ])('%s -> %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it('gives null when no literal is certain', () => {
    expect(requiredLiterals('\\w+')).toBeNull();
    expect(requiredLiterals('a|dns')).toBeNull();
    expect(requiredLiterals('(?:dns)?x')).toBeNull();
  });

  it('merges literals, dropping those that contain a shorter one', () => {
    expect(requiredLiteralsOfAll(['dns', 'dns records?', 'zone files?'])).toEqual(['dns', 'zone file']);
    expect(requiredLiteralsOfAll(['dns', '\\w+'])).toBeNull();
  });
});

describe('LiteralScanner', () => {
  it('flags the families whose literals occur and no others', () => {
    const scanner = new LiteralScanner();
    const dns = scanner.register(['dns']);
    const lb = scanner.register(['balanc', 'proxy']);
    const any = scanner.register(null);
    const s3 = scanner.register(['s3']);
    expect([...scanner.scan('the reverse proxy failed')]).toEqual([0, 1, 1, 0]);
    expect([...scanner.scan('s3 was down; dns too')]).toEqual([1, 0, 1, 1]);
    expect(scanner.mayMatch(dns, 'x')).toBe(false);
    expect(scanner.mayMatch(any, 'x')).toBe(true);
    expect(scanner.mayMatch(lb, 'load balancer')).toBe(true);
    expect(scanner.mayMatch(s3, 'load balancer')).toBe(false);
  });

  it('never rules out a cue that matches (sentences of the test corpus)', () => {
    const sentences = [
      'The global server load balancing policy was edited to drain the European site.',
      'Our container hosts ran out of disk space and the scheduler kept retrying.',
      'A firmware bug in the top-of-rack switches made them drop packets after 497 days.',
      'The wildcard TLS certificate expired; browsers refused to connect with 502 errors.',
      'An S3 team member inadvertently removed a larger set of servers than intended.',
      'Flooding after a hurricane reached the basement where the fuel pumps were installed.',
      'Logged-in pages were cached at the edge and served to other visitors.',
      'The memcached cluster was resized and the hit rate dropped to almost zero.',
      'Our SMS provider stopped delivering messages, so users could not log in.',
    ].map(foldText);
    const rulebook = defaultRulebook();
    let checked = 0;
    for (const axis of [rulebook.layers, rulebook.causes]) {
      for (const label of axis.labels) {
        for (const compiled of label.cues) {
          for (const sentence of sentences) {
            compiled.regex.lastIndex = 0;
            if (compiled.regex.test(sentence)) {
              checked += 1;
              expect(rulebook.scanner.mayMatch(compiled.family, sentence), `${label.label}: ${compiled.cue.id}`).toBe(true);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
