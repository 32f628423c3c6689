import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/model/diagnostic.js';
import type { Tag, TagSet } from '../../src/model/document.js';
import { readReport, tagText } from '../../src/tag/tag-document.js';
import { read, tag } from './tag-helpers.js';

/** Every evidence span of a tag set. */
function allEvidence(tags: TagSet): { label: string; text: string; start: number; end: number; role: string }[] {
  return [...tags.layers, ...tags.causes].flatMap((t: Tag) => t.evidence.map((e) => ({ label: t.label, ...e })));
}

/** label:role of the layers and causes of a reading. */
function summary(tags: TagSet): { layers: string[]; causes: string[] } {
  return { layers: tags.layers.map((t) => `${t.label}:${t.role}`), causes: tags.causes.map((t) => `${t.label}:${t.role}`) };
}

/** A seed's article text: front matter dropped; for 003, the body before the reader comments. */
function seed(name: string): string {
  let text = readFileSync(new URL(`../fixtures/seed-corpus/${name}`, import.meta.url), 'utf8');
  if (text.startsWith('---')) text = text.slice(text.indexOf('\n---', 3) + 4).trim();
  const end = 'because it mostly uses cached data.';
  const cut = text.indexOf(end);
  return cut >= 0 ? text.slice(0, cut + end.length) : text;
}

const DYNAMO = [
  'Summary of the Amazon DynamoDB Service Disruption',
  '',
  'Between 11:48 PM PDT on October 19 and 2:40 AM PDT on October 20, customers experienced increased DynamoDB API error rates in the N. Virginia region.',
  '',
  "The root cause was a latent race condition within DynamoDB's automated DNS management system that left an incorrect empty DNS record for the service's regional endpoint.",
  '',
  'Services that depend on DynamoDB were impacted, and new EC2 instance launches failed.',
  '',
  'We will fix the race condition before re-enabling the automation.',
].join('\n');

