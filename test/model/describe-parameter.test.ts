import { describe, expect, it } from 'vitest';
import { describeParameter, listText, valueText } from '../../src/model/describe-parameter.js';
import { parameterOf, searchRequestSpec } from '../../src/model/search-request.js';

const spec = searchRequestSpec();

describe('describeParameter', () => {
  it('adds what the value takes, how a list is given and the default', () => {
    expect(describeParameter(parameterOf(spec, 'pageSize'), 'http')).toBe('Hits per page. (1 to 100) Default: 10.');
    expect(describeParameter(parameterOf(spec, 'certainty'), 'http')).toBe(
      'Keep documents with a layer or cause tag stated this firmly (with a layer or cause filter: a tag it keeps). (each one of: confirmed, reported, speculated; repeat the parameter or separate values with commas; at most 20 values, any of them matches)',
    );
    expect(describeParameter(parameterOf(spec, 'providers'), 'cli')).toContain(
      '(each at most 100 characters; repeat the option for each value (values are never split at commas); at most 20 values, any of them matches)',
    );
    expect(describeParameter(parameterOf(spec, 'noText'), 'cli')).toBe('Leave out full article and comment texts (keeps summaries, evidence and links).');
  });

  it('reads values and lists from the type', () => {
    expect(valueText(parameterOf(spec, 'from'))).toBe('1900 to 2200');
    expect(valueText(parameterOf(spec, 'sort'))).toBe('one of: relevance, date');
    expect(valueText(parameterOf(spec, 'query'))).toBe('at most 512 characters');
    expect(listText(parameterOf(spec, 'from'), 'http')).toBe('');
  });
});
