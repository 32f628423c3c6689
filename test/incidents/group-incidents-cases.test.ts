/**
 * The grouping failures a user met on a real corpus (issue 15), each on short reports written for
 * the test: one blackout told in different words, one page saved twice, a third party's report of
 * a provider's event, a second outlet on the same day, and a roundup of two outages.
 */
import { describe, expect, it } from 'vitest';
import { groupIncidents } from '../../src/incidents/group-incidents.js';
import type { KnowledgeDocument } from '../../src/model/document.js';
import type { Incident } from '../../src/model/incident.js';
import { makeReport } from './make-report.js';

const blackoutEncyclopedia = makeReport({
  id: 'blackout-encyclopedia',
  title: 'Northeast blackout of 2003',
  url: 'https://encyclopedia.example/wiki/Northeast_blackout_of_2003',
  company: 'FirstEnergy / General Electric',
  date: '2003-08-14',
  services: ['XA/21 energy management system'],
  keyphrases: ['northeast blackout', 'firstenergy system', 'ohio', 'alarm software'],
  text:
    'The Northeast blackout of 2003 began on August 14, 2003, when transmission lines in the FirstEnergy system in Ohio sagged into untrimmed trees. ' +
    'A race condition in the alarm software left FirstEnergy operators unaware, and the cascade cut power to 50 million people.',
});
const blackoutTaskForce = makeReport({
  id: 'blackout-task-force',
  title: 'Final report on the August 14 blackout',
  url: 'https://energy.example/reports/blackout-final.pdf',
  company: 'U.S.-Canada Power System Outage Task Force',
  date: '2003-08-14',
  services: ['Eastern Interconnection'],
  keyphrases: ['blackout', 'firstenergy', 'ohio', 'alarm function', 'vegetation management'],
  text:
    'On August 14, 2003, the blackout darkened much of the Midwest, the Northeast and Ontario after line failures in northern Ohio. ' +
    'FirstEnergy did not manage tree growth under its lines, and FirstEnergy operators worked without their alarm function for over an hour.',
});
const laterFirstEnergy = makeReport({
  id: 'firstenergy-storm-2003',
  title: 'FirstEnergy storm outages in Ohio',
  url: 'https://news.example/firstenergy-storm',
  company: 'FirstEnergy',
  date: '2003-09-19',
  keyphrases: ['storm', 'ohio', 'outages'],
  text: 'A storm left 200,000 FirstEnergy customers in Ohio without power for two days.',
});

const basecampPostmortem = makeReport({
  id: 'basecamp-read-only',
  title: null,
  url: 'https://m.signalvnoise.example/postmortem-on-the-read-only-outage/',
  company: 'Basecamp',
  text: 'Basecamp 3 was read-only for most of a day after a database hit the limit of its integer ids.',
});
const basecampCopy = makeReport({
  id: 'basecamp-read-only-excerpt',
  title: null,
  url: 'https://m.signalvnoise.example/postmortem-on-the-read-only-outage/), [see also](https://m.signalvnoise.example/update-on-read-only-mode/',
  company: 'Basecamp',
  text: 'In November a table ran out of 32-bit ids and Basecamp went into read-only mode while engineers migrated the column.',
});
const basecampOther = makeReport({
  id: 'basecamp-ddos-2014',
  title: null,
  url: 'https://signalvnoise.example/posts/basecamp-network-attack',
  company: 'Basecamp',
  text: 'Criminals flooded Basecamp with traffic and demanded a ransom.',
});

