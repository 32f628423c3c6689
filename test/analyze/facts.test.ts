import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import type { Fact, Facts } from '../../src/model/document.js';
import { fixture } from './fixtures.js';

function allFacts(facts: Facts): Fact<unknown>[] {
  const single: (Fact<unknown> | null)[] = [facts.incidentDate, facts.startTime, facts.duration];
  return [
    ...facts.providers,
    ...facts.services,
    ...facts.customers,
    ...facts.impact,
    ...single.filter((f): f is Fact<unknown> => f !== null),
  ];
}

describe('facts of the S3 outage article (seed 003)', () => {
  const text = fixture('gigaom-s3-outage');
  const { facts } = analyzeText(text, { title: 'S3 Outage Highlights Fragility of Web Services', published: '2008-07-20' });

  it('names Amazon as the provider and S3 as the service', () => {
    expect(facts.providers.map((f) => [f.value, f.from])).toEqual([
      ['Amazon', 'text'],
      ['Amazon Web Services', 'text'],
    ]);
    expect(facts.services.map((f) => f.value)).toEqual(['S3']);
    expect(facts.services[0]?.evidence?.text).toBe('S3 Outage Highlights Fragility of Web Services');
  });

  it('names the customers the article lists as affected', () => {
    expect(facts.customers.map((f) => f.value)).toEqual(['SmugMug', 'NASDAQ', 'Activision', 'Business Objects', 'Hasbro']);
    expect(facts.customers[0]?.evidence?.text).toMatch(/^My big hope was that it would come back soon, but popular S3 clients such as SmugMug/u);
  });

  it('reads the duration "more than eight hours" as 480 minutes', () => {
    expect(facts.duration?.value).toEqual({ text: 'more than eight hours', minutes: 480 });
    expect(facts.duration?.evidence?.start).toBe(486);
    expect(facts.duration?.evidence?.end).toBe(694);
  });

  it('resolves "this morning" to the publication day', () => {
    expect(facts.incidentDate).toEqual({
      value: '2008-07-20',
      from: 'text',
      evidence: {
        start: 49,
        end: 225,
        text: 'Updated with Statement from Amazon: Amazon’s S3 cloud storage service went offline this morning for an extended period of time — the second big outage at the service this year.',
      },
    });
  });

  it('gives every fact from the text a verbatim evidence sentence', () => {
    for (const fact of allFacts(facts)) {
      if (fact.from === 'metadata') continue;
      expect(fact.evidence).not.toBeNull();
      expect(text.slice(fact.evidence?.start, fact.evidence?.end)).toBe(fact.evidence?.text);
    }
  });
});

describe('facts of the Tech Buzz article (seed 002)', () => {
  const text = fixture('tech-buzz-amazon-outage');
  const { facts } = analyzeText(text, { title: 'Amazon Outage: Decoding the E-Commerce Giant’s Disruption' });

  it('reads the impact figure "over 20,000 reported problems"', () => {
    expect(facts.impact.map((f) => f.value)).toEqual(['over 20,000 reported problems']);
    expect(facts.impact[0]?.evidence?.text).toBe(
      'With over 20,000 reported problems at its peak, according to monitoring services, this outage serves as a stark reminder of the complexities and vulnerabilities inherent in large-scale distributed systems.',
    );
  });

  it('names Amazon and no date, duration or customer it does not state', () => {
    expect(facts.providers.map((f) => f.value)).toEqual(['Amazon']);
    expect(facts.incidentDate).toBeNull();
    expect(facts.duration).toBeNull();
    expect(facts.customers).toEqual([]);
  });
});

describe('facts of the GigaOM Amazon article (seed 000)', () => {
  const text = fixture('gigaom-amazon-down');
  const { facts } = analyzeText(text, { title: 'Why Amazon Went Down, and Why It Matters', published: '2008-06-06T22:32:17Z' });

  it('reads the start time "10:25 AM PST" from its sentence', () => {
    expect(facts.startTime?.value).toBe('10:25 AM PST');
    expect(facts.startTime?.evidence?.text).toBe(
      'Amazon.coms U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up.',
    );
  });

  it('takes the incident date from the publication date when the text names no day', () => {
    expect(facts.incidentDate).toEqual({ value: '2008-06-06', evidence: null, from: 'metadata' });
  });

  it('names Amazon, not Amazon Web Services that the text says was not affected once', () => {
    expect(facts.providers.map((f) => f.value)).toEqual(['Amazon']);
  });
});

