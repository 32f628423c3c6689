import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import type { Outline } from '../../src/model/outline.js';
import { readOutline } from '../../src/outline/read-outline.js';
import { defaultRulebook } from '../../src/rulebook/rulebook.js';
import { readReport } from '../../src/tag/tag-document.js';

/** The outline of a text read as ingest does (with the outside parties its voice names), the document dated `published`. */
function outlineOf(text: string, published: string | null = '2024-03-15', extra: { startTime?: string; endTime?: string; outsideParties?: string[] } = {}): Outline {
  const analysis = analyzeText(text, { published });
  const reading = readReport({ text, sentences: analysis.sentences, pos: analysis.pos });
  const input = { units: reading.anatomy.units, tags: reading.tags, published, statedDurationMinutes: analysis.facts.duration?.value.minutes ?? null };
  return readOutline({ ...input, outsideParties: reading.voice.document.outsideParties, ...extra }, defaultRulebook());
}

/** A fixture of test/fixtures/anatomy. */
function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/anatomy/${name}.txt`, import.meta.url), 'utf8');
}

/** The named events of a timeline as `event@time`. */
const events = (o: Outline): string[] => o.timeline.map((e) => `${e.event}@${e.at}`);

describe('readOutline', () => {
  it('reads a provider narrative: trigger, alarm, rollback, the four times and the minutes between', () => {
    const o = outlineOf(fixture('provider-narrative'));
    expect([o.trigger.kind, o.detection.method, o.mitigation.map((m) => m.step)]).toEqual(['deployment', 'automated-monitoring', ['rollback']]);
    expect(events(o)).toEqual(['start@2024-05-02T16:14:00Z', 'detected@2024-05-02T16:21:00Z', 'mitigated@2024-05-02T17:02:00Z', 'resolved@2024-05-02T17:10:00Z']);
    expect([o.durationMinutes, o.durationFrom, o.timeToDetectMinutes, o.timeToMitigateMinutes]).toEqual([56, 'timeline', 7, 48]);
    expect(o.trigger.evidence?.rule).toBe('outline.trigger.deployment');
  });

  it('reads an impact window of a root-cause entry as its start and its resolution', () => {
    const o = outlineOf(fixture('rca-sections'));
    expect(events(o)).toEqual(['start@2024-02-13T06:52:00Z', 'detected@2024-02-13T07:04:00Z', 'mitigated@2024-02-13T09:12:00Z', 'resolved@2024-02-13T09:31:00Z']);
    expect(o.durationMinutes).toBe(159);
  });

  it("dates a status page's phases by its posts", () => {
    const o = outlineOf(fixture('status-page'));
    expect(events(o)).toEqual(['detected@2022-03-03T15:47:00Z', 'event@2022-03-03T16:09:00Z', 'resolved@2022-03-03T17:42:00Z']);
    expect(o.trigger.kind).toBe('attack');
  });

  it('says not stated rather than guess, in a news report that tells no detection, fix or time', () => {
    const o = outlineOf(fixture('news-report'));
    expect([o.detection.method, o.detection.evidence, o.mitigation, o.timeline, o.durationMinutes]).toEqual(['not-stated', null, [], [], null]);
  });

  it('finds how the incident was noticed in a summary sentence when no detection sentence says it', () => {
    const text =
      'Payments failed for 40 minutes on Tuesday because a certificate on the card gateway expired. The problem was noticed at 01:19 UTC by an engineer in the network operations centre, and the certificate was replaced at 01:52 UTC.';
    const o = outlineOf(text);
    expect([o.detection.method, o.detection.evidence?.rule]).toEqual(['internal-report', 'outline.detection.internal']);
  });

  it('reads a generic corrective verb as a manual fix only in the section that says how service was restored', () => {
    const text = [
      'Root cause',
      '',
      'A cleanup job removed the index files of the search cluster at 09:02 UTC.',
      '',
      'Mitigation',
      '',
      'At 09:40 UTC engineers excluded the two damaged shards from the query path and restored the previous version of the routing rules.',
    ].join('\n');
    const o = outlineOf(text);
    expect(o.mitigation.map((m) => [m.step, m.evidence.rule])).toEqual([
      ['config-revert', 'outline.mitigation.config-revert'],
      ['manual-fix', 'outline.mitigation.corrective-action'],
    ]);
  });

  it('never reads halting a rollout as a manual fix: stopping the change is not what restored service', () => {
    const text = ['Mitigation', '', 'Engineers paused the rollout at 07:40 UTC and rolled back the release at 07:55 UTC.'].join('\n');
    expect(outlineOf(text).mitigation.map((m) => m.step)).toEqual(['rollback']);
  });

  it('never reads a step from a condition or from the work under way when it broke', () => {
    const text = [
      'Root cause',
      '',
      'While we were adding 24 new nodes to the object store, recovery traffic saturated the disks at 10:20 UTC.',
      '',
      'If the cached copy disappears at a bad moment, for example because a cache node restarts, every worker refetches it at once.',
      '',
      'The trouble began when engineers were replacing a core router in Tokyo.',
      '',
      'Mitigation',
      '',
      'At 10:52 UTC engineers manually re-routed all upload messages to the secondary cluster.',
    ].join('\n');
    expect(outlineOf(text).mitigation.map((m) => [m.step, m.evidence.rule])).toEqual([
      ['traffic-shifted', 'outline.mitigation.traffic-shifted'],
      ['manual-fix', 'outline.mitigation.manual-fix'],
    ]);
  });

  it('takes as the trigger the event told with its moment, never a latent condition, a follow-up or a retracted cause', () => {
    const text = [
      'Root cause',
      '',
      'The protection against this pattern had been removed by mistake a few weeks earlier.',
      '',
      'We are increasing the capacity of every edge location so that it can carry peak traffic.',
      '',
      'The 21:58 release corrected a typo in a results graphic and played no part.',
      '',
      'What happened',
      '',
      'At 13:42 UTC an engineer pushed a small update to the firewall rules, and CPU on every proxy rose to 100%.',
    ].join('\n');
    const trigger = outlineOf(text).trigger;
    expect([trigger.kind, trigger.evidence?.rule, trigger.evidence?.text]).toEqual([
      'deployment',
      'outline.trigger.deployment',
      'At 13:42 UTC an engineer pushed a small update to the firewall rules, and CPU on every proxy rose to 100%.',
    ]);
  });

  it('never reads a trigger that a sentence denies, and reads the one after its contrast', () => {
    const denied = outlineOf('Root cause\n\nThis was not the result of an attack or other security event.\n\nThe storage provider had a failure in its metadata tier.').trigger;
    expect(denied.evidence?.rule).not.toBe('outline.trigger.attack');
    const contrast = outlineOf('Root cause\n\nThe outage was not caused by an attack, but by a configuration change to the edge routers.').trigger;
    expect([contrast.kind, contrast.evidence?.rule]).toEqual(['config-change', 'outline.trigger.config-change']);
  });

  it('reads a step whose sentence has a modal in another clause, never one told with a modal', () => {
    const text = [
      'The configuration change was identified at 15:02 PDT and reverted at 15:12 PDT, but the daemon would not step a clock backwards.',
      'In hindsight we could have failed over to the second region sooner.',
    ].join('\n\n');
    expect(outlineOf(text).mitigation.map((m) => m.step)).toEqual(['config-revert']);
  });

  it('never reads a rollback or restart attempt that failed as a step', () => {
    const text = 'Mitigation\n\nA subsequent rollback attempt failed due to an internal infrastructure error.\n\nEngineers then restored the service from a snapshot at 10:40 UTC.';
    expect(outlineOf(text).mitigation.map((m) => m.step)).toEqual(['data-restored']);
  });

  it('never reads a step that was denied, failed or names a fault, or an attempt that did not help', () => {
    const text = [
      'Mitigation',
      '',
      '- 00:15 — Restarting the database tried on one node; CPU returned to 100% within seconds.',
      '- 00:40 — Replaced the cluster hardware with new machines; no improvement.',
      'Storage accounts were not automatically failed over, to protect customer data.',
      'A latent bug in the script caused the name servers to time out and fail to restart.',
      'Hosts were stuck in a reboot loop until 00:55.',
      'These systems are responsible for shifting traffic away from congested links.',
      'At 00:20 one node in the cache cluster restarted after running out of memory.',
      '- 01:10 — Release rolled back; CPU back to normal.',
    ].join('\n');
    expect(outlineOf(text).mitigation.map((m) => m.step)).toEqual(['rollback']);
  });

  it("reads a trigger told of a named outside provider as external-provider, keeping the provider's sentence", () => {
    const text = 'We send text messages through an external messaging provider, Relaybird Communications. From 13:40 UTC no verification texts were delivered. Relaybird has informed us that its failure followed a planned database upgrade on its platform at 13:35 UTC.';
    const trigger = outlineOf(text).trigger;
    expect([trigger.kind, trigger.evidence?.rule, trigger.evidence?.text.slice(0, 26)]).toEqual(['external-provider', 'outline.trigger.at-provider', 'Relaybird has informed us ']);
  });

  it('reads a corrective step anywhere in a mitigation section, and an applied mitigation as a manual fix', () => {
    const text = [
      'Mitigation',
      '',
      'At 23:40 UTC engineers excluded results from the two probing locations from health decisions, after which endpoint status recovered progressively.',
    ].join('\n');
    expect(outlineOf(text).mitigation.map((m) => m.step)).toEqual(['manual-fix']);
    expect(outlineOf('Monitoring\n\nWe have applied a mitigation and page load times are returning to normal.').mitigation.map((m) => m.step)).toEqual(['manual-fix']);
  });

  it('reads a named outside provider recovering as the provider-recovered step', () => {
    const text = 'We send text messages through an external messaging provider, Relaybird Communications. At 13:40 UTC Relaybird stopped delivering our messages. Relaybird reported that its platform had recovered at 15:40 UTC.';
    expect(outlineOf(text).mitigation.map((m) => m.step)).toEqual(['provider-recovered']);
    expect(outlineOf(text, '2024-03-15', { outsideParties: [] }).mitigation.map((m) => m.step)).toEqual([]);
  });

  it("never reads the complaints an outage tracker counts as the operator's detection", () => {
    const text = 'Northgate customers could not log in on Friday. Downdetector, which collates user complaints, logged more than 14,000 reports about Northgate by 9am.';
    expect(outlineOf(text).detection.method).toBe('not-stated');
    expect(outlineOf('Northgate customers could not log in on Friday. Northgate said it first learned of the problem when customers began calling its support line.').detection.method).toBe('customer-reports');
  });

  it('never reads as detection the user reports that confirm the recovery, or a support ticket system that was down', () => {
    const resolved = 'Resolved\n\nWe have confirmed through telemetry and user reports that the impact has been mitigated and service is restored.';
    expect(outlineOf(resolved).detection.method).toBe('not-stated');
    const tooling = 'Customers could not reach their servers, and our status page and support ticket system were slow or unavailable.';
    expect(outlineOf(tooling).detection.method).toBe('not-stated');
  });

  it('dates the posts of a status page whose phase stands above the text and its stamp below, or after its stamp', () => {
    const below = [
      'Resolved',
      'This incident has been resolved. ChatGPT is available to all users and error rates have returned to baseline.',
      'Jun 4, 2024 - 10:02 PDT',
      '',
      'Investigating',
      'We are currently investigating elevated error rates for ChatGPT.',
      'Jun 4, 2024 - 07:33 PDT',
    ].join('\n');
    expect(outlineOf(below, '2024-06-04').timeline.find((e) => e.event === 'resolved')?.at).toBe('2024-06-04T17:02:00Z');
    const after = [
      '25 Nov 2024, 02:51 UTC - Investigating',
      "We're investigating an issue impacting users' ability to access their mailboxes.",
      '',
      '26 Nov 2024, 01:55 UTC - Resolved',
      "We've confirmed through telemetry that the impact has been mitigated and service is restored.",
    ].join('\n');
    expect(outlineOf(after, '2024-11-25').timeline.find((e) => e.event === 'resolved')?.at).toBe('2024-11-26T01:55:00Z');
  });

  it('reads a rollback as the revert of the configuration change that set it off, unless it names software', () => {
    const config = 'Root cause\n\nAt 22:10 a configuration change to the inbound mail service set an invalid domain.\n\nResolution\n\nThe rollback completed at 23:40 and mail delivery recovered.';
    expect(outlineOf(config).mitigation.map((m) => [m.step, m.evidence.rule])).toEqual([['config-revert', 'outline.mitigation.config-revert-of-trigger']]);
    const release = 'Root cause\n\nAt 22:10 a configuration change to the inbound mail service set an invalid domain.\n\nResolution\n\nWe rolled back the release at 23:40 and mail delivery recovered.';
    expect(outlineOf(release).mitigation.map((m) => m.step)).toEqual(['rollback']);
  });

  it('reads the trigger from a narrative sentence that tells a change with its clock time', () => {
    const text = [
      'We would like to share more detail about the service event in the eastern region.',
      '',
      'Each cluster keeps two copies of every volume on different nodes.',
      '',
      'At 12:47 AM PDT on April 21st, a network change was performed as part of our normal scaling activities.',
      'The traffic shift was executed incorrectly, and many nodes lost their connection to their replicas.',
    ].join('\n');
    const o = outlineOf(text, '2011-04-29');
    expect([o.trigger.kind, o.trigger.evidence?.text.slice(0, 17)]).toEqual(['config-change', 'At 12:47 AM PDT o']);
  });

  it('reads a change made during maintenance as set off by the maintenance', () => {
    const text = [
      'During routine maintenance work to replace failing optical equipment, connectivity between our hub and the data centre was lost for 43 seconds.',
      'At 22:52 UTC a configuration change on the orchestrator promoted the replica in the other region.',
    ].join('\n\n');
    const o = outlineOf(text, '2018-10-21');
    expect([o.trigger.kind, o.trigger.evidence?.rule]).toEqual(['maintenance', 'outline.trigger.during-maintenance']);
    expect(outlineOf(text.split('\n\n')[1] ?? '', '2018-10-21').trigger.kind).toBe('config-change');
  });

  it('never takes a guess for the trigger: a report that only guesses states none', () => {
    const text = [
      'Half the web went dark this morning.',
      '',
      'My best guess is that a bad configuration push reached every edge server at once.',
      'I suspect the deploy pipeline skipped its canary stage.',
    ].join('\n');
    expect([outlineOf(text).trigger.kind, outlineOf(text).trigger.evidence]).toEqual(['none-stated', null]);
  });

  it('never takes what slowed the response, or a reason that merely mentions expiry, for the trigger', () => {
    const text = [
      'Summary',
      '',
      'The team was alerted hours later due to misconfigured paging settings, delaying their response.',
      'Two weeks earlier the company downgraded its database to a smaller instance to cut costs, as its cloud credits were expiring.',
    ].join('\n');
    expect(outlineOf(text).trigger.kind).not.toBe('time-event');
    expect(outlineOf(text).trigger.evidence?.text ?? '').not.toContain('paging settings');
  });

  it('never reads switching back on what was switched off as a fix step', () => {
    const text = ['Timeline', '', '- 15:10 — Release rolled back.', '- 15:40 — Writes re-enabled; incident resolved.'].join('\n');
    expect(outlineOf(text).mitigation.map((m) => m.step)).toEqual(['rollback']);
  });

  it('dates a status page written as "Phase - text" by the stamp line after each post, and by what a post says happened before it', () => {
    const text = [
      'Elevated API error rates',
      'Incident Report for Rivulet',
      '',
      'Resolved - Error rates have been normal since 14:52 UTC. This incident has been resolved.',
      'Oct 12, 2021 - 14:58 UTC',
      '',
      'Monitoring - We rolled back the release; the rollback completed at 14:29. We are monitoring.',
      'Oct 12, 2021 - 14:31 UTC',
      '',
      'Identified - The issue has been identified and a fix is being implemented.',
      'Oct 12, 2021 - 14:17 UTC',
      '',
      'Investigating - We are investigating elevated error rates on the REST API.',
      'Oct 12, 2021 - 13:52 UTC',
    ].join('\n');
    const o = outlineOf(text, '2021-10-12');
    expect(events(o).filter((e) => !e.startsWith('event@'))).toEqual(['detected@2021-10-12T13:52:00Z', 'mitigated@2021-10-12T14:29:00Z', 'resolved@2021-10-12T14:52:00Z']);
    // The work a post says is under way is a step of the mitigation, not a promise.
    expect([o.mitigation.map((m) => m.step), o.actionItems]).toEqual([['rollback', 'manual-fix'], []]);
  });

  it('dates the start by the trigger when no sentence dates the impact, and never by a recovery that "began servicing" requests', () => {
    const text = [
      'At 9:37AM PST, an authorized team member executed a command which was intended to remove a small number of servers; one of the inputs was entered incorrectly and a larger set of servers was removed.',
      'By 12:26PM PST, the index subsystem had activated enough capacity to begin servicing GET, LIST, and DELETE requests.',
    ].join('\n\n');
    const o = outlineOf(text, '2017-02-28');
    expect([o.trigger.kind, o.timeline.find((e) => e.event === 'start')?.at]).toEqual(['operator-action', '2017-02-28T17:37:00Z']);
  });

  it('never dates the onset by a deadline ("By 12:04 PM PDT our teams had contained the problem")', () => {
    const text = 'Customers saw errors on Thursday. By 12:04 PM PDT our teams had contained the problem to a single zone, and errors stopped spreading.';
    expect(outlineOf(text, '2011-04-21').timeline.find((e) => e.event === 'start')).toBeUndefined();
  });

  it('never dates the onset by errors the sentence says recovered, or by a recovery that began', () => {
    const text = 'At 9:28 AM PST, the team completed this work and DNS resolution errors fully recovered. We began bringing back the front-end servers at 10:07 AM PST.';
    expect(outlineOf(text, '2021-12-07').timeline.find((e) => e.event === 'start')).toBeUndefined();
  });

  it('never dates the onset by a response that started or a first responder', () => {
    const text = [
      'Checkout errors began at 10:05 UTC.',
      'At 10:40 UTC engineers in our first responder team had determined the cause, having at first investigated the validators.',
      'At 10:45 UTC point-in-time recovery started.',
    ].join('\n\n');
    expect(outlineOf(text).timeline.find((e) => e.event === 'start')?.at).toBe('2024-03-15T10:05:00Z');
    expect(outlineOf(text.split('\n\n').slice(1).join('\n\n')).timeline.find((e) => e.event === 'start')).toBeUndefined();
  });

  it('reads a store that reopened as the resolution', () => {
    const text = 'Users of the Quarry store were shown other people\'s account pages on Saturday. The store reopened at 3.40pm UTC with caching switched off for all account pages.';
    expect(outlineOf(text, '2022-12-24').timeline.find((e) => e.event === 'resolved')?.at).toBe('2022-12-24T15:40:00Z');
  });

  it('names one time told as both the fix and the return to normal the resolution', () => {
    const text = 'Problems began shortly after 7.30am, when customers opening the app saw an error.\n\n"We moved those systems onto standby equipment, and by 3.15pm every service was working normally," a spokesperson said.';
    expect(events(outlineOf(text, '2024-03-28'))).toEqual(['start@2024-03-28T07:30:00Z', 'resolved@2024-03-28T15:15:00Z']);
  });

  it("never dates the incident's times by the report's own 'Date:' line", () => {
    const text = [
      'Postmortem: players routed to a drained region',
      'Date: 2024-05-16 | Severity: SEV-2',
      '',
      'Impact',
      '- 03:02–03:49 UTC: matchmaking attempts from SEA ended in "no server available".',
      '',
      'Timeline (UTC, 14 May)',
      '- 03:02 — Host patching begins; first sessions fail.',
      '- 03:49 — Sessions succeed again; incident resolved.',
    ].join('\n');
    const o = outlineOf(text, '2024-05-16');
    expect(events(o).filter((e) => e.startsWith('start') || e.startsWith('resolved'))).toEqual(['start@2024-05-14T03:02:00Z', 'resolved@2024-05-14T03:49:00Z']);
  });

  it('starts the timeline where a degradation is first told ("latency climbs"), else at the alarm that tells it', () => {
    const climbs = outlineOf(['Timeline (UTC, 17 August)', '- 10:15 — New nodes added.', '- 10:20 — Upload latency climbs.', '- 10:24 — Alert.', '- 13:25 — Resolved.'].join('\n'), '2021-08-19');
    expect(events(climbs).find((e) => e.startsWith('start'))).toBe('start@2021-08-17T10:20:00Z');
    const alarm = outlineOf(['Timeline (BST, 14 April)', '- 10:00 — General sale opens.', '- 10:01 — maxconn alert fires; refusal rate climbing.', '- 10:27 — Incident resolved.'].join('\n'), '2023-04-18');
    expect(events(alarm).find((e) => e.startsWith('start'))).toBe('start@2023-04-14T09:01:00Z');
  });

  it('takes the duration from the front matter when it gives both ends', () => {
    const o = outlineOf(fixture('news-report'), '2024-03-15', { startTime: '2024-03-14T08:00:00Z', endTime: '2024-03-14T10:30:00Z' });
    expect([o.durationMinutes, o.durationFrom]).toEqual([150, 'front-matter']);
  });

  it('lists action items with their kind, never the line that introduces them', () => {
    const text =
      'Our database failed at 10:00 UTC.\n\nAction items\n\nWe are taking the following actions:\n\n- Add an alarm on replication lag.\n- Automate the failover of the primary.\n- Require a second review for schema changes.';
    expect(outlineOf(text).actionItems.map((a) => [a.text, a.kind])).toEqual([
      ['- Add an alarm on replication lag.', 'detect'],
      ['- Automate the failover of the primary.', 'mitigate'],
      ['- Require a second review for schema changes.', 'process'],
    ]);
  });

  it('dates the bare clock times told after an impact window that spans two days inside that window', () => {
    const text = [
      'Summary of impact: Between 20:48 UTC on 11 Nov 2024 and 01:12 UTC on 12 Nov 2024, a subset of customers had healthy endpoints marked as degraded.',
      '',
      'Mitigation: At 23:40 UTC engineers restarted the probing service in two locations, after which endpoint status recovered progressively.',
    ].join('\n');
    const o = outlineOf(text, '2024-11-14');
    expect(events(o)).toEqual(['start@2024-11-11T20:48:00Z', 'mitigated@2024-11-11T23:40:00Z', 'resolved@2024-11-12T01:12:00Z']);
    expect(o.durationMinutes).toBe(264);
  });

  it('dates a status page whose posts sit under their phase with a "Posted" stamp line, newest first', () => {
    const text = [
      'Some users may be having trouble loading Chatterly',
      'Incident Report for Chatterly',
      '',
      'Resolved',
      "We've resolved the issue, and all affected users should now be able to load Chatterly as normal. The issue began at around 6:00 AM PST. We'll follow up with a summary of what happened once our review is complete.",
      'Posted Feb 22, 2022 - 09:14 PST',
      '',
      'Monitoring',
      "We've put a fix in place and are seeing steady improvement.",
      'Posted Feb 22, 2022 - 08:31 PST',
      '',
      'Identified',
      'We are rolling back a configuration change and performing failovers to alternate paths.',
      'Posted Feb 22, 2022 - 07:26 PST',
      '',
      'Investigating',
      'We are investigating reports of users being unable to load Chatterly.',
      'Posted Feb 22, 2022 - 06:09 PST',
    ].join('\n');
    const o = outlineOf(text, '2022-02-22');
    expect(events(o)).toEqual(['start@2022-02-22T14:00:00Z', 'detected@2022-02-22T14:09:00Z', 'event@2022-02-22T15:26:00Z', 'mitigated@2022-02-22T16:31:00Z', 'resolved@2022-02-22T17:14:00Z']);
    expect(o.detection.method).toBe('customer-reports');
    expect(o.mitigation.map((m) => m.step).sort()).toEqual(['config-revert', 'failover', 'manual-fix']);
    expect(o.actionItems).toEqual([]);
  });

  it('resolves where recovery finished, after the partial recoveries', () => {
    const text = [
      'At 9:37AM PST, an engineer executed a command that removed far more servers than intended, and requests began failing.',
      'By 1:18PM PST, the index subsystem was fully recovered.',
      'The placement subsystem began recovery when the index subsystem was functional and finished recovery at 1:54PM PST.',
    ].join(' ');
    expect(events(outlineOf(text, '2017-02-28')).filter((e) => e.startsWith('resolved'))).toEqual(['resolved@2017-02-28T21:54:00Z']);
  });

  it('crosses midnight in a timeline only on a large step back', () => {
    const text = 'Timeline (all times UTC)\n\n- 23:40 — Error rates rise.\n- 23:55 — The on-call engineer is paged.\n- 00:20 — We rolled back the release.\n- 00:45 — Resolved.';
    const o = outlineOf(text, '2024-06-01');
    expect(events(o)).toEqual(['start@2024-06-01T23:40:00Z', 'detected@2024-06-01T23:55:00Z', 'mitigated@2024-06-02T00:20:00Z', 'resolved@2024-06-02T00:45:00Z']);
  });
});