const awsEvent = makeReport({
  id: 'aws-us-east-2012-10-22',
  title: 'AWS US-East Region Service Event of October 22, 2012',
  url: 'https://aws.amazon.com/message/680342/',
  company: 'Amazon',
  date: '2012-10-22',
  services: ['EBS', 'EC2'],
  keyphrases: ['latent bug', 'memory leak', 'data collection agent'],
  text: 'A latent memory leak in the EBS data collection agent left a small number of volumes stuck in the US-East region.',
});
const netflixResponse = makeReport({
  id: 'netflix-response-2012-10-22',
  title: "Netflix's response to the October 22 AWS EBS degradation",
  url: 'https://netflixtechblog.com/post-mortem-of-october-22-2012-aws-degradation',
  company: 'Netflix',
  date: '2012-10-22',
  services: ['EBS'],
  keyphrases: ['availability zone', 'evacuation', 'netflix'],
  text: 'When AWS EBS volumes degraded in one zone, Netflix evacuated the zone. AWS restored the volumes later that day.',
});
const netflixChristmas = makeReport({
  id: 'netflix-christmas-eve-2012',
  title: 'Netflix on the Christmas Eve ELB outage',
  url: 'https://netflixtechblog.com/christmas-eve-elb',
  company: 'Netflix',
  date: '2012-12-24',
  services: ['ELB'],
  keyphrases: ['load balancer', 'christmas eve'],
  text: 'On Christmas Eve AWS ELB state was deleted and Netflix streaming failed on many devices. AWS restored ELB state the next day.',
});

const retailGigaom = makeReport({
  id: 'amazon-retail-gigaom',
  title: 'Why Amazon Went Down, and Why It Matters',
  url: 'https://gigaom.example/2008/06/06/why-amazon-went-down/',
  published: '2008-06-06',
  date: '2008-06-06',
  providers: ['Amazon'],
  keyphrases: ['retail site', 'gslb', 'data centers'],
  text:
    "Amazon.com's U.S. retail site became unavailable around 10:25 AM PST, and now appears to be back up. " +
    'A spokesman confirmed that neither Amazon Web Services nor international sites were affected. Traffic to https://www.amazon.com was getting there.',
});
const retailOtherOutlet = makeReport({
  id: 'amazon-retail-other-outlet',
  title: 'Shoppers locked out of Amazon for two hours',
  url: 'https://dailytech.example/2008/06/06/amazon-shoppers-locked-out',
  published: '2008-06-06',
  date: '2008-06-06',
  providers: ['Amazon'],
  keyphrases: ['shoppers', 'home page', 'lost sales'],
  text: "Shoppers could not reach Amazon on Friday morning: the store's home page returned errors until about noon, costing an estimated million dollars in lost sales.",
});
const s3Later = makeReport({
  id: 'amazon-s3-2008-07-20',
  title: 'Amazon S3 Availability Event: July 20, 2008',
  url: 'https://status.aws.amazon.com/s3-20080720.html',
  company: 'Amazon',
  date: '2008-07-20',
  services: ['S3'],
  keyphrases: ['gossip protocol', 'corrupted message'],
  text: 'Amazon S3 requests failed for hours after a single corrupted bit spread through the gossip protocol.',
});

const PROVIDER_TABLE = [
  { name: 'Acme Cloud', aliases: ['Acme'], domains: ['acmecloud.example'] },
  { name: 'Bolt Pay', aliases: [], domains: ['boltpay.example'] },
];
const acmeStatus = makeReport({
  id: 'acme-storage-2025-03-14',
  title: 'Acme Cloud block storage outage',
  url: 'https://status.acmecloud.example/incidents/storage',
  company: 'Acme Cloud',
  date: '2025-03-14',
  services: ['block storage'],
  keyphrases: ['block storage', 'controller firmware'],
  text: 'Acme Cloud block storage volumes were unavailable for three hours after a controller firmware update.',
});
const boltNews = makeReport({
  id: 'bolt-payments-2025-04-02',
  title: 'Bolt Pay card payments fail for two hours',
  url: 'https://news.example/bolt-pay-outage',
  company: 'Bolt Pay',
  date: '2025-04-02',
  services: ['card payments'],
  keyphrases: ['card payments', 'expired certificate'],
  text: "Merchants could not take card payments through Bolt Pay for two hours after a certificate expired.",
});
const roundup = makeReport({
  id: 'spring-roundup-2025',
  title: 'Two outages this spring, and what they teach',
  url: 'https://opsdigest.example/2025/04/spring-roundup',
  published: '2025-04-10',
  date: '2025-03-14',
  providers: ['Acme Cloud'],
  datePhrases: ['March 14', 'April 2'],
  keyphrases: ['block storage', 'card payments', 'lessons'],
  text:
    'On March 14, Acme Cloud block storage volumes were unavailable for three hours after a firmware update. ' +
    "On April 2, Bolt Pay's card payments failed for two hours when a certificate expired. " +
    'Both teams now stage their changes.',
});

