import { describe, expect, it } from 'vitest';
import { findConnectives } from '../../src/anatomy/connectives.js';
import { foldText } from '../../src/anatomy/text-units.js';
import { defaultRulebook } from '../../src/rulebook/rulebook.js';

const rulebook = defaultRulebook();

/** The causal statements of a sentence as [rule, kind, cause side, effect side]. */
function statements(sentence: string): [string, string, string, string][] {
  const lower = foldText(sentence);
  return findConnectives(rulebook, lower).map((c) => [c.rule, c.kind, lower.slice(c.cause.start, c.cause.end), lower.slice(c.effect.start, c.effect.end)]);
}

describe('causal statements', () => {
  it('X was caused by Y: the cause side follows', () => {
    expect(statements('The outage was caused by an outbound BGP policy that matched none of our prefixes.')).toEqual([
      ['causal.caused-by', 'root', 'an outbound bgp policy that matched none of our prefixes', 'the outage was'],
    ]);
  });

  it('Y caused X: the cause side precedes', () => {
    expect(statements('A defect in the rollout tool caused every host to reboot.')).toEqual([
      ['causal.caused', 'root', 'a defect in the rollout tool', 'every host to reboot'],
    ]);
  });

  it('the root cause was Y', () => {
    expect(statements("The root cause was a latent race condition within DynamoDB's automated DNS management system.")).toEqual([
      ['causal.root-cause-was', 'root', "a latent race condition within dynamodb's automated dns management system", ''],
    ]);
  });

  it('a consequence clause: the main clause is the cause', () => {
    expect(statements('We experienced a problem with those internal system communications, leaving the components unable to interact.')).toEqual([
      ['causal.led-to', 'root', 'we experienced a problem with those internal system communications', 'the components unable to interact'],
    ]);
  });

  it('a side stops at a coordinated clause, and the next connective starts its own statement', () => {
    expect(statements('At 09:14 we began rolling out a new version, and it was this release that set off the event.')).toEqual([
      ['causal.led-to', 'root', 'it was this release that', 'the event'],
    ]);
    expect(statements('Errors rose because the cache was cold, which led to a thundering herd.')).toEqual([
      ['causal.because', 'root', 'the cache was cold', 'errors rose'],
      ['causal.led-to', 'root', '', 'a thundering herd'],
    ]);
  });

  it('triggers, contributing factors and temporal causes', () => {
    expect(statements('The failover was triggered by a monitor that judged a healthy region dead.')[0]?.slice(0, 3)).toEqual([
      'causal.triggered-by',
      'trigger',
      'a monitor that judged a healthy region dead',
    ]);
    expect(statements('Aggressive client retries contributed to the overload.')[0]?.slice(0, 3)).toEqual(['causal.contributed', 'contributing', 'aggressive client retries']);
    expect(statements('During a database upgrade, a follower node was promoted.')).toEqual([
      ['causal.during-change', 'trigger', 'during a database upgrade', 'a follower node was promoted'],
    ]);
    expect(statements('Customers could not pay after a hardware failure at the data centre.')).toEqual([
      ['causal.after-event', 'trigger', 'after a hardware failure', 'customers could not pay'],
    ]);
  });

  it('a denied connective states no cause', () => {
    expect(statements('The incident was not the result of any cyber activity.')).toEqual([]);
    expect(statements('The outage was not caused by an attack.')).toEqual([]);
  });
});
