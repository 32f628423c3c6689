/** Rules of the root cause `power`. */
import type { KnownCause } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `power`. */
export const POWER: LabelRules<KnownCause> = {
  label: 'power',
  cues: [
    { id: 'cause.power.electrical', pattern: '(?:electrical |utility |mains )?power(?: outages?| failures?| loss(?:es)?| cuts?| disturbances?| surges?| spikes?| fluctuations?| events?| issues?| problems?| interruptions?)', weight: 1.3, examples: ['A utility power outage hit the Ashburn campus.', 'Brief power fluctuations caused several switches to reboot.'] },
    { id: 'cause.power.lost', pattern: '(?:lost|loss of|losing|lose|without|restor\\w* of) (?:utility |mains |all |primary )?power', weight: 1.3, examples: ['The facility lost utility power at 14:32.', 'Racks in hall 3 were without power for two hours.'] },
    { id: 'cause.power.utility-feed', pattern: 'utility (?:feed|power|grid|supply)', weight: 1.1, needsFailure: true, examples: ['The utility feed to the building tripped during a thunderstorm.', 'A fault on the utility grid dropped both incoming lines.'] },
    { id: 'cause.power.generators', pattern: 'generators?', weight: 1, needsFailure: true, examples: ['The backup generators failed to start when the mains dropped.', 'One generator overheated and shut down.'] },
    { id: 'cause.power.ups-systems', pattern: '(?<![-\\w])ups(?: systems?| units?)?|uninterruptible power\\w*|batter(?:y|ies)', weight: 1, needsFailure: true, counterExamples: ['Sign-ups were failing for an hour.'], examples: ['The UPS units failed to carry the load during the transfer.', 'Batteries in the uninterruptible power supply were past their service life.'] },
    { id: 'cause.power.transfer-switch', pattern: '(?:automatic )?transfer switch(?:es)?|switchgear|circuit breakers?|breakers? tripped|pdus?', weight: 1.1, needsFailure: true, examples: ['The automatic transfer switch did not move the load to the generators.', 'A circuit breaker tripped and cut power to two rows.'] },
    { id: 'cause.power.voltage', pattern: '(?:voltage|electrical|power[- ]quality) (?:swells?|sags?|dips?|spikes?|surges?|drops?|fluctuations?|transients?|disturbances?|events?)', weight: 0.9, examples: ["The root cause was a lightning-induced voltage swell that shut down the datacenter's cooling plant.", 'A voltage sag on the utility feed tripped the chillers.'], counterExamples: ['The voltage regulators were replaced last year.'] },
    { id: 'cause.power.brown-outs', pattern: 'brown ?outs?|black ?outs?|electrical (?:faults?|failures?|issues?|fires?)', weight: 1.2, examples: ['A brownout on the local grid caused servers to reboot.', 'An electrical fault in the distribution board took out two halls.'] },
    {
      // "Went dark" is a power failure of a place or its machines; of a service or an app it is
      // only the outage ("Chatterly went dark for two hours").
      id: 'cause.power.went-dark',
      pattern: '(?:data ?cent(?:er|re)s?|data halls?|halls?|rooms?|racks?|cages?|buildings?|facilit(?:y|ies)|campus(?:es)?|rows?|floors?|hosts|servers|machines|grid|city|cities|towns?|neighbou?rhoods?)(?: [\\w-]+){0,3}? went dark',
      weight: 0.6,
      examples: ['The whole data hall went dark just after 9pm.', 'Hosts in room B went dark when the UPS batteries ran out.', 'the data center went dark for two days'],
      counterExamples: ['Chatterly went dark for two hours.', "the airline's check-in and boarding systems went dark for almost four hours"],
    },
    { id: 'cause.power.power', pattern: 'power', weight: 0.6, needsFailure: true, examples: ['Power to the cage was interrupted for six minutes.', 'Row C had no power after the maintenance window.'], counterExamples: ['Additional computing power was added to the cluster.'] },
  ],
  context: [
    { id: 'cause.power.not.power-users', pattern: '\\bpower users?\\b', examples: ['The outage mostly affected power users of the API.'], counterExamples: ['The outage mostly affected users of the API.'] },
    { id: 'cause.power.not.computing-power', pattern: '\\bcomputing power\\b', examples: ['We added computing power to the batch cluster.'], counterExamples: ['We added power to the batch cluster.'] },
    { id: 'cause.power.not.power-of', pattern: '\\bpower of\\b', examples: ['The power of the new platform is its flexibility.'], counterExamples: ['Power was restored at 11:20.'] },
    { id: 'cause.power.not.powered-by', pattern: '\\bpowered by\\b', examples: ['The service is powered by a fleet of ARM servers.'], counterExamples: ['The servers powered down.'] },
    { id: 'cause.power.not.power-through', pattern: '\\bpower (?:through|ahead)\\b', examples: ['The team decided to power through the night.'], counterExamples: ['The team decided to power down the hall.'] },
  ],
};