const ALL = [
  blackoutEncyclopedia, blackoutTaskForce, laterFirstEnergy,
  basecampPostmortem, basecampCopy, basecampOther,
  awsEvent, netflixResponse, netflixChristmas,
  retailGigaom, retailOtherOutlet, s3Later,
  acmeStatus, boltNews, roundup,
];

const grouped = groupIncidents(ALL, {}, { providerTable: PROVIDER_TABLE });

function incidentOf(documentId: string): Incident {
  const doc = grouped.documents.find((d) => d.id === documentId);
  const incident = grouped.incidents.find((i) => i.id === doc?.incident);
  if (incident === undefined) throw new Error(`no incident for ${documentId}`);
  return incident;
}

function documentOf(id: string): KnowledgeDocument {
  const doc = grouped.documents.find((d) => d.id === id);
  if (doc === undefined) throw new Error(`no document ${id}`);
  return doc;
}

describe('grouping the reports of one outage, and only those', () => {
  it('two reports of one blackout in different words, by different organisations, are one incident; a later outage of the operator is not', () => {
    const blackout = incidentOf('blackout-encyclopedia');
    expect(blackout).toMatchObject({
      id: '2003-08-14-firstenergy-xa-21-energy-management',
      operator: 'FirstEnergy',
      providers: ['FirstEnergy', 'U.S.-Canada Power System Outage Task Force'],
      reports: ['blackout-encyclopedia', 'blackout-task-force'],
    });
    expect(blackout.grouping).toEqual([
      {
        documents: ['blackout-encyclopedia', 'blackout-task-force'],
        rule: 'third-party',
        detail: expect.stringMatching(/^text similarity 0\.\d\d, 0 days apart \(U\.S\.-Canada Power System Outage Task Force's report implicates FirstEnergy\)$/) as unknown,
      },
    ]);
    expect(incidentOf('firstenergy-storm-2003').reports).toEqual(['firstenergy-storm-2003']);
  });

  it('two reports with the same URL (one garbled by Markdown) are one incident, whatever their dates and words', () => {
    const readOnly = incidentOf('basecamp-read-only');
    expect(readOnly.reports.slice().sort()).toEqual(['basecamp-read-only', 'basecamp-read-only-excerpt']);
    expect(readOnly.grouping).toEqual([
      { documents: ['basecamp-read-only', 'basecamp-read-only-excerpt'], rule: 'same-url', detail: 'same URL m.signalvnoise.example/postmortem-on-the-read-only-outage' },
    ]);
    expect(incidentOf('basecamp-ddos-2014').reports).toEqual(['basecamp-ddos-2014']);
  });

  it("a third party's report of a provider's event joins the provider's report; the provider is the incident's operator", () => {
    const event = incidentOf('aws-us-east-2012-10-22');
    expect(event).toMatchObject({
      id: '2012-10-22-amazon-ebs',
      operator: 'Amazon Web Services',
      providers: ['Amazon Web Services', 'Netflix'],
      reports: ['aws-us-east-2012-10-22', 'netflix-response-2012-10-22'],
    });
    expect(event.grouping?.map((g) => [g.rule, g.detail])).toEqual([
      ['third-party', "both name ebs of Amazon Web Services, 0 days apart (Netflix's report implicates Amazon Web Services)"],
    ]);
    expect(documentOf('netflix-response-2012-10-22')).toMatchObject({ operator: 'Netflix', mentionedProviders: ['Amazon Web Services'] });
    expect(incidentOf('netflix-christmas-eve-2012').reports).toEqual(['netflix-christmas-eve-2012']);
  });

  it('a second outlet reporting the same outage on the same day, in other words, joins it; the next month stays apart', () => {
    const retail = incidentOf('amazon-retail-gigaom');
    expect(retail).toMatchObject({ id: '2008-06-06-amazon', operator: 'Amazon.com', reports: ['amazon-retail-gigaom', 'amazon-retail-other-outlet'] });
    expect(retail.grouping?.map((g) => g.rule)).toEqual(['same-day']);
    expect(retail.grouping?.[0]?.detail).toMatch(/^same operator \(Amazon(?:\.com)?\), same day, text similarity 0\.\d\d, neither the operator's own report$/);
    expect(documentOf('amazon-retail-other-outlet').operator).toBe('Amazon');
    expect(incidentOf('amazon-s3-2008-07-20')).toMatchObject({ operator: 'Amazon Web Services', reports: ['amazon-s3-2008-07-20'] });
  });

  it('a roundup belongs to its own outage and covers the other one, with the sentence as evidence', () => {
    const acme = incidentOf('acme-storage-2025-03-14');
    const bolt = incidentOf('bolt-payments-2025-04-02');
    expect(acme.reports).toEqual(['acme-storage-2025-03-14', 'spring-roundup-2025']);
    expect(documentOf('spring-roundup-2025').incidents).toEqual([acme.id, bolt.id]);
    expect(bolt.reports).toEqual(['bolt-payments-2025-04-02']);
    expect(bolt.documentIds).toEqual(['bolt-payments-2025-04-02', 'spring-roundup-2025']);
    const sentence = "On April 2, Bolt Pay's card payments failed for two hours when a certificate expired.";
    const start = roundup.text.indexOf(sentence);
    expect(bolt.links).toEqual([
      { document: 'bolt-payments-2025-04-02', role: 'primary', evidence: null, reason: 'its main report' },
      {
        document: 'spring-roundup-2025',
        role: 'covers',
        evidence: { text: sentence, start, end: start + sentence.length },
        reason: 'names Bolt Pay and 2025-04-02 (April 2), the day of this incident',
      },
    ]);
    // Its own incident is never linked a second time.
    expect(acme.links?.map((l) => [l.document, l.role])).toEqual([
      ['acme-storage-2025-03-14', 'primary'],
      ['spring-roundup-2025', 'report'],
    ]);
  });

  it("a report naming no operator is read again knowing the corpus's operators, and joins the operator's own report", () => {
    const own = makeReport({
      id: 'saltmarsh-own',
      title: 'Saltmarsh Mail incident report: sign-in failures on 4 November',
      url: 'https://status.saltmarsh.example/sign-in',
      company: 'Saltmarsh Mail',
      date: '2025-11-04',
      keyphrases: ['sign-in failures', 'key rotation'],
      text: 'Sign-in to webmail failed for two hours after a signing key rotation.',
    });
    const press = makeReport({
      id: 'saltmarsh-press',
      title: "Why sign-in broke: a key rotation done in the wrong order",
      url: 'https://opsdigest.example/saltmarsh-key-rotation',
      date: '2025-11-04',
      keyphrases: ['key rotation', 'sign-in'],
      text: 'Saltmarsh Mail users could not sign in on Tuesday. Saltmarsh Mail rotated a signing key before publishing it.',
    });
    const { incidents, documents } = groupIncidents([own, press]);
    expect(documents.map((d) => d.operator)).toEqual(['Saltmarsh Mail', 'Saltmarsh Mail']);
    expect(incidents.map((i) => [i.reports, i.grouping?.map((g) => g.rule)])).toEqual([[['saltmarsh-press', 'saltmarsh-own'], ['similar-text']]]);
  });

  it('every document is in the reports of exactly one incident and in the documentIds of each incident it names', () => {
    for (const doc of grouped.documents) {
      expect(grouped.incidents.filter((i) => i.reports.includes(doc.id)).map((i) => i.id)).toEqual([doc.incident]);
      expect(grouped.incidents.filter((i) => i.documentIds?.includes(doc.id)).map((i) => i.id).sort()).toEqual([...(doc.incidents ?? [])].sort());
    }
    expect(grouped.incidents).toHaveLength(10);
  });
});