describe('readReport: origin versus impact', () => {
  it('takes the origin from the root-cause statement and the rest as impacted', () => {
    const tags = read(DYNAMO, { url: 'https://aws.amazon.com/message/101925/', title: 'Summary of the Amazon DynamoDB Service Disruption' }).tags;
    expect(tags.layers[0]).toMatchObject({ label: 'dns', role: 'origin', certainty: 'confirmed' });
    expect(tags.layers.filter((t) => t.role === 'origin').map((t) => t.label)).toEqual(['dns']);
    expect(tags.layers.filter((t) => t.role === 'impacted').map((t) => t.label)).toContain('database');
    expect(tags.causes.map((t) => t.label)).toEqual(['software-bug']);
    expect(tags.causes[0]?.certainty).toBe('confirmed');
    expect(tags.causes[0]?.evidence[0]?.text).toMatch(/^The root cause was a latent race condition/u);
    expect(tags.causes[0]?.evidence[0]?.role).toBe('root-cause');
  });

  it('reads the cause side of a causal statement as the origin, the effect side as impacted', () => {
    const tags = read('Our service was down on Monday.\n\nCheckout failed because the Redis cache cluster ran out of memory.').tags;
    expect(tags.layers.find((t) => t.role === 'origin')?.label).toBe('cache');
    expect(tags.layers.find((t) => t.label === 'application')?.role).toBe('impacted');
    expect(tags.causes.map((t) => t.label)).toEqual(['capacity']);
  });

  it("places a cause that names no failing component in the report's subject component, the one its title names", () => {
    const text = [
      'Summary\n\nSome customers saw incorrect balances while we were adding servers to the Cassandra database cluster that stores our data.',
      'Background\n\nWe run a single large Cassandra cluster.',
      'Root Causes\n\nThe six new nodes were added to the cluster with a configuration that was intended for a different procedure.',
    ].join('\n\n');
    const titled = read(text, { title: 'Payments affected after Cassandra cluster scale-up' }).tags;
    const origin = titled.layers.find((t) => t.role === 'origin');
    expect([origin?.label, origin?.rules[0]]).toEqual(['database', 'anatomy.cause-in-subject']);
    expect(titled.causes.map((t) => t.label)).toEqual(['misconfiguration']);
    expect(read(text).tags.layers.filter((t) => t.role === 'origin')).toEqual([]);
  });

  it('never makes the operator its own dependency or third party', () => {
    const text =
      'Amazon S3 in us-east-1 was unavailable for four hours.\n\nThe root cause was a bug in the S3 index subsystem. AWS services that depend on S3, and our own dashboard, failed too.';
    const tags = read(text, { url: 'https://aws.amazon.com/message/41926/', company: 'Amazon' }).tags;
    expect(tags.layers.map((t) => t.label)).not.toContain('third-party');
    expect(tags.causes.map((t) => t.label)).not.toContain('dependency');
  });

  it("never reads the operator's own products as a cloud dependency ('Google Cloud services')", () => {
    const text =
      'On July 19, at 06:33 US/Pacific, a failure of redundant cooling systems in a data center initiated a significant outage across numerous Google Cloud services.';
    const own = read(text, { url: 'https://status.cloud.google.com/incidents/abc', company: 'Google' }).tags;
    expect(own.causes.map((t) => t.label)).not.toContain('dependency');
    const customer = read('Our checkout failed for two hours.\n\nThe root cause was an outage of the cloud services we rely on for payments.').tags;
    expect(customer.causes.map((t) => t.label)).toContain('dependency');
  });

  it('reads an outside provider the report introduces as the origin and a dependency', () => {
    const text =
      'Sign-in codes were not delivered for two hours.\n\nRoot cause: Larkspur sends text messages through an external messaging provider, Relaybird. At 13:10 UTC, Relaybird experienced a failure in its message routing platform that caused messages to be accepted but not forwarded.';
    const tags = read(text).tags;
    expect(tags.layers[0]).toMatchObject({ label: 'third-party', role: 'origin' });
    expect(tags.causes.map((t) => t.label)).toEqual(['dependency']);
  });

  it("reads a utility's power failure as power at the facility, not a dependency", () => {
    const tags = read('Our data centre went dark on Tuesday.\n\nThe outage was caused by a utility power failure, and one generator did not start.').tags;
    expect(tags.layers[0]).toMatchObject({ label: 'facility', role: 'origin' });
    expect(tags.causes.map((t) => t.label)).toContain('power');
    expect(tags.causes.map((t) => t.label)).not.toContain('dependency');
    expect(tags.layers.map((t) => t.label)).not.toContain('third-party');
  });

  it('reads the component a change was made to, in a sentence stating the cause, as the origin', () => {
    const text = 'Checkout was down for 40 minutes.\n\nThe root cause was a schema change rolled out to the PostgreSQL database behind checkout.';
    expect(read(text).tags.layers[0]).toMatchObject({ label: 'database', role: 'origin' });
    const upgrade = 'Builds failed for an hour.\n\nDuring a database upgrade, a follower node was promoted to become the new primary.';
    expect(read(upgrade).tags.layers[0]).toMatchObject({ label: 'database', role: 'origin' });
    // Outside a statement of the cause, a change is not a failure of what it changed.
    expect(read('We run a database upgrade every quarter.').tags.layers).toEqual([]);
  });

  it('does not read a team named after a component as that component', () => {
    const text = 'Our site was down for an hour.\n\nThe outage began when the firewall team pushed a rule that crashed the load balancers.';
    expect(read(text).tags.layers.filter((t) => t.role === 'origin').map((t) => t.label)).toEqual(['load-balancer']);
  });

  it('reads a causal statement about a slowed response as a contributing factor', () => {
    const text = 'Checkout was down for 40 minutes.\n\nThe root cause was a bug in the cart service.\n\nThe rollback worked, but reaching it took extra time because the VPN was down.';
    const reading = read(text);
    const unit = reading.anatomy.units.find((u) => u.text.startsWith('The rollback worked'));
    expect(unit?.role).toBe('contributing');
    expect(reading.tags.layers[0]).toMatchObject({ label: 'application', role: 'origin' });
  });
});

