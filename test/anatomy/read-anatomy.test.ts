import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../src/analyze/analyze-text.js';
import { headingKey, matchSection, readAnatomy, roledSentences, type Anatomy } from '../../src/anatomy/read-anatomy.js';
import { defaultRulebook } from '../../src/rulebook/rulebook.js';

const rulebook = defaultRulebook();

/** A fixture of test/fixtures/anatomy. */
function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/anatomy/${name}.txt`, import.meta.url), 'utf8');
}

/** Reads a text as ingest does (wink's sentences and parts of speech). */
function anatomyOf(text: string): Anatomy {
  const { sentences, pos } = analyzeComment(text);
  return readAnatomy({ text, sentences, pos }, rulebook);
}

/** The [section, role] of the unit that starts with `opening`. */
function placeOf(anatomy: Anatomy, opening: string): [string, string, boolean] {
  const unit = anatomy.units.find((u) => u.text.startsWith(opening));
  if (unit === undefined) throw new Error(`no unit starts with ${JSON.stringify(opening)}`);
  return [unit.section, unit.role, unit.heading];
}

describe('headings', () => {
  it.each([
    ['ROOT CAUSE', 'section.root-cause'],
    ['Summary of impact:', 'section.impact'],
    ['Why did this happen?', 'section.root-cause'],
    ['## What we’re doing about it', 'section.action-items'],
    ['Timeline (Pacific time)', 'section.timeline'],
    ['Resolved - Jul 08, 2020 - 02:15 EDT', 'section.status-resolved'],
    ['26 Nov 2024, 01:55 UTC - Resolved', 'section.status-resolved'],
    ['Root cause and remediation', 'section.root-cause'],
    ['REMEDIATION AND PREVENTION', 'section.remediation'],
    ['Lessons Learned', 'section.lessons'],
    ['Comments (11)', 'section.comments'],
  ])('%s opens %s', (heading, id) => {
    expect(matchSection(rulebook, heading)?.id).toBe(id);
  });

  it('reads a heading without markup, colon or status-page date', () => {
    expect(headingKey('## Root Cause:')).toBe('root cause');
    expect(headingKey('Identified - Jul 07, 2020 - 22:31 EDT')).toBe('identified');
    expect(matchSection(rulebook, 'Consul, streaming and an oversized freelist')).toBeNull();
  });
});

describe('sections and sentence roles, format by format', () => {
  it('a provider narrative: lede, background, causal statements, detection, mitigation, action item', () => {
    const a = anatomyOf(fixture('provider-narrative'));
    expect(placeOf(a, 'We wanted to provide')).toEqual(['narrative', 'summary', false]);
    expect(placeOf(a, 'To explain what happened')).toEqual(['narrative', 'background', false]);
    expect(placeOf(a, 'The allocator keeps a list')).toEqual(['narrative', 'background', false]);
    expect(placeOf(a, 'At 09:14 PDT we began rolling out')).toEqual(['narrative', 'root-cause', false]);
    expect(placeOf(a, 'The new code contained a defect')).toEqual(['narrative', 'root-cause', false]);
    expect(placeOf(a, 'Our alarms paged')).toEqual(['narrative', 'detection', false]);
    expect(placeOf(a, 'The rollback completed')).toEqual(['narrative', 'mitigation', false]);
    expect(placeOf(a, 'We will add a test')).toEqual(['narrative', 'action-item', false]);
  });

  it('a root-cause entry with inline labels: the label opens the section, the statement keeps its role', () => {
    const a = anatomyOf(fixture('rca-sections'));
    expect(placeOf(a, 'Summary of impact')).toEqual(['impact', 'impact', true]);
    expect(placeOf(a, 'Between 06:52')).toEqual(['impact', 'impact', false]);
    expect(placeOf(a, 'Root cause')).toEqual(['root-cause', 'root-cause', true]);
    expect(placeOf(a, 'Engineers determined')).toEqual(['root-cause', 'root-cause', false]);
    expect(placeOf(a, 'Automated monitoring detected')).toEqual(['mitigation', 'detection', false]);
    expect(placeOf(a, 'A rollback to version 5.11')).toEqual(['mitigation', 'mitigation', false]);
    expect(placeOf(a, 'Next steps')).toEqual(['action-item', 'action-item', true]);
    expect(placeOf(a, '- Add a leak test')).toEqual(['action-item', 'action-item', false]);
    const statement = a.units.find((u) => u.text.startsWith('Engineers determined'));
    expect(statement?.inlineLabel).toBe('Root cause');
  });

  it('an ISSUE SUMMARY report: a remediation section holds mitigation and action items', () => {
    const a = anatomyOf(fixture('issue-summary'));
    expect(placeOf(a, 'ISSUE SUMMARY')).toEqual(['summary', 'summary', true]);
    expect(placeOf(a, 'A change to the load balancer configuration')).toEqual(['root-cause', 'root-cause', false]);
    expect(placeOf(a, 'The configuration change was reverted')).toEqual(['remediation', 'mitigation', false]);
    expect(placeOf(a, 'We will validate')).toEqual(['remediation', 'action-item', false]);
  });

  it('the SRE template: trigger, detection, timeline, action-item table, lessons', () => {
    const a = anatomyOf(fixture('sre-template'));
    expect(placeOf(a, 'The HAProxy tier ran out')).toEqual(['root-cause', 'root-cause', false]);
    expect(placeOf(a, 'The general sale opening')).toEqual(['trigger', 'trigger', false]);
    expect(placeOf(a, 'An automated alert')).toEqual(['detection', 'detection', false]);
    expect(placeOf(a, '- 10:00 — General sale opens.')).toEqual(['timeline', 'timeline', false]);
    expect(placeOf(a, 'Action | Owner')).toEqual(['action-item', 'action-item', false]);
    expect(placeOf(a, 'Pre-scale HAProxy')).toEqual(['action-item', 'action-item', false]);
    expect(placeOf(a, '- The standby pool existed')).toEqual(['lessons', 'other', false]);
  });

  it('a status page: each update opens its section; the post stamp is timeline', () => {
    const a = anatomyOf(fixture('status-page'));
    expect(placeOf(a, 'Query success rates')).toEqual(['status-resolved', 'mitigation', false]);
    expect(placeOf(a, 'We have confirmed that our name servers')).toEqual(['status-identified', 'root-cause', false]);
    expect(placeOf(a, 'We are seeing a high rate')).toEqual(['status-investigating', 'impact', false]);
    expect(placeOf(a, 'Posted Mar 03, 2022 - 16:09 UTC')).toEqual(['status-identified', 'timeline', false]);
  });

  it('a status page exported as "Phase - text": the phase before the dash opens its section; a colon label is no phase', () => {
    const a = anatomyOf(
      [
        'Resolved - This incident has been resolved.',
        'Oct 12, 2021 - 14:58 UTC',
        '',
        'Identified - The issue has been identified and a fix is being implemented.',
        'Oct 12, 2021 - 14:17 UTC',
        '',
        'Resolved: the team closed the ticket after the review.',
      ].join('\n'),
    );
    expect(placeOf(a, 'Identified')).toEqual(['status-identified', 'root-cause', true]);
    expect(placeOf(a, 'The issue has been identified')).toEqual(['status-identified', 'mitigation', false]);
    expect(placeOf(a, 'This incident has been resolved')[0]).toBe('status-resolved');
    expect(placeOf(a, 'Resolved: the team')[2]).toBe(false);
  });

  it('a report whose headings are questions (post-incident review): what went wrong, how we responded, how we prevent, advice to customers', () => {
    const a = anatomyOf(fixture('question-headings'));
    expect([
      placeOf(a, 'What went wrong and why?'),
      placeOf(a, 'A configuration change to the software load balancers'),
      placeOf(a, 'How did we respond?'),
      placeOf(a, 'Engineers reverted the configuration change'),
      placeOf(a, 'How are we making incidents'),
      placeOf(a, 'We are adding validation'),
      placeOf(a, 'Consider spreading critical workloads'),
    ]).toEqual([
      ['root-cause', 'root-cause', true],
      ['root-cause', 'root-cause', false],
      ['mitigation', 'mitigation', true],
      ['mitigation', 'mitigation', false],
      ['action-item', 'action-item', true],
      ['action-item', 'action-item', false],
      ['advice', 'other', false],
    ]);
  });

  it('a sentence that states the cause before it tells the fix is a cause statement; one that only tells the fix is mitigation', () => {
    const a = anatomyOf(
      'Our whole stack is down.\n\nMeridian said a configuration change to their DNS servers removed records for several zones, and they are rolling it back.\n\nThey rolled back the change at 10:40 UTC.',
    );
    expect([placeOf(a, 'Meridian said')[1], placeOf(a, 'They rolled back')[1]]).toEqual(['root-cause', 'mitigation']);
  });

  it('a catalogue line that tells the cause before the fix is a cause statement', () => {
    const a = anatomyOf('Kestrel RRDNS, 1 Jan 2017: the leap second made time appear to go backwards, and a negative duration crashed the DNS software, so lookups failed until a fix was deployed.');
    expect(placeOf(a, 'Kestrel RRDNS')[1]).toBe('root-cause');
  });

  it('a lede that states the cause before a semicolon and the recovery after it is a cause statement', () => {
    const a = anatomyOf('Ledgerline, 9 May 2016: after failover to the second site, a storage array firmware bug corrupted the database; the service was restored from backup after about 20 hours.');
    expect(placeOf(a, 'Ledgerline, 9 May')[1]).toBe('root-cause');
  });

  it('a causal statement that tells how far the impact spread is impact; one whose cause side names a failure stays a cause statement', () => {
    const a = anatomyOf(
      [
        'The edge fleet of Meridian failed at 09:12 UTC.',
        'Because several sign-in endpoints are served through the edge fleet, sign-in to unrelated services also failed for a subset of users.',
        'A subset of storage accounts experienced residual impact due to cached metadata.',
        'Customers were also affected because a misconfigured route sent traffic to the drained region.',
      ].join('\n\n'),
    );
    expect(['Because several', 'A subset', 'Customers were'].map((opening) => placeOf(a, opening)[1])).toEqual(['impact', 'impact', 'root-cause']);
    expect(a.units.find((u) => u.text.startsWith('A subset'))?.rules).toContain('anatomy.propagation');
  });

  it('why the responders chose a step is part of the recovery; failing over is no failure', () => {
    const a = anatomyOf(
      [
        'The storage cluster of Meridian failed at 09:12 UTC.',
        'Because our priority was to preserve customer data, engineers recovered storage units one by one rather than failing over to a paired region.',
        'Because the primary was lost, the database failed over to the replica.',
      ].join('\n\n'),
    );
    expect(['Because our priority', 'Because the primary'].map((opening) => placeOf(a, opening)[1])).toEqual(['mitigation', 'root-cause']);
    expect(a.units.find((u) => u.text.startsWith('Because our priority'))?.rules).toContain('anatomy.response-reason');
  });

  it('in an impact section, what users went through stays impact even when it names a recovery step', () => {
    const a = anatomyOf('Impact\n\nCustomers whose databases failed over to the standby could not write for ten minutes.\n\nMitigation\n\nEngineers failed over the primary to the standby at 10:12.');
    expect([placeOf(a, 'Customers whose')[1], placeOf(a, 'Engineers failed over')[1]]).toEqual(['impact', 'mitigation']);
  });

  it('an update appended to an article opens a part of its own, whatever section it follows', () => {
    const a = anatomyOf(
      [
        'Why it matters',
        '',
        'Every few years we relearn where the shared plumbing lives.',
        '',
        'Update, 23 October: Nimbus has published its summary. "The root cause of this issue was a latent race condition in the DNS management system," it wrote.',
      ].join('\n'),
    );
    expect(placeOf(a, 'Every few years')).toEqual(['advice', 'other', false]);
    expect(placeOf(a, '"The root cause')).toEqual(['narrative', 'root-cause', false]);
    const timed = anatomyOf('Lessons\n\nTest your failover.\n\nUpdate, 15 September, 09:30 UTC: Chatterly has published a short note.');
    expect(placeOf(timed, 'Update, 15 September')[0]).toBe('narrative');
  });

  it('an earlier outage told as history, and the sentence that goes on with it, are background', () => {
    const a = anatomyOf(
      'Nimbus said a faulty change to its network configuration caused the outage.\n\nIt was the second major Nimbus outage this year. In March, a power failure at one of its data centers took several services offline for two hours.\n\nIn a statement, Nimbus apologised.',
    );
    expect([placeOf(a, 'It was the second')[1], placeOf(a, 'In March, a power failure')[1], placeOf(a, 'In a statement')[1]]).toEqual(['background', 'background', 'other']);
  });

  it('a news report: lede and a quoted statement', () => {
    const a = anatomyOf(fixture('news-report'));
    expect(placeOf(a, 'LEEDS, 28 March')).toEqual(['narrative', 'trigger', false]);
    expect(a.units.find((u) => u.text.startsWith('"This morning'))?.quoted).toBe(true);
  });

  it('a speculative piece: the candidates section is speculation', () => {
    const a = anatomyOf(fixture('speculative'));
    expect(placeOf(a, 'A BGP problem')).toEqual(['speculation', 'speculation', false]);
    expect(placeOf(a, 'Someone pushed a change')).toEqual(['speculation', 'speculation', false]);
  });

  it('a comment thread: author lines are not headings, the thread stays one section', () => {
    const a = anatomyOf(fixture('comments'));
    expect(placeOf(a, 'netops_nerd said:')).toEqual(['comments', 'other', false]);
    expect(placeOf(a, 'People in my feed')).toEqual(['comments', 'speculation', false]);
    expect(a.units.filter((u) => u.inComments && !u.heading).map((u) => u.section)).toEqual(['comments', 'comments', 'comments', 'comments']);
  });
});

/** A first paragraph, so that the sentence after it is not the lede. */
const LEDE = 'Our service was down on Monday.\n\n';

describe('sentence roles read from the sentence', () => {
  it.each([
    ['We will roll out the new alarms next week.', 'action-item'],
    ['The outage was caused by an expired certificate.', 'root-cause'],
    ['The failover was triggered by a monitor that judged the region dead.', 'trigger'],
    ['Aggressive client retries contributed to the overload.', 'contributing'],
    ['We rolled back the release at 10:02.', 'mitigation'],
    ['Customers could not log in for an hour.', 'impact'],
    ['The outage was probably caused by a bad push.', 'speculation'],
    ['The scheduler runs every five minutes.', 'background'],
    ['The exchange said its online risk management system had been affected.', 'impact'],
  ])('%s -> %s (after the lede)', (sentence, role) => {
    expect(anatomyOf(`${LEDE}${sentence}`).units[1]?.role).toBe(role);
  });

  it('a habit told in the present is background, whatever failure it names; the same words in the past narrate the incident', () => {
    const habit = anatomyOf(`${LEDE}Because new attacks appear constantly, the WAF team deploys rule changes frequently.`).units[1];
    expect([habit?.role, habit?.rules]).toEqual(['background', ['role.background.habitual']]);
    expect(anatomyOf(`${LEDE}A flood of junk traffic usually makes a site slow.`).units[1]?.role).toBe('background');
    expect(anatomyOf(`${LEDE}The link failed, as it often does in storms, and the routers lost their sessions.`).units[1]?.role).not.toBe('background');
  });

  it('reads the first paragraph as the lede', () => {
    expect(anatomyOf('Our platform had a disruption on Monday morning.').units[0]?.role).toBe('summary');
  });

  it('records the rules that decided the role', () => {
    expect(anatomyOf(`${LEDE}The outage was caused by an expired certificate.`).units[1]?.rules).toEqual(['causal.caused-by']);
    expect(anatomyOf('Root cause: a typo in the zone file.').units.map((u) => u.rules)).toEqual([['section.root-cause'], ['section.root-cause']]);
  });
});

describe('roledSentences', () => {
  it('gives each analysis sentence the role and section of its statement', () => {
    const text = 'Root cause: a typo in the zone file removed our records.\n\nMitigation: we restored the zone at 10:00.';
    const { sentences, pos } = analyzeComment(text);
    const roled = roledSentences(sentences, readAnatomy({ text, sentences, pos }, rulebook));
    expect(roled.map((s) => [text.slice(s.start, s.end), s.role, s.section])).toEqual([
      ['Root cause: a typo in the zone file removed our records.', 'root-cause', 'Root cause'],
      ['Mitigation: we restored the zone at 10:00.', 'mitigation', 'Mitigation'],
    ]);
  });
});
