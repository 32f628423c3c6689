import { describe, expect, it } from 'vitest';
import { compileAxis, findCueHits } from '../../src/tag/cue-matcher.js';
import { CAUSE_CUES } from '../../src/tag/cues/cause-cues.js';
import { LAYER_CUES } from '../../src/tag/cues/layer-cues.js';
import { LiteralPrefilter } from '../../src/tag/literal-prefilter.js';
import { requiredLiterals, requiredLiteralsOfAll } from '../../src/tag/required-literals.js';
import { foldText } from '../../src/tag/text-units.js';

describe('requiredLiterals', () => {
  it.each([
    ['dns', ['dns']],
    ['load[- ]?balanc(?:er|ers|ing)', ['balanc']],
    ['(?:dns )?resolvers?', ['resolver']],
    ['(?:a|aaaa|cname) records?', [' record']],
    ['routers?|switch(?:es)?', ['router', 'switch']],
    ['(?:the |our )(?:app|application)', ['app', 'application']],
    ['ttls?', ['ttl']],
    ['5\\d\\d errors?', [' error']],
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

describe('LiteralPrefilter', () => {
  it('keeps the labels whose literals occur and drops the others', () => {
    const prefilter = new LiteralPrefilter([['dns'], ['balanc', 'proxy'], null, ['s3']]);
    expect(prefilter.candidates('the reverse proxy failed')).toBe(0b0110);
    expect(prefilter.candidates('s3 was down; dns too')).toBe(0b1101);
    expect(prefilter.candidates('x')).toBe(0b0100);
  });

  it('never drops a label whose cues match (sentences of the test corpus)', () => {
    const sentences = [
      'The global server load balancing policy was edited to drain the European site.',
      'Our container hosts ran out of disk space and the scheduler kept retrying.',
      'A firmware bug in the top-of-rack switches made them drop packets after 497 days.',
      'The wildcard TLS certificate expired; browsers refused to connect with 502 errors.',
      'An S3 team member inadvertently removed a larger set of servers than intended.',
      'Flooding after a hurricane reached the basement where the fuel pumps were installed.',
      'Logged-in pages were cached at the edge and served to other visitors.',
      'The memcached cluster was resized and the hit rate dropped to almost zero.',
    ].map(foldText);
    const axes: Record<string, import('../../src/tag/cues/cue.js').LabelCues>[] = [LAYER_CUES, CAUSE_CUES];
    for (const lexicon of axes) {
      const labels = compileAxis(lexicon, true);
      const prefilter = new LiteralPrefilter(labels.map((l) => l.literals));
      for (const sentence of sentences) {
        const full = findCueHits(sentence, labels)[0] ?? [];
        const filtered = findCueHits(sentence, labels, undefined, prefilter)[0] ?? [];
        expect(filtered).toEqual(full);
      }
    }
  });
});
