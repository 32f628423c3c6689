import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import { parseLabelledExamples, readLabelledExamples } from '../../src/tag/labelled-examples.js';

describe('parseLabelledExamples', () => {
  it('reads JSONL examples and skips blank lines', () => {
    const content = '{"id":"a","text":"x","layers":["dns"],"causes":["unknown"]}\n\n{"id":"b","text":"y","layers":[],"causes":["time"]}\n';
    expect(parseLabelledExamples(content, 'f.jsonl')).toEqual([
      { id: 'a', text: 'x', layers: ['dns'], causes: ['unknown'] },
      { id: 'b', text: 'y', layers: [], causes: ['time'] },
    ]);
  });

  it.each([
    ['{"id":"a","text":"x","layers":[],"causes":[]}\n{oops', /labels file f\.jsonl, line 2: invalid JSON/],
    ['{"id":"a","text":"x","layers":[]}', /line 1: missing field "causes"/],
    ['{"id":"a","text":"x","layers":["router"],"causes":[]}', /line 1: unknown layer label "router"/],
    ['{"id":"a","text":"x","layers":[],"causes":["aliens"]}', /line 1: unknown cause label "aliens"/],
    ['{"id":"a","text":"x","layers":"dns","causes":[]}', /line 1: field "layers" must be an array of labels/],
    ['[1,2]', /line 1: expected a JSON object/],
    ['{"id":"a","text":"x","layers":[],"causes":[]}\n{"id":"a","text":"y","layers":[],"causes":[]}', /line 2: duplicate id "a"/],
  ])('rejects %j naming the file and line', (content, message) => {
    expect(() => parseLabelledExamples(content, 'f.jsonl')).toThrow(message);
  });

  it('names an unreadable file', async () => {
    await expect(readLabelledExamples('/nonexistent/labels.jsonl')).rejects.toThrow(FaultlineError);
    await expect(readLabelledExamples('/nonexistent/labels.jsonl')).rejects.toThrow(/labels file \/nonexistent\/labels\.jsonl cannot be read/);
  });
});