describe('facts from metadata and plain sentences', () => {
  it('puts the metadata company and product first, canonicalised', () => {
    const { facts } = analyzeText('Twitter was down for two hours after the S3 outage. Twitter and S3 recovered.', {
      company: 'AWS',
      product: 'Amazon S3',
      startTime: '2017-02-28T17:37:00Z',
    });
    expect(facts.providers.map((f) => [f.value, f.from])).toEqual([
      ['Amazon Web Services', 'metadata'],
      ['Twitter', 'text'],
    ]);
    expect(facts.services.map((f) => [f.value, f.from])).toEqual([['S3', 'metadata']]);
    expect(facts.services[0]?.evidence?.text).toBe('Twitter was down for two hours after the S3 outage.');
    expect(facts.incidentDate).toEqual({ value: '2017-02-28', evidence: null, from: 'metadata' });
    expect(facts.startTime).toEqual({ value: '2017-02-28T17:37:00Z', evidence: null, from: 'metadata' });
    expect(facts.duration?.value).toEqual({ text: 'two hours', minutes: 120 });
  });

  it('resolves a month and day in an outage sentence relative to the publication date', () => {
    const { facts } = analyzeText('We are sorry. On June 6, the service was unavailable from 9:16 PM to 11:16 PM PDT.', {
      published: '2008-06-10',
    });
    expect(facts.incidentDate?.value).toBe('2008-06-06');
    expect(facts.incidentDate?.evidence?.text).toBe('On June 6, the service was unavailable from 9:16 PM to 11:16 PM PDT.');
    expect(facts.startTime?.value).toBe('9:16 PM PDT');
    expect(facts.duration?.value).toEqual({ text: 'from 9:16 PM to 11:16 PM PDT', minutes: 120 });
  });

  it('resolves "yesterday" to the day before publication', () => {
    const { facts } = analyzeText('GitHub suffered an outage yesterday that lasted nearly 90 minutes.', { published: '2020-03-02' });
    expect(facts.incidentDate?.value).toBe('2020-03-01');
    expect(facts.duration?.value).toEqual({ text: 'nearly 90 minutes', minutes: 90 });
  });

  it('reads percentages and counts of customers but not HTTP status codes', () => {
    const { facts } = analyzeText(
      'About 30% of users could not log in. The API returned 500 errors. More than 3,000 customers were affected.',
    );
    expect(facts.impact.map((f) => f.value)).toEqual(['About 30% of users', 'More than 3,000 customers']);
  });

  it('skips recurring and vague durations', () => {
    const { facts } = analyzeText('It checks S3 every 5 minutes. Even a few hours of downtime can hurt.');
    expect(facts.duration).toBeNull();
  });

  it('names customers only in outage or dependency contexts', () => {
    const none = analyzeText('We talked about companies like Salesforce and OpSource that create value.').facts.customers;
    expect(none).toEqual([]);
    const listed = analyzeText('Sites such as Reddit, Quora and Imgur were offline during the AWS outage.').facts.customers;
    expect(listed.map((f) => f.value)).toEqual(['Reddit', 'Quora', 'Imgur']);
    const down = analyzeText('During the S3 outage, Trello and Slack were also down.', { company: 'Amazon' }).facts.customers;
    expect(down.map((f) => f.value)).toEqual(['Trello', 'Slack']);
  });
});

describe('the duration of a catalogue line', () => {
  it('reads a span that errors lasted ("returned 502s for 27 minutes") as the outage duration', () => {
    const text = 'Kestrel, 2 July 2019: A routine rules release included a regex that backtracked. CPU went to 100% and proxied sites returned 502s for 27 minutes, until the rulesets were disabled.';
    expect(analyzeText(text, { title: null }).facts.duration?.value).toEqual({ text: '27 minutes', minutes: 27 });
  });
});
