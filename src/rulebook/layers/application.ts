/** Rules of the failure layer `application`. */
import type { LayerLabel } from '../../model/taxonomy.js';
import type { LabelRules } from '../rule.js';

/** Cues of `application`. */
export const APPLICATION: LabelRules<LayerLabel> = {
  label: 'application',
  cues: [
    { id: 'layer.application.the', pattern: '(?:the |our |their |its )(?:web |mobile |ios |android )?(?:app|apps|application|applications)', weight: 0.65, part: true, examples: ['Users reported that the mobile app crashed on launch after the 4.2 update.', 'Our application returned blank pages for roughly 40 minutes.'], counterExamples: ['The storage appliance in rack 12 failed overnight.'] },
    { id: 'layer.application.web-apps', pattern: 'web ?apps?|web application', weight: 0.8, examples: ['Web application requests timed out for nearly an hour.', 'Customers could not open dashboards because web apps were failing with 500 errors.'] },
    { id: 'layer.application.application-code', pattern: 'application (?:code|servers?|logic|layer|tier|errors?)', weight: 1, examples: ['A null reference in application code caused every request to fail.', 'Application errors spiked to 40% of requests shortly after 09:00 UTC.', 'The application layer became unresponsive under the retry storm.'] },
    { id: 'layer.application.api', pattern: '(?:api|app|web) servers?', weight: 0.8, examples: ['Two API servers ran out of file descriptors and stopped responding.', 'Web servers began returning errors once the new build went live.'] },
    { id: 'layer.application.web-tier', pattern: 'web tier|app tier|application tier', weight: 0.9, examples: ['Latency in the web tier climbed until page loads failed.', 'The app tier was returning errors to every visitor.'] },
    { id: 'layer.application.storefront', pattern: 'storefront|checkout(?: process| service| flow| page)?|shopping carts?', weight: 0.9, examples: ['The checkout service failed for about two hours on Black Friday.', 'Shoppers were unable to add items to shopping carts during the outage.', 'The storefront was down for customers in Canada.'] },
    { id: 'layer.application.product', pattern: '(?:product|order|search|home|account|checkout) pages?', weight: 0.6, examples: ['Product pages failed to load for most visitors.', 'Order pages showed an error message instead of the order history.'] },
    { id: 'layer.application.background', pattern: '(?:background |batch |cron |scheduled |export |import |billing |sync )?jobs?', weight: 0.7, part: true, examples: ['The nightly batch job failed and no reports were generated.', 'Scheduled jobs stalled for six hours before anyone noticed.', 'Billing jobs crashed on malformed records.'] },
    { id: 'layer.application.background-2', pattern: '(?:background |web |queue )?workers?', weight: 0.6, part: true, examples: ['Background workers stopped pulling messages and the backlog grew to two million.', 'Queue workers crashed repeatedly after the deploy.'] },
    { id: 'layer.application.code-paths', pattern: '(?<!\\b(?:status|error|http|response|exit|return|country|promo|area|zip|source|verification|reason|auth|authori[sz]ation) )code(?: paths?| changes?)?|codebase', weight: 0.8, part: true, counterExamples: ['Every request returned status code 503.'], examples: ['A rarely exercised code path threw an unhandled exception under load.', 'A code change merged on Tuesday broke image processing.'] },
    { id: 'layer.application.routines', pattern: 'routines?|functions?|modules?|libraries|library', weight: 0.6, part: true, examples: ['A helper function in the billing module threw an exception on empty input.', 'An outdated library crashed when parsing the new response format.'] },
    { id: 'layer.application.features', pattern: 'features?', weight: 0.5, part: true, examples: ['The new sharing feature caused errors for a subset of accounts.', 'Several features were unavailable while the team rolled back.'] },
    { id: 'layer.application.endpoints', pattern: 'endpoints?', weight: 0.6, part: true, examples: ['The /v2/orders endpoint returned 500 errors for 25 minutes.', 'Several endpoints timed out under the increased load.'] },
    { id: 'layer.application.recommendations', pattern: '(?:recommendations?|payments?|search|notification|billing|orders?|accounts?|user|profile|messaging) services?', weight: 0.6, examples: ['The payments service was unavailable for 40 minutes.', 'Notification service failures delayed alerts to customers.', 'The search service crashed after the index format changed.'] },
    { id: 'layer.application.apis', pattern: 'apis?', weight: 0.45, part: true, examples: ['Public API requests failed with 503 errors.', 'Several internal APIs were degraded throughout the morning.'] },
    { id: 'layer.application.backends', pattern: 'backends?|front ?ends?', weight: 0.5, part: true, examples: ['The backend failed to respond within the 30-second timeout.', 'The front end rendered blank pages because its calls were failing.'] },
    { id: 'layer.application.threads', pattern: 'threads?|thread pools?', weight: 0.6, part: true, examples: ['Every request thread was blocked waiting on a lock, so requests timed out.', 'The thread pool was exhausted and incoming requests queued up.'] },
    { id: 'layer.application.installers', pattern: 'installers?|sdks?', weight: 0.5, examples: ['The Windows installer failed to complete on some machines.', 'A bug in the iOS SDK crashed partner apps on startup.'] },
    { id: 'layer.application.invoices', pattern: 'invoices?|exports?|pagination', weight: 0.5, examples: ['Invoices were generated twice because of the bug.', 'CSV exports failed for enterprise customers.', 'Pagination broke, so later results never loaded.'] },
  ],
};
