/** Rules of the root cause `time`. */
import type { KnownCause } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `time`. */
export const TIME: LabelRules<KnownCause> = {
  label: 'time',
  cues: [
    { id: 'cause.time.leap-seconds', pattern: 'leap (?:seconds?|days?|years?)', weight: 1.4, examples: ['The leap second inserted on June 30 sent Linux hosts into a CPU spin.', 'A leap day bug stopped the payment terminals.'] },
    { id: 'cause.time.time-zones', pattern: 'time ?zones?|daylight sav\\w*|dst', weight: 1.1, examples: ['A time zone conversion error scheduled jobs an hour early.', 'The daylight saving change shifted every cron job by one hour.'] },
    { id: 'cause.time.clock-skew', pattern: 'clock(?:s)? (?:skew|drift|jump|change|went|was|were|ran)\\w*|clock (?:skew|drift|jumps?)', weight: 1.2, examples: ['Clock skew between nodes caused tokens to be rejected as not yet valid.', 'The system clock jumped forward by an hour on three hosts.'] },
    { id: 'cause.time.ntp', pattern: 'ntp', weight: 0.9, examples: ['A misbehaving NTP server pushed clocks 20 minutes into the future.'] },
    { id: 'cause.time.certificates', pattern: '(?:certificates?|certs?|domains?|licen[cs]es?|tokens?|keys?|registrations?|signatures?|credentials?|passwords?|subscriptions?) (?:\\w+ ){0,5}?(?:had |has |have )?(?:expired|expiring|lapsed|expiry|expiration)', weight: 1.3, examples: ['The TLS certificate for the API gateway expired at 00:00 UTC.', 'Our domain registration lapsed after the renewal email bounced.'] },
    { id: 'cause.time.expired-certificates', pattern: 'expired (?:certificates?|certs?|domains?|licen[cs]es?|registrations?)', weight: 1.2, examples: ['An expired certificate on the load balancer broke TLS handshakes.', 'An expired domain took the status page offline.'] },
    { id: 'cause.time.expired', pattern: '(?<!\\b(?:cache[ds]?|cached \\w+|entries|items|keys|leases?|ttls?|sessions?|tokens?) )expir(?:ed|y|ation)', weight: 0.5, counterExamples: ['Cached entries expired over the following minutes.'], examples: ['The session signing secret reached its expiry date without anyone noticing.'] },
    { id: 'cause.time.new-year', pattern: "new year'?s? (?:rollover|roll-over|transition|boundary|change)|y2k|2038|epoch|february 29|feb\\.? 29|(?:year|date)[- ](?:boundary|rollover|roll-over|wrap\\w*)|week[- ]based year", weight: 1.1, examples: ['Devices failed to sync after the new year because of a week-based year calculation.', 'Some terminals rejected payments on February 29.', 'The counter overflowed at the new year rollover.'], counterExamples: ['On January 4th 2021, Slack experienced a major outage, the first of the new year.'] },
    { id: 'cause.time.date-formatting', pattern: 'date[- ](?:formatting|handling|parsing|calculation|math|arithmetic|logic)|wrong (?:year|date|time)|dates? (?:were|was) wrong|wrong dates', weight: 1.1, examples: ['A date-parsing error rejected every invoice issued after the first of the month.', 'Reports showed the wrong year for transactions made in late December.'] },
  ],
};
