import { describe, expect, it } from 'vitest';
import { minutesBetween, readTimes, statedIncidentDay, timeContext } from '../../src/outline/read-times.js';

/** The UTC instants read from sentences in order, sharing one context. */
function instants(documentDate: string | null, ...sentences: string[]): string[][] {
  const context = timeContext(documentDate);
  return sentences.map((s) => readTimes(s, context).map((t) => t.at));
}

describe('readTimes', () => {
  it('resolves US zones by the season they name (PDT in July, PST in January)', () => {
    expect(instants('2024-07-20', 'At 10:41 AM PDT we began rolling out.')).toEqual([['2024-07-20T17:41:00Z']]);
    expect(instants('2024-01-20', 'At 10:41 AM PST we began rolling out.')).toEqual([['2024-01-20T18:41:00Z']]);
  });

  it('reads a zone written by name with the offset it has on the day', () => {
    expect(instants('2016-04-11', 'The incident began at 18:14 Pacific Time.')).toEqual([['2016-04-12T01:14:00Z']]);
    expect(instants('2022-01-10', 'At 06:33 US/Pacific the cooling failed.')).toEqual([['2022-01-10T14:33:00Z']]);
  });

  it('reads a zone named after a country or city ("Irish time", "Sydney time") with its offset on the day', () => {
    expect(instants('2021-08-01', 'Kiosks stopped loading shortly after 6am Irish time.', 'Aerolink restored its service at 9.55am.')).toEqual([
      ['2021-08-01T05:00:00Z'],
      ['2021-08-01T08:55:00Z'],
    ]);
    expect(instants('2023-03-04', 'Readers failed from about 11am Sydney time.')).toEqual([['2023-03-04T00:00:00Z']]);
  });

  it('dates a weekday named before the time by the last such day on or before the document date, never the word "weekday"', () => {
    // 2021-05-13 is a Thursday.
    expect(instants('2021-05-13', 'On Tuesday afternoon, a little after 21:00 UTC, the site stopped working.', 'It was back by 23:10 UTC.')).toEqual([
      ['2021-05-11T21:00:00Z'],
      ['2021-05-11T23:10:00Z'],
    ]);
    expect(instants('2024-01-17', 'The query rate rose from its normal weekday peak at 13:02 UTC.')).toEqual([['2024-01-17T13:02:00Z']]);
  });

  it('reads a US zone named after a time without "time" ("6pm Eastern", "10:30 a.m. Pacific")', () => {
    expect(instants('2025-02-08', 'From about 6pm Eastern, players reported error messages.', 'At 10:30 a.m. Pacific the service recovered.')).toEqual([
      ['2025-02-08T23:00:00Z'],
      ['2025-02-08T18:30:00Z'],
    ]);
    expect(instants('2025-02-08', 'Eastern Europe saw errors from 18:00.')).toEqual([['2025-02-08T18:00:00Z']]);
  });

  it('carries the stated date and zone to the sentences after it', () => {
    expect(instants('2024-10-29', 'On Tuesday, 22 October 2024, many users could not sign in.', 'From 07:12 to 08:18 UTC, sign-ins failed.')).toEqual([
      [],
      ['2024-10-22T07:12:00Z', '2024-10-22T08:18:00Z'],
    ]);
    expect(instants('2023-04-20', 'All times BST.', 'At 10:01 the alert fired.')).toEqual([[], ['2023-04-20T09:01:00Z']]);
  });

  it('gives the first end of a range the day and zone of the second', () => {
    const context = timeContext('2024-03-01');
    const times = readTimes('Between 06:52 and 09:31 UTC on 13 Feb 2024, a subset of customers saw errors.', context);
    expect(times.map((t) => [t.at, t.range])).toEqual([
      ['2024-02-13T06:52:00Z', 'start'],
      ['2024-02-13T09:31:00Z', 'end'],
    ]);
  });

  it('reads zones named by a country or city with a lower-case "time" ("1:35 a.m. Japan time", "Seoul time", "Moscow time")', () => {
    expect(instants('2022-07-04', 'The disruption began at 1:35 a.m. Japan time on Saturday, July 2.')).toEqual([['2022-07-01T16:35:00Z']]);
    expect(instants('2018-11-25', 'The fire broke out at 10:12 a.m. Seoul time on November 24.')).toEqual([['2018-11-24T01:12:00Z']]);
    expect(instants('2024-03-01', 'Service stopped at 14:00 Moscow time on February 29.')).toEqual([['2024-02-29T11:00:00Z']]);
  });

  it('dates a time by the date written right after it ("at 4:45 a.m. Eastern time on Friday, July 8")', () => {
    expect(instants('2022-07-26', 'The outage began at about 4:45 a.m. Eastern time on Friday, July 8, and cut wireless service.')).toEqual([['2022-07-08T08:45:00Z']]);
    expect(instants('2022-07-26', 'At 4:45 a.m. EDT the network failed, and on July 8 the regulator asked why.')).toEqual([['2022-07-26T08:45:00Z']]);
  });

  it('reads a day or a time from a casual word, though the sentence has no digit', () => {
    expect(instants('2024-10-31', 'It started yesterday.', 'At 07:12 UTC sign-ins failed.')).toEqual([[], ['2024-10-30T07:12:00Z']]);
    expect(instants('2024-10-31', 'It started at noon.')).toEqual([['2024-10-31T12:00:00Z']]);
  });

  it('leaves the day and zone as they were after a sentence with no date or time word', () => {
    const context = timeContext('2024-10-31');
    expect(readTimes('Engineers found the faulty rule and removed it from the edge.', context)).toEqual([]);
    expect(context).toEqual(timeContext('2024-10-31'));
  });

  it('ignores durations and offsets ("for 71 minutes"), and times with no known day', () => {
    expect(instants('2022-09-14', 'On Monday, 12 September, the API was unreachable for 71 minutes.', 'At 14:09 UTC probes failed.')).toEqual([[], ['2022-09-12T14:09:00Z']]);
    expect(instants(null, 'At 14:09 UTC probes failed.')).toEqual([[]]);
  });
});

