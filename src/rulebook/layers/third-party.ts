/** Rules of the failure layer `third-party`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `third-party`. */
export const THIRD_PARTY: LabelRules<LayerLabel> = {
  label: 'third-party',
  cues: [
    { id: 'layer.third-party.third-party-providers', pattern: 'third[- ]party(?: providers?| services?| vendors?| apis?| dependenc\\w*| integrations?)?', weight: 1, examples: ['A third-party provider outage broke logins.', 'A third-party API we depend on started timing out.'] },
    { id: 'layer.third-party.external', pattern: '(?:external|outside|upstream) (?:providers?|services?|vendors?|apis?|partners?|dependenc\\w*)', weight: 1, examples: ['An external API stopped responding.', 'An upstream provider failed, and our requests piled up.'] },
    { id: 'layer.third-party.sms', pattern: '(?:sms|email|e-mail|payments?|payment processing|shipping|telephony|telecoms?|telecommunications|telco|voice|messaging|push notification|analytics|billing|fraud|geolocation|maps?|video|hosting|cloud|saas) (?:providers?|vendors?|gateways?|processors?|partners?)', weight: 1.2, examples: ['Our SMS provider had an outage.', 'On-call notifications were delayed due to a telecom provider outage.', 'The payment gateway declined all transactions.', 'Our email vendor failed to deliver password reset messages.'] },
    { id: 'layer.third-party.providers', pattern: 'providers?|vendors?|suppliers?', weight: 0.5, examples: ['The provider experienced an outage.', 'One of our vendors had a failure that took our checkout down.'], counterExamples: ['Our provider restored service at 16:00.'] },
    { id: 'layer.third-party.stripe', pattern: 'stripe|paypal|braintree|twilio|sendgrid|mailgun|pagerduty|auth0|okta', weight: 0.7, examples: ['Stripe was returning errors for card payments.', 'Twilio failures delayed verification texts.'] },
    { id: 'layer.third-party.aws', pattern: '(?:aws|amazon web services|azure|google cloud|gcp|heroku)(?: outage| region| us-east-1)?', weight: 0.6, with: '\\b(?:our|we|customers?)\\b', examples: ['Our AWS region went down.', "The Azure outage took down our customers' dashboards."], counterExamples: ['AWS had an outage in us-east-1.'] },
  ],
  context: [
    // A paging or monitoring service that alerts is detection, not a failing provider.
    { id: 'layer.third-party.not.inbound', pattern: '\\bexternal (?:api |http |https )?(?:requests?|traffic|calls|clients?|users?|customers?|connections?|queries)\\b', examples: ['Products experienced increased 503 errors in external API requests.'], counterExamples: ['An external API we call was down.'] },
    { id: 'layer.third-party.not.alerting', pattern: "\\b(?:pagerduty|opsgenie|datadog|new relic|statuspage|victorops) (?:[\\w-]+ )?(?:alerts?|alerted|alarms?|paged|pages|pages|notifications?|notified|incidents?|monitors?)\\b", examples: ['Within minutes, PagerDuty alerts indicated widespread failures, leading to a P0 incident declaration.'], counterExamples: ['PagerDuty was down, so nobody was paged.'] },
    // Third-party software run by the operator ("a third-party library", "third-party installer
    // technology") is the operator's own code, not an outside provider.
    { id: 'layer.third-party.not.software', pattern: "\\bthird[- ]party (?:[\\w-]+ ){0,2}?(?:librar(?:y|ies)|packages?|installers?|plug-?ins?|sdks?|modules?|software|code|components?|technolog(?:y|ies)|tools?|scripts?|binar(?:y|ies)|dependenc(?:y|ies) (?:versions?|upgrades?|updates?)|open[- ]source)\\b", examples: ['A memory leak in a third-party library took the site down twice.', 'The issue stemmed from a third-party installer technology used for the upgrade.'], counterExamples: ['A third-party provider outage broke logins.'] },
    { id: 'layer.third-party.not.provider', pattern: '\\b(?:provider|vendor|carrier|supplier)s? (?:replaced|spliced|repaired|enabled|fixed|restored|deployed|shipped|sent|helped)', examples: ['The provider replaced the faulty card.', 'The carrier spliced the cut fibre by 18:00.'], counterExamples: ['The provider failed.'] },
    // An attacker is "an unauthorized third party", not an outside provider the operator relies on.
    { id: 'layer.third-party.not.attacker', pattern: '\\b(?:unauthori[sz]ed|malicious|unknown|rogue|hostile|criminal) (?:third[- ]part(?:y|ies)|outsiders?|external (?:part(?:y|ies)|actors?))\\b', examples: ['An unauthorized third party leveraged malware deployed to an engineer laptop.', 'The data was accessed by a malicious third party.'], counterExamples: ['A third-party provider outage broke logins.'] },
  ],
};
