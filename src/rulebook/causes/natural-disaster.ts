/** Rules of the root cause `natural-disaster`. */
import type { KnownCause } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `natural-disaster`. */
export const NATURAL_DISASTER: LabelRules<KnownCause> = {
  label: 'natural-disaster',
  cues: [
    { id: 'cause.natural-disaster.floods', pattern: 'flood(?:s|ed|ing)?', weight: 1.2, with: '\\b(?:water|basement|rain\\w*|river|storms?|hurricane|typhoon|data ?cent(?:er|re)s?|facilit(?:y|ies)|building|floors?|pumps?|flooded the)\\b', examples: ['Flooding in the basement of the data centre damaged the switchgear.', "Heavy rain flooded the building's lower floors."], counterExamples: ['The API was flooded with requests from a misbehaving client.'] },
    { id: 'cause.natural-disaster.hurricanes', pattern: 'hurricanes?|typhoons?|cyclones?|tornado(?:es|s)?|earthquakes?|tsunamis?|wildfires?|lightning(?: strikes?)?', weight: 1.3, examples: ['Hurricane Sandy knocked out power to data centres in lower Manhattan.', 'A lightning strike near the substation tripped the main feed.'] },
    { id: 'cause.natural-disaster.winter', pattern: '(?:winter |ice |snow |severe |tropical )?storms?|blizzards?|snow(?:fall)?', weight: 1, examples: ['An ice storm brought down power lines across the region.', 'A blizzard kept technicians from reaching the site for two days.'], counterExamples: ['A retry storm overwhelmed the API.'] },
    { id: 'cause.natural-disaster.heat-waves', pattern: 'heat ?waves?|(?:extreme|record|unprecedented|severe) (?:heat|weather|cold|temperatures?)|(?:record|outdoor|ambient|outside) temperatures? (?:of|reached|above|exceeded)|record temperatures?', weight: 1.1, examples: ['A heatwave pushed the chiller plant past its design limits.', 'Record temperatures of 40C overwhelmed the cooling system.'] },
    { id: 'cause.natural-disaster.weather', pattern: 'weather', weight: 0.7, examples: ['Weather-related damage to the tower took our microwave link down.'] },
    { id: 'cause.natural-disaster.fires', pattern: 'fires?', weight: 0.8, with: '\\b(?:data ?cent(?:er|re)s?|facilit(?:y|ies)|building|smoke|firefight\\w*|fire department|burn\\w*|suppression|evacuat\\w*|blaze|electrical|flames?)\\b', examples: ["A fire in the facility's battery room forced an evacuation.", 'Smoke from a fire in the UPS room triggered the gas suppression system.'], counterExamples: ['We ran a fire drill in the data centre last week.'] },
    { id: 'cause.natural-disaster.natural-disasters', pattern: 'natural disasters?|acts? of god', weight: 1.3, examples: ['The region was offline after a natural disaster damaged the local grid.', 'The contract treats the outage as an act of God.'] },
  ],
  context: [
    { id: 'cause.natural-disaster.not.fired', pattern: '\\bfirewall\\w*\\b|\\b(?:alerts?|monitors?|pages?|pagers?|checks?|probes?|rules?|triggers?|webhooks?|alarms? (?!as )) ?(?:\\w+ )?fired\\b|\\bfired (?:an? |the )?(?:alerts?|pages?|notifications?|webhooks?)\\b|\\b(?:was|were|been|got) fired\\b', examples: ['Alerts fired at 02:14.', 'A firewall rule blocked the traffic.'], counterExamples: ['A fire broke out in the generator room.'] },
    { id: 'cause.natural-disaster.not.fire-drill', pattern: '\\bfire (?:drill|alarm test)\\b', examples: ['A scheduled fire drill emptied the building.'], counterExamples: ['A fire in the building forced an evacuation.'] },
    { id: 'cause.natural-disaster.not.storm-of', pattern: '\\bstorm of\\b', examples: ['A storm of reconnects hit the broker.'], counterExamples: ['A storm knocked out the substation.'] },
    { id: 'cause.natural-disaster.not.retry-storms', pattern: '\\b(?:retry|redistribution|packet|broadcast|reconnect\\w*|request|event|traffic|message|signal|alert|restart|failover|election|log|error|update|connection|query|write|task|job|thundering|perfect) storms?\\b', examples: ['A retry storm kept the API saturated.', 'A reconnection storm followed the failover.'], counterExamples: ['A winter storm cut power to the region.'] },
    { id: 'cause.natural-disaster.not.brainstorm', pattern: '\\bbrainstorm\\w*\\b', examples: ['Engineers brainstormed possible causes.'], counterExamples: ['A storm damaged the roof.'] },
    { id: 'cause.natural-disaster.not.flood', pattern: '\\b(?:flood|flooded|flooding) (?:of|with) (?:requests|traffic|reports|queries|connections)\\b|\\bflood(?:ed|ing|s)? (?:the |a |an |its |our |their )?(?:[\\w-]+ ){0,3}?with (?:[\\w-]+ ){0,2}?(?:requests|traffic|data|packets|messages|updates|routes|routing updates|queries|connections|calls|alerts|errors|retries|logins)\\b', examples: ['A flood of requests hit the login service.', 'The routers then flooded the core network with excessive data.'], counterExamples: ['A flood in the basement damaged the generators.', 'Heavy rain flooded the building with water.'] },
    { id: 'cause.natural-disaster.not.actor-name', pattern: '\\bstorm-\\d+\\b', examples: ['It attributes the activity to a group it tracks as Storm-1359.'], counterExamples: ['A winter storm cut power to the region.'] },
    { id: 'cause.natural-disaster.not.reports-flooded', pattern: '\\breports flooded\\b', examples: ['Outage reports flooded social media within minutes.'], counterExamples: ['Water flooded the basement.'] },
    { id: 'cause.natural-disaster.not.flooded-in', pattern: '\\bflooded in\\b', examples: ['Complaints flooded in within minutes.'], counterExamples: ['Water flooded the cable vault.'] },
  ],
};
