import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../src/analyze/analyze-text.js';
import { tenseOf } from '../../src/anatomy/tense.js';

/** The tense of a whole sentence read with wink's parts of speech, and without. */
function tenses(sentence: string): [string, string] {
  const tokens = analyzeComment(sentence).pos.read(0, sentence.length);
  const lower = sentence.toLowerCase();
  return [tenseOf(tokens, lower, 0, sentence.length), tenseOf(undefined, lower, 0, sentence.length)];
}

describe('tenseOf', () => {
  it('reads the narrative past', () => {
    expect(tenses('The new code contained a defect.')[0]).toBe('past');
    expect(tenses('We have identified the cause.')).toEqual(['past', 'past']);
    expect(tenses('The rollout began at 05:30.')).toEqual(['past', 'past']);
  });

  it('reads a description of how things work as present', () => {
    expect(tenses('The placement service keeps an inventory of every host.')[0]).toBe('present');
    expect(tenses('The load balancers are designed to fail open.')).toEqual(['present', 'present']);
  });

  it('does not read an adjective or an infinitive as the past', () => {
    expect(tenses('The public hostnames are served from a managed DNS zone.')[0]).toBe('present');
    expect(tenses('It limits how long a stolen token can be used.')[0]).toBe('present');
  });

  it('reads a passive over an adverb, an irregular participle after a present auxiliary, and a reduced clause as present', () => {
    expect(tenses('Data halls are also protected by a fire suppression system.')[0]).toBe('present');
    expect(tenses('The affected section is evacuated and power to the equipment is cut.')[0]).toBe('present');
    expect(tenses('The system, when activated, shuts down the equipment.')[0]).toBe('present');
    expect(tenses('The engineers also protected the hall.')[0]).toBe('past');
  });

  it('says none when there is no finite verb', () => {
    expect(tenses('Extreme ambient heat in the hall.')[0]).toBe('none');
  });
});
