import { describe, expect, it } from 'vitest';
import type { LayerLabel } from '../../src/model/document.js';
import { LAYER_LABELS } from '../../src/model/taxonomy.js';
import { layersOf, originsOf, read } from './tag-helpers.js';

/** For each layer: sentences that must tag it, and sentences that must not. */
const CASES: Record<LayerLabel, { positive: string[]; negative: string[] }> = {
  dns: {
    positive: ['Our DNS provider had an outage for two hours.', 'The authoritative name servers returned SERVFAIL for every query.'],
    negative: ['Traffic reached the site, so DNS was configured properly.', 'We moved our DNS records to a new account last year.'],
  },
  gslb: {
    positive: ['The global traffic manager kept sending users to the failed region.', 'GSLB did not detect that the main data center was down.'],
    negative: ['Look into GSLB and make sure you have geographically distributed data centers.'],
  },
  'load-balancer': {
    positive: ['The load balancer ran out of ephemeral ports during the spike.', 'HAProxy crashed on every frontend node.'],
    negative: ['Systems should be designed with redundancy, using load balancers to distribute traffic.', 'The load balancer forwards requests to three web servers.'],
  },
  cdn: {
    positive: ['Our content delivery provider had a widespread outage.', 'Logged-in pages were cached at the edge and served to other visitors by mistake.'],
    negative: ['The company signed a contract with a CDN vendor in May.'],
  },
  network: {
    positive: ['A firmware bug made the top-of-rack switches drop packets.', 'Packet loss between the two regions reached 40 percent.'],
    negative: ['The HTTP message shows something spoke HTTP, so this was not a router or firewall.', 'The Stack Exchange network serves millions of developers.'],
  },
  compute: {
    positive: ['Our container hosts ran out of disk space and containers could not start.', 'Half of the virtual machines crashed after the kernel panic.'],
    negative: ['Each server has 64 cores and 512 GB of memory.'],
  },
  storage: {
    positive: ["Amazon's S3 cloud storage service went offline this morning.", 'A storage controller failed in the primary array.'],
    negative: ['Uploaded photos are kept in object storage with three replicas.'],
  },
  database: {
    positive: ['Our primary Postgres cluster ran out of connections.', 'The schema migration locked the orders table for an hour.'],
    negative: ['The database stores product information and user accounts.'],
  },
  cache: {
    positive: ['The memcached cluster was resized and the hit rate dropped to almost zero.', 'A bug in the cache client library computed the same key for different users.'],
    negative: [
      'Those services were impacted, but the retail website did not show noticeable problems because it mostly uses cached data.',
      'Pages were cached at the edge and served to the wrong visitors.',
    ],
  },
  application: {
    positive: ['An off-by-one error in the pagination code made the export job loop forever.', 'Threads piled up in the web tier and the storefront became unresponsive.'],
    negative: ['The application is written in Ruby and deployed twice a day.'],
  },
  'control-plane': {
    positive: [
      'We experienced a problem with those internal system communications, leaving the components unable to interact.',
      'The service discovery agents lost their leader election and served stale entries.',
    ],
    negative: ['Consul is used for service discovery across all regions.'],
  },
  auth: {
    positive: ['The wildcard TLS certificate for our domain expired on Saturday night.', 'Users could not log in because the identity provider returned errors.'],
    negative: ['Every user signs in with a password and a second factor.'],
  },
  'third-party': {
    positive: ['Our SMS provider stopped delivering messages for three hours.', 'The payment processor rejected every card transaction.'],
    negative: ['We switched to a new email vendor last spring.'],
  },
  facility: {
    positive: ['The automatic transfer switch failed to move the load to the generators.', 'The cooling system failed and the temperature in the hall rose quickly.'],
    negative: ['The facility has two independent utility feeds.'],
  },
};

describe('layer cues', () => {
  it('covers every layer label', () => {
    expect(Object.keys(CASES).sort()).toEqual([...LAYER_LABELS].sort());
  });
  for (const label of LAYER_LABELS) {
    const { positive, negative } = CASES[label];
    for (const sentence of positive) {
      it(`${label}: tags "${sentence}"`, () => {
        expect(layersOf(sentence)).toContain(label);
      });
    }
    for (const sentence of negative) {
      it(`${label}: does not tag "${sentence}"`, () => {
        expect(layersOf(sentence)).not.toContain(label);
      });
    }
  }
});

describe('origin and consequence', () => {
  it('reads the part a clause after a failure says could no longer work as affected, not as a second origin', () => {
    const text = '"This morning a storage array in one of our data centres failed, and the databases that hold customer account records could no longer read from it," a spokesperson said.';
    expect(originsOf(text)).toEqual(['storage']);
  });

  it('never reads the operator named right after an outside-party cue ("cloud provider Nimbus") as a third party', () => {
    const text = 'A four-hour outage at cloud provider Nimbus on Tuesday knocked dozens of websites offline. Nimbus said a faulty change to the configuration of its internal network caused the outage.';
    expect(read(text, { title: 'Outage at cloud provider Nimbus', company: 'Nimbus' }).tags.layers.map((t) => t.label)).not.toContain('third-party');
    expect(read(text, { title: 'Outage at cloud provider Nimbus', company: 'Nimbus' }).tags.causes.map((t) => t.label)).toEqual(['misconfiguration']);
  });

  it('reads the component a failing part is "used by" as its owner, not a second origin', () => {
    expect(originsOf('The SSL certificates used by the storage service for its HTTPS endpoints expired on 22 February.')).toEqual(['auth']);
    expect(originsOf('The SSL certificates used by Nimbus Blob Storage for its HTTPS endpoints expired on 22 February.')).toEqual(['auth']);
  });

  it('never reads an attacker ("an unauthorized third party") as an outside provider', () => {
    expect(originsOf('An unauthorized third party stole a session token and accessed the production database.')).not.toContain('third-party');
  });

  it('keeps the origin of a sentence that only says what could no longer work', () => {
    expect(originsOf('The primary database could no longer accept writes.')).toEqual(['database']);
  });
});
