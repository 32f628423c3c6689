/** Rules of the failure layer `facility`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `facility`. */
export const FACILITY: LabelRules<LayerLabel> = {
  label: 'facility',
  cues: [
    { id: 'layer.facility.data-center', pattern: "(?<!\\b(?:at|in|across|inside|within|from|to|between) (?:one of |each of |both of |all of )?(?:the |our |its |their |a |an |two |three |several |multiple |all |both )?(?:[\\w'-]+ ){0,2})(?:data ?cent(?:er|re)s?|datacent(?:er|re)s?)", weight: 0.6, examples: ['The data center lost cooling at 3 a.m.', 'One datacenter went offline after a flood.'], counterExamples: ['Traffic was moved to another data center.'] },
    { id: 'layer.facility.colo-facility', pattern: 'colo(?:cation)?(?: facility| facilities| sites?)?|facility|facilities', weight: 0.9, examples: ['The colocation facility suffered a failure.', 'The facility was evacuated and equipment failed.'] },
    { id: 'layer.facility.power-distribution', pattern: 'power(?: distribution| supply| feeds?| systems?| infrastructure)?', weight: 1, examples: ['The power supply failed.', 'A fault in the power distribution system shut down several cages.'], counterExamples: ['Power users saw the most errors.'] },
    { id: 'layer.facility.utility-power', pattern: 'utility (?:power|feeds?|grid|lines?)', weight: 1.2, examples: ['Utility power was lost at 14:02.', 'A utility feed failed during the storm.'] },
    { id: 'layer.facility.generators', pattern: 'generators?', weight: 1.2, examples: ['The backup generators failed to start.'] },
    { id: 'layer.facility.ups-systems', pattern: '(?<![-\\w])ups(?: systems?| units?| batter\\w*)?|uninterruptible power\\w*|batter(?:y|ies)', weight: 1.1, counterExamples: ['Sign-ups failed for an hour.'], examples: ['The UPS batteries were depleted within minutes.', 'The UPS system failed.'] },
    { id: 'layer.facility.transfer-switch', pattern: '(?:automatic )?transfer switch(?:es)?|pdus?|power distribution units?|switchgear|(?<!circuit[- ])breakers?|(?:electrical|power|main) circuit breakers?', weight: 1.2, counterExamples: ['The circuit breaker in the client library opened after five failures.'], examples: ['The automatic transfer switch failed to engage.', 'A breaker tripped and took down half of the hall.'] },
    { id: 'layer.facility.cooling', pattern: 'cooling(?: systems?)?|hvac|chillers?|air[- ]condition\\w*|crac units?', weight: 1.2, examples: ['The cooling system failed, and temperatures rose quickly.', 'Chillers failed in the data hall.'] },
    { id: 'layer.facility.overheat', pattern: 'overheat\\w*|temperatures?', weight: 0.8, examples: ['Servers overheated and shut down.', 'Temperatures in the hall exceeded safe limits.'] },
    { id: 'layer.facility.fire-suppression', pattern: 'fire suppression|fire alarm|sprinklers?', weight: 1, examples: ['The fire suppression system discharged and damaged disks.'] },
    { id: 'layer.facility.fire', pattern: 'fires?|smoke', weight: 1, with: '\\b(?:data ?cent(?:er|re)s?|facilit(?:y|ies)|data halls?|halls?|building|rooms?|racks?|battery|batteries|ups|generators?|electrical|suppression|evacuat\\w*)\\b', examples: ["A fire in the building's electrical room cut power."], counterExamples: ['The alerts did not fire, so the failure went unnoticed.'] },
    { id: 'layer.facility.racks', pattern: 'racks?|rows? of racks', weight: 0.7, examples: ['Two racks failed at once.'] },
    { id: 'layer.facility.basement', pattern: 'basement|building|physical access', weight: 0.7, examples: ['Water flooded the basement and equipment failed.', 'The building was evacuated.'] },
    { id: 'layer.facility.went-dark', pattern: 'lost power|power (?:outage|loss|failure|cut)', weight: 1.2, needsFailure: false, examples: ['A power outage hit the facility.', 'The hall lost power at noon.'] },
    { id: 'layer.facility.site-went-dark', pattern: 'went dark', weight: 1, needsFailure: false, with: '\\b(?:power|ups|generators?|batter(?:y|ies)|data ?cent(?:er|re)s?|halls?|rooms?|racks?|facilit(?:y|ies)|buildings?|site|campus)\\b', examples: ['The whole site went dark.', 'Hosts in room B went dark when the UPS batteries ran out.'], counterExamples: ['Chatterly went dark for two hours.'] },
  ],
  context: [
    { id: 'layer.facility.not.power-users', pattern: '\\bpower users?\\b', examples: ['Power users saw the most errors.'] },
    { id: 'layer.facility.not.power-of', pattern: '\\bpower of\\b', examples: ['The power of caching hid the problem.'] },
    { id: 'layer.facility.not.computing-power', pattern: '\\bcomputing power\\b', examples: ['We lacked the computing power to absorb the spike.'] },
    { id: 'layer.facility.not.powered-by', pattern: '\\bpowered by\\b', examples: ['Sites powered by our platform were down.'] },
  ],
};