describe('readReport: evidence', () => {
  it('evidence offsets index the text, and each says its role and the rules behind it', () => {
    const tags = read(DYNAMO).tags;
    const evidence = allEvidence(tags);
    expect(evidence.length).toBeGreaterThan(2);
    for (const e of evidence) expect(DYNAMO.slice(e.start, e.end)).toBe(e.text);
    const bug = tags.causes.find((t) => t.label === 'software-bug');
    expect(bug?.rules).toEqual(expect.arrayContaining(['cause.software-bug.race-conditions', 'causal.root-cause-was']));
    expect(bug?.rules).toEqual([...(bug?.rules ?? [])].sort());
  });

  it('never takes a remediation, follow-up or mitigation sentence as evidence of a cause', () => {
    const text =
      'The API returned errors for an hour on Monday.\n\nThe errors were caused by an expired TLS certificate on the API gateway.\n\nWe renewed the certificate and rolled back the gateway configuration at 10:40. A fix will be deployed over the coming days, and we will add an alarm for certificates that expire within 30 days.';
    const tags = read(text).tags;
    expect(tags.causes.map((t) => t.label)).toEqual(['time']);
    for (const e of allEvidence(tags).filter((x) => x.label === 'time')) expect(e.role).toBe('root-cause');
    expect(tags.causes.map((t) => t.label)).not.toContain('deployment');
  });

  it('reads nothing firm from a hypothetical sentence', () => {
    const tags = read('If a provider misconfigured its DNS, its load balancers, CDN and databases could all fail under a DDoS attack.').tags;
    for (const t of [...tags.layers, ...tags.causes]) expect(t.certainty, t.label).toBe('speculated');
  });

  it('drops a guess answered by a concession and a rebuttal, never a stated cause', () => {
    const guess = 'Sites on the CDN were unreachable for an hour. Here is my guess.\n\nMaybe a fibre cut took the links down. That would change paths, but towards something sensible, not towards a transit network.';
    expect(read(guess).tags.causes.map((t) => t.label)).not.toContain('hardware');
    const stated = 'Our storage cluster went down on Monday.\n\nA disk controller in the storage cluster failed. This would normally trigger a failover, but the standby was offline for maintenance.';
    expect(read(stated).tags.causes.map((t) => t.label)).toContain('hardware');
  });

  it('drops a guess answered by what it would have looked like, and the counterfactual itself', () => {
    const text = [
      "Tradewell's app was down for most of Monday. So what happened? Here is my best reading.",
      'My guess is that the order database simply could not keep up with the demand: orders stuck as pending look like a database that is saturated.',
      'It could also have been a bad release over the weekend. But a broken release would probably have failed at the open, not gradually as volumes rose.',
    ].join('\n\n');
    expect(read(text).tags.causes.map((t) => t.label)).toEqual(['capacity']);
  });

  it('drops a guess tested against what it would look like, a candidate judged unlikely and a first hypothesis that was dropped', () => {
    const text = [
      'Northwind Games was offline three times this week. Here is my reading.',
      "If this were a bad release, I'd expect one outage and a rollback, not three outages on three days.",
      'A hardware fault is also unlikely to hit 19 locations at the same minute.',
      'Their status page went down too, which is why a lot of people on here assumed it was a massive DDoS.',
      'The pattern fits a routing change that withdrew their prefixes: a misconfigured BGP policy, most likely.',
    ].join('\n\n');
    expect(read(text).tags.causes.map((t) => [t.label, t.certainty])).toEqual([['misconfiguration', 'speculated']]);
  });

  it('keeps a misconception of the operators as the cause it states', () => {
    const text = 'Add-ons stopped working on 4 May.\n\nThe root cause was that the team incorrectly believed the client ignored certificate expiration dates, so nobody renewed the signing certificate.';
    expect(read(text).tags.causes.map((t) => t.label)).toContain('time');
  });

  it('never reads what slowed the recovery as a cause of the incident', () => {
    const text = [
      'Our database went down on Tuesday.',
      '',
      'At 23:30 UTC an engineer mistakenly wiped the primary database instead of the secondary.',
      '',
      'The recovery process itself involved restoring from an LVM snapshot taken 6 hours prior to the deletion, which was a slow process due to slow disks. Recovery efforts were further hampered by concurrent issues at our cloud provider.',
    ].join('\n');
    expect(read(text).tags.causes.map((t) => t.label)).toEqual(['human-error']);
  });

  it('does not read "backbone capacity" as a capacity problem', () => {
    const tags = read('Our network went down on Monday.\n\nDuring routine maintenance, a command meant to check the backbone capacity disconnected all of our data centres.').tags;
    expect(tags.causes.map((t) => t.label)).not.toContain('capacity');
  });
});

