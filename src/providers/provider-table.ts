/**
 * The canonical provider table: every organisation Faultline knows by name, one record each, with
 * the other names it is written under, its web domains and its parent organisation. It is the one
 * source of provider names: incident grouping and the provider facet resolve names through it
 * (`provider-registry.ts`), and the tagger's source authority reads its domains
 * (`src/rulebook/provider-domains.ts` derives the provider → domains table from it).
 *
 * An operator and its parent are different records: Amazon.com's retail site and Amazon Web
 * Services are two operators of one parent, Amazon; "Amazon" alone names the parent. Users extend
 * the table with a `providers.yaml` (or `.json`) file of the same records (see
 * `read-provider-table.ts` and the README).
 */

/** One organisation of the provider table. */
export interface ProviderRecord {
  /** Canonical name, as shown (facets, incident pages, exports). */
  name: string;
  /** Other names it is written under ("AWS", "TravisCI"); matched case-insensitively, spaces and punctuation ignored. */
  aliases: string[];
  /** Its web domains: a report published there is its own (subdomains match: `aws.amazon.com` is in `amazon.com`). */
  domains: string[];
  /** Canonical name of the parent organisation (another record), when it has one. */
  parent?: string;
}

/** A record, written compactly. */
function p(name: string, aliases: string[], domains: string[], parent?: string): ProviderRecord {
  return parent === undefined ? { name, aliases, domains } : { name, aliases, domains, parent };
}

