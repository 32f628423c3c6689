/**
 * Many-to-many: the other incidents a report covers besides its own. A roundup ("two outages this
 * spring"), or a report recalling an earlier outage ("the second big outage at the service this
 * year; in February, ..."), names a provider and a day in a sentence about an outage; when an
 * incident of that provider (its operator, or an operator of the same family) is dated within the
 * window of that day, the report is linked to it with the sentence as evidence. Its own incident is
 * never linked again.
 */
import { sentenceIndexAt, toTextSpan } from '../analyze/evidence.js';
import { resolveDate } from '../analyze/resolve-date.js';
import type { AnalyzedDocument } from '../model/document.js';
import type { Incident, IncidentLink } from '../model/incident.js';
import type { ProviderRegistry } from '../providers/provider-registry.js';
import { daysBetween } from './report-facts.js';

/** Words of a sentence about an outage. */
const OUTAGE = /\b(?:outages?|offline|down|downtime|unavailable|disrupt\w*|degrad\w*|incidents?|failed|failures?|errors?|crash\w*|went dark|broke|broken|blackouts?)\b/iu;

/** Most incidents one report is linked to besides its own. */
export const MAX_COVERED = 10;

/** The covering links of one report: target incident id -> link (the first sentence found per incident). */
export function coveredIncidents(
  doc: AnalyzedDocument,
  own: Incident,
  operator: string | null,
  referenceDay: string | null,
  incidentsByOperator: ReadonlyMap<string, readonly Incident[]>,
  registry: ProviderRegistry,
  windowDays: number,
): Map<string, IncidentLink> {
  const found = new Map<string, IncidentLink>();
  const anchor = doc.published ?? referenceDay;
  for (const entity of doc.entities) {
    if (found.size >= MAX_COVERED) break;
    if (entity.type !== 'DATE') continue;
    const day = resolveDate(entity.text, anchor);
    if (day === null) continue;
    const index = sentenceIndexAt(doc.sentences, entity.start);
    const sentence = doc.sentences[index];
    if (sentence === undefined) continue;
    const span = toTextSpan(doc.text, sentence);
    if (!OUTAGE.test(span.text)) continue;
    const named = registry.mentions(span.text).map((m) => m.name);
    const providers = named.length > 0 ? named : operator === null ? [] : [operator];
    for (const provider of providers) {
      for (const family of familyOf(provider, registry)) {
        for (const incident of incidentsByOperator.get(family) ?? []) {
          if (incident.id === own.id || found.has(incident.id) || incident.date === null) continue;
          const apart = daysBetween(incident.date, day);
          if (apart > windowDays) continue;
          found.set(incident.id, {
            document: doc.id,
            role: 'covers',
            evidence: span,
            reason: `names ${provider} and ${day} (${entity.text.trim()}), ${apart === 0 ? 'the day' : `${apart} day${apart === 1 ? '' : 's'} from the day`} of this incident`,
          });
        }
      }
    }
  }
  return found;
}

/** A provider with its parents and children: "Amazon" covers Amazon Web Services' incidents and Amazon.com's. */
function familyOf(provider: string, registry: ProviderRegistry): string[] {
  return [...new Set([provider, ...registry.ancestors(provider), ...registry.children(provider).map((r) => r.name)])];
}
