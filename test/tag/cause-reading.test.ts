import { describe, expect, it } from 'vitest';
import type { CauseLabel } from '../../src/model/document.js';
import { CAUSE_LABELS } from '../../src/model/taxonomy.js';
import { causesOf } from './tag-helpers.js';

type Cause = Exclude<CauseLabel, 'unknown'>;

/** For each cause: sentences that must tag it, and sentences that must not. */
const CASES: Record<Cause, { positive: string[]; negative: string[] }> = {
  deployment: {
    positive: ['A new version of the proxy was rolled out to all nodes at once and every node crashed.', 'The outage began minutes after the upgrade to the new kernel.'],
    negative: ['We deployed a fix at 14:20 and errors stopped.', 'Customers with deployments in us-east-1 saw errors.'],
  },
  'software-bug': {
    positive: ['A race condition in the scheduler corrupted the queue.', 'An off-by-one error made the job loop forever.'],
    negative: ['The team runs a bug bounty program for its API.'],
  },
  misconfiguration: {
    positive: ['A change to our DNS zone file removed the record for the API hostname.', 'The load balancers were misconfigured after the migration.'],
    negative: ['The configuration is stored in a Git repository.'],
  },
  capacity: {
    positive: ['The database hit its connection limit during the traffic peak.', 'Thousands of clients reconnected at once and the thundering herd overwhelmed the API.'],
    negative: [
      'A volumetric DDoS attack saturated our links.',
      'The generators ran out of fuel after two days.',
      'Release 4.2 leaked memory on every reconnect. Once an instance exhausted its memory, its process was restarted, dropping every connection.',
    ],
  },
  dependency: {
    positive: ['Our SMS provider stopped delivering messages.', 'The product page kept waiting on the recommendations service, which had slowed down.'],
    negative: ['The vendor replaced the failed controller within four hours.'],
  },
  hardware: {
    positive: ['A backhoe cut a fiber bundle near the data center.', 'The disk under the primary replica started returning read errors.'],
    negative: ['A firmware bug in the switches caused them to drop packets.'],
  },
  power: {
    positive: ['The data center lost utility power and the UPS batteries drained.', 'A power outage took down a whole row of racks.'],
    negative: ['The power of modern tooling is in automation.'],
  },
  'natural-disaster': {
    positive: ['Flooding after a hurricane reached the basement of the facility.', 'Four lightning strikes hit the local power grid.'],
    negative: ['Millions of erroneous orders ended up flooding the market.', 'A retry storm overwhelmed the API.'],
  },
  'human-error': {
    positive: ['An engineer mistyped a command and removed far more servers than intended.', 'The cleanup script was run against the production account by mistake.'],
    negative: ['Our registrar suspended the domain by mistake after an error on their side.'],
  },
  security: {
    positive: ['A volumetric DDoS attack saturated our transit links.', 'An attacker used stolen credentials to access the build server.'],
    negative: ['The outage was discussed on Hacker News the next day.', 'There was no evidence of an attack or of unauthorized access.'],
  },
  time: {
    positive: ['The wildcard TLS certificate expired on Saturday night.', 'The leap second made the kernel spin and servers hung.'],
    negative: ['The migration took three hours longer than planned.'],
  },
};

describe('cause cues', () => {
  it('covers every cause label but unknown', () => {
    expect(Object.keys(CASES).sort()).toEqual(CAUSE_LABELS.filter((l) => l !== 'unknown').sort());
  });
  for (const label of Object.keys(CASES) as Cause[]) {
    const { positive, negative } = CASES[label];
    for (const sentence of positive) {
      it(`${label}: tags "${sentence}"`, () => {
        expect(causesOf(sentence)).toContain(label);
      });
    }
    for (const sentence of negative) {
      it(`${label}: does not tag "${sentence}"`, () => {
        expect(causesOf(sentence)).not.toContain(label);
      });
    }
  }
});