describe('statedIncidentDay', () => {
  it('is the earliest date named outright, not after the document, never a weekday or "now"', () => {
    const texts = ['Date: 2024-05-16 | Severity: SEV-2', 'On Wednesday the fix shipped.', 'The tests cover it now.', 'Timeline (UTC, 14 May)', '- 15 May — Pathfinder 2.9.1 released.'];
    expect(statedIncidentDay(texts, '2024-05-16')?.toISOString()).toBe('2024-05-14T12:00:00.000Z');
    expect(statedIncidentDay(['Next review: 3 June 2024.'], '2024-05-16')).toBeNull();
    expect(statedIncidentDay(['On Tuesday the site was down.'], '2024-05-16')).toBeNull();
  });

  it('reads an ordinal date inside a phrase of the day ("on the morning of February 28th, 2017"), and a date without its year', () => {
    expect(statedIncidentDay(['The disruption occurred in the region on the morning of February 28th, 2017.'], '2017-03-02')?.toISOString()).toBe('2017-02-28T12:00:00.000Z');
    expect(statedIncidentDay(['- Oct 28, 13:37 — Vault performance degrades.'], '2021-11-02')?.toISOString()).toBe('2021-10-28T12:00:00.000Z');
  });

  it('never reads "now" as a time', () => {
    expect(instants('2024-05-16', 'The tests cover it now.')).toEqual([[]]);
  });
});

describe('minutesBetween', () => {
  it('counts whole minutes, null when an end is missing', () => {
    expect(minutesBetween('2024-03-12T10:49-07:00', '2024-03-12T13:15-07:00')).toBe(146);
    expect(minutesBetween('2024-03-12T10:49Z', null)).toBeNull();
  });
});