/** The shipped table. Order matters only for the tagger's domain table (first record whose domain and name match). */
export const PROVIDER_TABLE: readonly ProviderRecord[] = [
  p('Amazon Web Services', ['AWS', 'Amazon WS', 'Amazon Web Service'], ['aws.amazon.com', 'amazonaws.com', 'aws.dev', 'status.aws.amazon.com'], 'Amazon'),
  p('Google Cloud', ['GCP', 'Google Cloud Platform', 'GCE'], ['cloud.google.com', 'status.cloud.google.com', 'sre.google'], 'Google'),
  p('Microsoft Azure', ['Azure', 'Windows Azure', 'Azure Cloud'], ['azure.microsoft.com', 'azure.status.microsoft', 'status.azure.com'], 'Microsoft'),
  p('Cloudflare', [], ['cloudflare.com', 'cloudflarestatus.com']),
  p('Fastly', [], ['fastly.com', 'fastlystatus.com']),
  p('Akamai', [], ['akamai.com']),
  p('GitHub', [], ['github.blog', 'githubstatus.com', 'github.com', 'githubengineering.com'], 'Microsoft'),
  p('GitLab', [], ['gitlab.com', 'about.gitlab.com', 'status.gitlab.com']),
  p('Atlassian', ['Jira', 'Confluence'], ['atlassian.com']),
  p('Bitbucket', [], ['bitbucket.org', 'bitbucket.status.atlassian.com'], 'Atlassian'),
  p('Slack', [], ['slack.com', 'slackhq.com', 'slack.engineering', 'slack-status.com'], 'Salesforce'),
  p('Meta', ['Facebook', 'Meta Platforms'], ['fb.com', 'facebook.com', 'engineering.fb.com', 'meta.com', 'about.fb.com']),
  p('Instagram', [], ['instagram.com'], 'Meta'),
  p('WhatsApp', [], ['whatsapp.com'], 'Meta'),
  p('Twitter', ['X'], ['twitter.com', 'blog.twitter.com', 'x.com']),
  p('Heroku', [], ['heroku.com', 'status.heroku.com', 'herokuapp.com'], 'Salesforce'),
  p('DigitalOcean', ['Digital Ocean'], ['digitalocean.com', 'status.digitalocean.com']),
  p('Salesforce', ['SFDC'], ['salesforce.com', 'trust.salesforce.com', 'status.salesforce.com']),
  p('Stripe', [], ['stripe.com', 'status.stripe.com']),
  p('Dropbox', [], ['dropbox.com', 'dropbox.tech', 'status.dropbox.com']),
  p('PagerDuty', [], ['pagerduty.com', 'status.pagerduty.com']),
  p('Datadog', [], ['datadoghq.com', 'status.datadoghq.com']),
  p('Rackspace', [], ['rackspace.com']),
  p('Linode', ['Akamai Cloud'], ['linode.com', 'status.linode.com'], 'Akamai'),
  p('Hetzner', [], ['hetzner.com', 'hetzner.de']),
  p('OVH', ['OVHcloud'], ['ovh.com', 'ovhcloud.com', 'travaux.ovh.net']),
  p('IBM', [], ['ibm.com']),
  p('IBM Cloud', ['SoftLayer', 'Bluemix'], ['cloud.ibm.com'], 'IBM'),
  p('Oracle', [], ['oracle.com']),
  p('Oracle Cloud', ['OCI'], ['ocistatus.oraclecloud.com', 'oraclecloud.com'], 'Oracle'),
  p('Alibaba Cloud', ['Aliyun'], ['alibabacloud.com', 'aliyun.com']),
  p('Netflix', [], ['netflixtechblog.com', 'netflix.com']),
  p('Spotify', [], ['spotify.com', 'engineering.atspotify.com']),
  p('Discord', [], ['discord.com', 'discordapp.com', 'discordstatus.com', 'status.discordapp.com']),
  p('Reddit', [], ['reddit.com', 'redditstatus.com', 'redditinc.com']),
  p('Shopify', [], ['shopify.com', 'shopify.engineering', 'shopifystatus.com']),
  p('PayPal', [], ['paypal.com', 'medium.com/paypal-tech']),
  p('Twilio', [], ['twilio.com', 'status.twilio.com']),
  p('SendGrid', [], ['sendgrid.com'], 'Twilio'),
  p('Zoom', [], ['zoom.us', 'zoom.com', 'status.zoom.us']),
  p('Apple', ['iCloud'], ['apple.com']),
  p('LinkedIn', [], ['linkedin.com', 'engineering.linkedin.com'], 'Microsoft'),
  p('Travis CI', ['TravisCI'], ['travis-ci.com', 'travis-ci.org', 'traviscistatus.com', 'blog.travis-ci.com']),
  p('CircleCI', ['Circle CI'], ['circleci.com', 'discuss.circleci.com', 'status.circleci.com']),
  p('npm', ['npmjs'], ['npmjs.com', 'npmjs.org', 'status.npmjs.org', 'blog.npmjs.org'], 'GitHub'),
  p('Docker', ['Docker Hub'], ['docker.com', 'status.docker.com']),
  p("Let's Encrypt", ['LetsEncrypt'], ['letsencrypt.org', 'community.letsencrypt.org', 'letsencrypt.status.io']),
  p('Dyn', [], ['dyn.com', 'dynstatus.com'], 'Oracle'),
  p('Joyent', [], ['joyent.com']),
  p('Fly.io', ['Fly'], ['fly.io', 'community.fly.io']),
  p('Vercel', [], ['vercel.com', 'vercel-status.com']),
  p('Netlify', [], ['netlify.com', 'netlifystatus.com']),
  p('Sentry', [], ['sentry.io', 'blog.sentry.io', 'status.sentry.io']),
  p('New Relic', [], ['newrelic.com', 'status.newrelic.com']),
  p('Elastic', [], ['elastic.co', 'status.elastic.co']),
  p('MongoDB', ['MongoDB Atlas'], ['mongodb.com', 'status.mongodb.com']),
  p('Zendesk', [], ['zendesk.com', 'status.zendesk.com']),
  p('Okta', [], ['okta.com', 'status.okta.com']),
  p('Auth0', [], ['auth0.com', 'status.auth0.com'], 'Okta'),
  p('Epic Games', ['Epic'], ['epicgames.com', 'status.epicgames.com']),
  p('Roblox', [], ['roblox.com', 'blog.roblox.com', 'corp.roblox.com']),
  p('Basecamp', ['37signals'], ['basecamp.com', '37signals.com', 'signalvnoise.com', 'm.signalvnoise.com', 'dev.37signals.com']),
  p('Stack Exchange', ['Stack Overflow'], ['stackexchange.com', 'stackoverflow.com', 'stackstatus.net', 'stackoverflow.blog']),
  p('Honeycomb', [], ['honeycomb.io', 'status.honeycomb.io']),
  p('incident.io', [], ['incident.io']),
  p('CCP Games', ['CCP', 'EVE Online'], ['eveonline.com', 'community.eveonline.com', 'ccpgames.com']),
  p('Zerodha', [], ['zerodha.com']),
  p('Mailchimp', [], ['mailchimp.com']),
  p('Cloudinary', [], ['cloudinary.com']),
  p('Buildkite', [], ['buildkite.com', 'buildkitestatus.com']),
  p('Gitter', [], ['gitter.im']),
  p('Kickstarter', [], ['kickstarter.com']),
  p('Square', ['Block'], ['squareup.com', 'issquareup.com', 'developer.squareup.com']),
  p('Coinbase', [], ['coinbase.com', 'blog.coinbase.com', 'status.coinbase.com']),
  p('Tarsnap', [], ['tarsnap.com']),
  p('Google', ['Gmail', 'YouTube', 'Alphabet'], ['google.com', 'googleblog.com', 'blog.google', 'youtube.com']),
  p('Microsoft', ['Office 365', 'Teams', 'MSFT'], ['microsoft.com', 'office.com', 'live.com']),
  p('Amazon.com', ['Amazon.com retail', 'Amazon retail'], ['amazon.com'], 'Amazon'),
  p('Amazon', ['Amazon Inc', 'Amazon.com, Inc.'], ['aboutamazon.com']),
  // Organisations of the reports in the wild: names and parents only (a domain here would make their
  // reports official by domain, which the tagger reads from their names instead).
  p('Yahoo', ['Yahoo!'], []),
  p('Valve', ['Steam'], []),
  p('Sony', ['PlayStation Network', 'PSN'], []),
  p('Verizon', [], []),
  p('Lumen', ['Level 3', 'Level3', 'CenturyLink'], []),
  p('Comcast', [], []),
  p('Knight Capital', [], []),
  p('Foursquare', [], []),
  p('Etsy', [], []),
  p('Wikimedia', ['Wikipedia', 'Wikimedia Foundation'], []),
  p('Medium', [], []),
  p('Trello', [], [], 'Atlassian'),
  p('LaunchDarkly', [], []),
  p('GoCardless', [], []),
  p('CrowdStrike', [], []),
  p('Allegro', [], []),
  p('trivago', [], []),
  p('OpenAI', [], []),
  p('Mozilla', [], []),
  p('Firefox', [], [], 'Mozilla'),
  p('Rust', ['rust-lang', 'Rust project'], []),
  p('NASA', [], []),
  p('European Space Agency', ['ESA'], []),
  p('FirstEnergy', ['First Energy', 'FirstEnergy Corp'], []),
  p('General Electric', ['GE'], []),
  p('Power System Operation Corporation', ['POSOCO', 'Indian Electricity Grid (POSOCO / CERC)'], []),
  p('Telstra', [], []),
  p('Mailgun', [], []),
  p('Mandrill', [], [], 'Mailchimp'),
  p('Intel', [], []),
  p('Homebrew', [], []),
  p('BrowserStack', [], []),
  p('Broadcom', ['CA Technologies', 'Broadcom (CA Technologies)'], []),
  p('Bitly', [], []),
  p('Bungie', [], []),
  p('Strava', [], []),
  p('Razorpay', [], []),
  p('PythonAnywhere', [], []),
  p('Platform.sh', [], []),
  p('Duo', ['Duo Security'], []),
  p('Chef', ['Chef.io'], []),
  p('Launchpad', [], []),
];
