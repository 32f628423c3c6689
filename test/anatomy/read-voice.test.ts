import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeComment } from '../../src/analyze/analyze-text.js';
import { readAnatomy } from '../../src/anatomy/read-anatomy.js';
import { catalogueSubject, hostNamesOperator, hostOf, outsidePartiesOf, readVoice, titleSubjects, type SourceMetadata, type Voice } from '../../src/anatomy/read-voice.js';
import { defaultRulebook } from '../../src/rulebook/rulebook.js';

const rulebook = defaultRulebook();

/** The voice of a text read as ingest does. */
function voiceOf(text: string, source: SourceMetadata = {}): Voice {
  const { sentences, pos } = analyzeComment(text);
  return readVoice(readAnatomy({ text, sentences, pos }, rulebook).units, rulebook, source);
}

/** A fixture of test/fixtures/anatomy. */
function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/anatomy/${name}.txt`, import.meta.url), 'utf8');
}

const NEUTRAL = 'The storage service was unavailable for two hours. Requests returned errors. Service was restored at noon.';

describe('whose report it is', () => {
  it('is official when the front matter says so, whatever the text', () => {
    expect(voiceOf(NEUTRAL, { official: true }).document).toMatchObject({ official: true, officialRule: 'voice.front-matter' });
    expect(voiceOf(fixture('provider-narrative'), { official: false }).document).toMatchObject({ official: false, officialRule: 'voice.front-matter' });
  });

  it("is official on the operator's own domain, or a status page", () => {
    const aws = voiceOf('Amazon S3 in US-EAST-1 was unavailable for four hours.', { url: 'https://aws.amazon.com/message/41926/' });
    expect(aws.document).toMatchObject({ official: true, officialRule: 'voice.operator-domain' });
    expect(aws.document.operatorNames).toContain('aws');
    expect(voiceOf(NEUTRAL, { url: 'https://status.example.com/incidents/123' }).document.officialRule).toBe('voice.status-page-host');
    expect(voiceOf(NEUTRAL, { url: 'https://acme.statuspage.io/incidents/9' }).document.official).toBe(true);
    // A news site writing about AWS is not AWS.
    expect(voiceOf('Amazon S3 in US-EAST-1 was unavailable for four hours.', { url: 'https://www.theverge.com/story' }).document.official).toBe(false);
  });

  it("is official on a host named after the front matter's company, and only then", () => {
    const own = voiceOf(NEUTRAL, { url: 'https://blog.pythonanywhere.com/189/', company: 'PythonAnywhere' });
    expect(own.document).toMatchObject({ official: true, officialRule: 'voice.operator-named-domain' });
    expect(voiceOf(NEUTRAL, { url: 'https://www.theregister.com/2016/pythonanywhere', company: 'PythonAnywhere' }).document.official).toBe(false);
    expect(voiceOf(NEUTRAL, { url: 'https://blog.pythonanywhere.com/189/' }).document.official).toBe(false);
  });

  it('matches a host label that is the name written together, alone or with a blog or status suffix', () => {
    expect(hostNamesOperator('blog.travis-ci.com', 'Travis CI')).toBe(true);
    expect(hostNamesOperator('googleblog.blogspot.com', 'Google')).toBe(true);
    expect(hostNamesOperator('slackhq.com', 'Slack')).toBe(true);
    expect(hostNamesOperator('githubstatus.com', 'GitHub')).toBe(true);
    expect(hostNamesOperator('googlewatchblog.de', 'Google')).toBe(false);
    expect(hostNamesOperator('slack.com', 'Slackware')).toBe(false);
    expect(hostNamesOperator('ge.com', 'GE')).toBe(false);
    expect(hostNamesOperator('example.google', 'Google')).toBe(false);
  });

  it('is official when the text speaks as the operator, in the first or the third person', () => {
    expect(voiceOf(fixture('provider-narrative')).document).toMatchObject({ official: true, officialRule: 'voice.we-did' });
    expect(voiceOf(fixture('rca-sections')).document).toMatchObject({ official: true, officialRule: 'voice.official-third-person' });
    expect(voiceOf(fixture('sre-template')).document).toMatchObject({ official: true, officialRule: 'voice.postmortem-format' });
  });

  it('is not official when a third party or an author speaks', () => {
    expect(voiceOf(fixture('news-report')).document.official).toBe(false);
    expect(voiceOf(fixture('speculative')).document).toMatchObject({ official: false, speculative: true });
    expect(voiceOf('I first learned about it from my feed. I think our readers deserve better. We saw our site go down too.').document.official).toBe(false);
  });

  it('never makes a reader comment official', () => {
    expect(voiceOf('We identified the bug and we rolled back our release.', { isComment: true }).document.official).toBe(false);
  });
});

describe('who speaks each sentence', () => {
  it('a quoted statement of the operator and an attribution to it are the operator', () => {
    const { sentences, pos } = analyzeComment(fixture('news-report'));
    const units = readAnatomy({ text: fixture('news-report'), sentences, pos }, rulebook).units;
    const voice = readVoice(units, rulebook, {});
    const speaker = (opening: string): string => voice.units[units.findIndex((u) => u.text.startsWith(opening))]?.speaker ?? 'none';
    expect(speaker('"This morning a storage array')).toBe('operator');
    expect(speaker('The spokesperson added')).toBe('operator');
    expect(speaker('LEEDS, 28 March')).toBe('third-party');
  });

  it("the operator by its full name, or an officer named after the title; never another company's officer", () => {
    const text = [
      'Rogers Communications has told the regulator that a routing filter was deleted.',
      'Chief executive Tony Staffieri said the upgrade had been planned for months.',
      "Delta's chief executive Ed Bastian said the outage cost the airline dearly.",
      'A customer said the outage cost her a day of work.',
    ].join(' ');
    const voice = voiceOf(text, { company: 'Rogers' });
    expect(voice.document.official).toBe(false);
    expect(voice.units.map((u) => [u.speaker, u.rule])).toEqual([
      ['operator', 'voice.operator-by-name'],
      ['operator', 'attribution.officer-said'],
      ['third-party', null],
      ['third-party', null],
    ]);
  });

  it("a quotation attributed to the operator in its own sentence, and the operator's officer named before the title", () => {
    const text = [
      '"Kestrel is working with customers affected by a defect in a single content update," the company said in a statement.',
      '"The update has been rolled back," one airline said.',
      'Robert Jones, Kestrel\'s director of software engineering, said the problem was caused by an error in a validation system.',
    ].join(' ');
    const voice = voiceOf(text, { company: 'Kestrel' });
    expect(voice.units.map((u) => [u.speaker, u.rule])).toEqual([
      ['operator', 'attribution.the-company-said'],
      ['third-party', null],
      ['operator', 'voice.operator-by-name'],
    ]);
  });

  it("a quotation running on over several sentences is all the speaker's", () => {
    const text = [
      'Kestrel was down for two hours on Thursday.',
      '',
      '"Today we made a change to the persistent copy of a configuration value," he wrote. "This meant that every single client saw the invalid value. Because the fix involves a query to a cluster of databases, that cluster was quickly overwhelmed."',
      '',
      '"It was chaos," one customer said.',
    ].join('\n');
    const voice = voiceOf(text, { company: 'Kestrel' });
    expect(voice.units.map((u) => u.speaker)).toEqual(['third-party', 'operator', 'operator', 'operator', 'third-party']);
  });

  it('the operator by name relaying what it posted or published ("Meridian just posted that ...")', () => {
    const text = [
      'Meridian just posted that a configuration change to their DNS servers removed records for several zones.',
      'Meridian published a status update that blamed a configuration change.',
      'A customer posted that the outage cost her a day of work.',
    ].join(' ');
    expect(voiceOf(text, { company: 'Meridian' }).units.map((u) => u.speaker)).toEqual(['operator', 'operator', 'third-party']);
  });

  it('a sentence going on with the last speaker ("He wrote that ...") speaks for whom that speaker did', () => {
    const text = [
      'In a blog post, chief technology officer Sri Viswanath said engineers had set out to deactivate a legacy app.',
      'He wrote that the script was then run with the wrong list of IDs.',
      'A customer said she lost a week of work.',
      'She added that support had been slow.',
    ].join(' ');
    const voice = voiceOf(text, { company: 'Atlassian' });
    expect(voice.units.map((u) => [u.speaker, u.rule])).toEqual([
      ['operator', 'attribution.officer-said'],
      ['operator', 'voice.attribution-continued'],
      ['third-party', null],
      ['third-party', null],
    ]);
  });

  it("the journalist going on with the operator's account in the same paragraph, after an officer named by title", () => {
    const text = [
      'Speaking at a news conference, President Makoto Takahashi bowed deeply and apologised. He said the trouble began when engineers were replacing a core router. During the switchover, an incorrect route setting sent voice traffic to the wrong destination. One professor said the storm was not anticipated. The network probably lacked protections.',
      'A routing loop had hit the same network in 2019.',
    ].join('\n\n');
    const voice = voiceOf(text, { company: 'KDDI' });
    expect(voice.units.map((u) => [u.speaker, u.rule])).toEqual([
      ['third-party', null],
      ['operator', 'voice.attribution-continued'],
      ['operator', 'voice.reported-speech-continued'],
      ['third-party', null],
      ['third-party', null],
      ['third-party', null],
    ]);
  });

  it('a commenter, unless the comment relays the operator', () => {
    const text = fixture('comments');
    const { sentences, pos } = analyzeComment(text);
    const units = readAnatomy({ text, sentences, pos }, rulebook).units;
    const voice = readVoice(units, rulebook, { title: 'Facebook back after six-hour blackout' });
    const speaker = (opening: string): string => voice.units[units.findIndex((u) => u.text.startsWith(opening))]?.speaker ?? 'none';
    expect(speaker('People in my feed')).toBe('commenter');
    expect(speaker('Facebook said the trouble began')).toBe('operator');
  });

  it('a thread of handles with no "Comments" heading is comments: never the operator speaking, unless a comment points at its own channel', () => {
    const text = [
      'kat_admin',
      'Confirmed by their own status account: "We\'ve identified that an authentication certificate has expired." A certificate, in 2020.',
      '',
      'devops_dan',
      'We had our webhook calls fail because their server was on an ancient Java build.',
      '',
      'rbrewer',
      'We lost a morning to this.',
    ].join('\n');
    const { sentences, pos } = analyzeComment(text);
    const units = readAnatomy({ text, sentences, pos }, rulebook).units;
    const voice = readVoice(units, rulebook, { title: 'Teams goes down after expired certificate' });
    const speaker = (opening: string): string => voice.units[units.findIndex((u) => u.text.startsWith(opening))]?.speaker ?? 'none';
    expect([voice.document.official, speaker('Confirmed by their own'), speaker('We had our webhook'), units.find((u) => u.text === 'devops_dan')?.rules]).toEqual([
      false,
      'operator',
      'commenter',
      ['anatomy.comment-author'],
    ]);
  });
});

describe('names', () => {
  it('finds outside providers the text introduces', () => {
    expect(outsidePartiesOf('We send text messages through an external messaging provider, Relaybird Communications.', [])).toEqual([
      'relaybird communications',
      'relaybird',
    ]);
    expect(outsidePartiesOf('The outage was at Aerolink Systems, the company that hosts our reservation platform.', [])).toEqual(['aerolink systems', 'aerolink']);
    expect(outsidePartiesOf('Our DNS provider, Dyn, was attacked.', ['dyn'])).toEqual([]);
  });

  it('never takes a time zone for a name, nor a database or server host for a hosting provider', () => {
    expect(outsidePartiesOf('At 08:49 UTC a storage controller on the primary database host failed and began returning write errors.', [])).toEqual([]);
    expect(outsidePartiesOf('We learned that our host, DigitalOcean, had an outage.', [])).toEqual(['digitalocean']);
  });

  it('never takes a sentence adverb before an appositive for a name', () => {
    expect(outsidePartiesOf('Crucially, the provider did not tell its users while the failure lasted.', [])).toEqual([]);
    expect(outsidePartiesOf('Unfortunately, our upstream provider was also affected.', [])).toEqual([]);
    expect(outsidePartiesOf('Fastly, our CDN provider, served stale pages.', [])).toEqual(['fastly']);
  });

  it('never takes an upstream open-source project for a provider', () => {
    expect(outsidePartiesOf('A pull request is being prepared for the upstream Kazoo project.', [])).toEqual([]);
    expect(outsidePartiesOf('Traffic went through the upstream Relaybird network.', [])).toEqual(['relaybird']);
  });

  it('reads the operator from a title the text repeats, never a component', () => {
    expect(titleSubjects('Northgate Savings customers locked out', 'Northgate said ... Northgate apologised.')).toEqual(['northgate']);
    expect(titleSubjects('Northgate Savings customers locked out', 'Only once: Northgate.')).toEqual([]);
    expect(titleSubjects('DNS outage at Nameplate', 'DNS failed. DNS again. Nameplate and Nameplate.', (w) => w === 'DNS')).toEqual(['nameplate']);
    // A headline's adjective the text never uses is passed over for the name after it.
    expect(titleSubjects('Faulty Kestrel update grounds flights', 'Kestrel said ... Kestrel apologised.')).toEqual(['kestrel']);
    expect(titleSubjects('Nimbus Traffic Manager marked endpoints degraded', 'Nimbus Traffic Manager ... Traffic Manager again.')).toEqual([]);
  });

  it("reads the operator a catalogue entry opens with, before the year and the colon", () => {
    expect(
      ['Kestrel RRDNS, 1 Jan 2017: the leap second made time go backwards.', 'Ledgerline multi-sig wallets frozen (Nov 2017): a user called a function.', 'On 12 June 2025: the cluster failed.', 'Root cause: the 2019 change.'].map(
        catalogueSubject,
      ),
    ).toEqual(['kestrel', 'ledgerline', null, null]);
  });

  it('reads hosts', () => {
    expect(hostOf('https://www.Example.com/a')).toBe('example.com');
    expect(hostOf('not a url')).toBeNull();
    expect(hostOf(null)).toBeNull();
  });
});