describe('readReport: certainty from the source', () => {
  const sentence = 'The outage was caused by a misconfigured load balancer.';
  it('confirmed in the operator’s report, reported by a third party, speculated when hedged', () => {
    expect(read(`Our site was down for an hour.\n\n${sentence}`, {}, { official: true }).tags.causes[0]?.certainty).toBe('confirmed');
    expect(read(`Acme's site was down for an hour.\n\n${sentence}`).tags.causes[0]?.certainty).toBe('reported');
    expect(read("Acme's site was down for an hour.\n\nThe outage was probably caused by a misconfigured load balancer.").tags.causes[0]?.certainty).toBe('speculated');
  });

  it("speculated when a commenter says it 'has to be' one; nothing when the candidate 'can't be'", () => {
    expect(read('Everything is down.\n\nHas to be an attack.').tags.causes.map((t) => [t.label, t.certainty])).toEqual([['security', 'speculated']]);
    const denied = read("Starlink is down for everyone.\n\nCan't be a solar storm, space weather has been quiet today and a storm wouldn't knock out every satellite at once.");
    expect(denied.tags.causes.map((t) => t.label)).toEqual(['unknown']);
  });

  it('confirmed for a press report quoting the operator', () => {
    const text =
      'Acme customers could not pay on Monday.\n\nThe company said the outage was caused by a misconfigured load balancer.';
    expect(read(text).tags.causes[0]).toMatchObject({ label: 'misconfiguration', certainty: 'confirmed' });
  });

  it('a reader comment is never confirmed', () => {
    const tags = readReport({ text: 'We saw the same outage: our load balancer crashed.', sentences: [{ start: 0, end: 50 }] }, { isComment: true }).tags;
    for (const t of [...tags.layers, ...tags.causes]) expect(t.certainty).not.toBe('confirmed');
  });
});

describe('readReport: unknown', () => {
  it('gives unknown alone when no cause is supported', () => {
    const tags = tag('The site was down for two hours on Tuesday. Users saw errors on every page.');
    expect(tags.causes).toEqual([{ label: 'unknown', confidence: 0.6, certainty: 'reported', role: 'root', evidence: [], rules: [] }]);
  });

  it('gives unknown with its evidence when the text says the cause is not known', () => {
    const text = 'The site was down for two hours. The root cause is still under investigation.';
    expect(tag(text).causes).toEqual([
      {
        label: 'unknown',
        confidence: 0.9,
        certainty: 'reported',
        role: 'root',
        evidence: [{ text: 'The root cause is still under investigation.', start: 33, end: 77, role: 'root-cause' }],
        rules: ['anatomy.lede', 'unknown.under-investigation'],
      },
    ]);
  });
});

describe('readReport: options', () => {
  it('rejects out-of-range options and spans outside the text', () => {
    expect(() => tagText('abc', [], { maxEvidence: 0 })).toThrow(FaultlineError);
    expect(() => tagText('abc', [], { maxEvidence: 0 })).toThrow(/maxEvidence/);
    expect(() => tagText('abc', [{ start: 0, end: 10 }])).toThrow(/sentence 0 has span \[0, 10\) outside the text \(length 3\)/);
  });

  it('keeps at most maxEvidence sentences per tag', () => {
    const text = 'The load balancer crashed. The load balancer crashed again. The load balancer failed a third time.';
    for (const t of tag(text, { maxEvidence: 2 }).layers) expect(t.evidence.length).toBeLessThanOrEqual(2);
  });
});

describe('the quality bar on the seeds', () => {
  it('003: control-plane confirmed, with the statement as evidence', () => {
    const tags = read(seed('003_d034e96823ecc3f3.txt')).tags;
    const control = tags.layers.find((t) => t.label === 'control-plane');
    expect(control).toMatchObject({ certainty: 'confirmed', role: 'origin' });
    expect(control?.evidence[0]?.text).toMatch(/^We experienced a problem with those internal system communications/u);
    expect(tags.layers.map((t) => t.label)).not.toContain('cache');
  });

  it('000: gslb, load-balancer, cdn and misconfiguration, all speculated', () => {
    const tags = read(seed('000_95e2d58907dc20d1.txt')).tags;
    for (const label of ['gslb', 'load-balancer', 'cdn']) expect(tags.layers.find((t) => t.label === label)?.certainty, label).toBe('speculated');
    expect(tags.causes.find((t) => t.label === 'misconfiguration')?.certainty).toBe('speculated');
    expect(tags.layers.map((t) => t.label)).not.toContain('dns');
  });

  it('002: no confirmed tag, no evidence from its advice sections', () => {
    const text = seed('002_edc960f0af580891.txt');
    const tags = read(text).tags;
    for (const t of [...tags.layers, ...tags.causes]) expect(t.certainty, t.label).not.toBe('confirmed');
    const advice = text.indexOf('Why This Matters for Developers');
    const business = text.indexOf('Business Implications');
    const takeaways = text.indexOf('Key Takeaways');
    for (const e of allEvidence(tags)) expect(e.start < advice || (e.start > business && e.start < takeaways), e.text).toBe(true);
  });

  it('001 (the same article as 000 without front matter) tags the same labels', () => {
    expect(summary(read(seed('001_c4b483a6c527ed12.txt')).tags)).toEqual(summary(read(seed('000_95e2d58907dc20d1.txt')).tags));
  });
});
