/**
 * The infrastructure lexicon: providers, services and infrastructure terms with their canonical
 * names and the surface forms (aliases) wink's custom-entity matcher looks for.
 *
 * Aliases are matched case-insensitively on whole tokens; entries marked `capitalised` are kept
 * only when the matched text starts with an upper-case letter (so "slack capacity" or "stripe"
 * as a verb is not the company).
 */

/** The custom entity types Faultline adds to wink's built-ins. */
export type LexiconType = 'PROVIDER' | 'SERVICE' | 'INFRA';

/** One canonical entity with its surface forms. */
export interface LexiconEntry {
  /** Entity type. */
  type: LexiconType;
  /** Canonical name (the `value` of a matched entity). */
  canonical: string;
  /** Surface forms, as written in text (matched case-insensitively). */
  aliases: string[];
  /** True when the word is also a common English word: require an upper-case first letter. */
  capitalised?: boolean;
  /** For a service: the canonical provider that runs it. */
  provider?: string;
}

function provider(canonical: string, aliases: string[], capitalised = false): LexiconEntry {
  return { type: 'PROVIDER', canonical, aliases: [canonical, ...aliases], capitalised };
}

function service(owner: string, canonical: string, aliases: string[], capitalised = false): LexiconEntry {
  return { type: 'SERVICE', canonical, aliases: [canonical, ...aliases], capitalised, provider: owner };
}

function infra(canonical: string, aliases: string[]): LexiconEntry {
  const forms = [canonical, ...aliases];
  // Plurals of multi-letter lower-case terms ("load balancers", "databases").
  const plurals = forms.filter((f) => /^[a-z][a-z ]*[a-z]$/.test(f) && !f.endsWith('s')).map((f) => `${f}s`);
  return { type: 'INFRA', canonical, aliases: [...forms, ...plurals] };
}

/** Every known provider, service and infrastructure term. */
export const LEXICON: readonly LexiconEntry[] = [
  // ---- providers -----------------------------------------------------------------------------
  provider('Amazon Web Services', ['AWS', 'Amazon WS', 'Amazon Web Service']),
  provider('Amazon', ['Amazon.com', 'Amazons', 'amazon.com']),
  provider('Google Cloud', ['GCP', 'Google Cloud Platform', 'GCE']),
  provider('Google', ['Alphabet']),
  provider('Microsoft Azure', ['Azure', 'Windows Azure', 'Azure Cloud'], true),
  provider('Microsoft', ['MSFT']),
  provider('Cloudflare', ['CloudFlare']),
  provider('Fastly', []),
  provider('Akamai', []),
  provider('GitHub', ['Github']),
  provider('GitLab', ['Gitlab']),
  provider('Bitbucket', []),
  provider('Slack', [], true),
  provider('Meta', ['Facebook'], true),
  provider('Twitter', []),
  provider('Heroku', []),
  provider('DigitalOcean', ['Digital Ocean']),
  provider('Salesforce', ['Salesforce.com', 'SFDC']),
  provider('Stripe', [], true),
  provider('Dropbox', []),
  provider('Atlassian', []),
  provider('PagerDuty', ['Pager Duty']),
  provider('Datadog', ['DataDog']),
  provider('Rackspace', ['RackSpace']),
  provider('Linode', []),
  provider('Hetzner', []),
  provider('OVH', ['OVHcloud']),
  provider('IBM Cloud', ['SoftLayer', 'Softlayer', 'Bluemix']),
  provider('IBM', []),
  provider('Oracle Cloud', ['OCI']),
  provider('Oracle', []),
  provider('Alibaba Cloud', ['Aliyun']),
  provider('Netflix', []),
  provider('Spotify', []),
  provider('Discord', []),
  provider('Reddit', []),
  provider('Shopify', []),
  provider('Square', [], true),
  provider('PayPal', ['Paypal']),
  provider('Twilio', []),
  provider('SendGrid', ['Sendgrid']),
  provider('Zoom', [], true),
  provider('Apple', ['iCloud'], true),
  provider('Yahoo', ['Yahoo!']),
  provider('LinkedIn', []),
  provider('Instagram', []),
  provider('WhatsApp', []),
  provider('Travis CI', []),
  provider('CircleCI', ['Circle CI']),
  provider('npm', ['NPM', 'npmjs']),
  provider('Docker', ['Docker Hub']),
  provider('Let\'s Encrypt', ['LetsEncrypt']),
  provider('Verizon', []),
  provider('Level 3', ['Level3', 'CenturyLink', 'Lumen']),
  provider('Comcast', []),
  provider('Dyn', [], true),
  provider('Joyent', []),
  provider('Fly.io', []),
  provider('Vercel', []),
  provider('Netlify', []),
  provider('Sentry', [], true),
  provider('New Relic', []),
  provider('Elastic', ['Elasticsearch Service'], true),
  provider('MongoDB', ['MongoDB Atlas']),
  provider('Zendesk', []),
  provider('Mailchimp', ['MailChimp']),
  provider('Okta', []),
  provider('Auth0', []),
  provider('Epic Games', []),
  provider('Roblox', []),
  provider('Valve', ['Steam'], true),
  provider('Sony', ['PlayStation Network', 'PSN']),
  provider('Tesla', []),
  provider('Basecamp', ['37signals']),
  provider('Joyent', []),
  provider('Knight Capital', []),
  provider('Foursquare', []),
  provider('Etsy', []),
  provider('Stack Overflow', ['StackOverflow', 'Stack Exchange']),
  provider('Wikipedia', ['Wikimedia']),
  provider('Medium', [], true),
  provider('Trello', []),
  provider('Zapier', []),
  provider('Nirvanix', []),
  provider('GoGrid', []),
  // ---- services ------------------------------------------------------------------------------
  service('Amazon Web Services', 'S3', ['Amazon S3', 'AWS S3', 'Simple Storage Service']),
  service('Amazon Web Services', 'EC2', ['Amazon EC2', 'AWS EC2', 'Elastic Compute Cloud']),
  service('Amazon Web Services', 'EBS', ['Amazon EBS', 'Elastic Block Store']),
  service('Amazon Web Services', 'RDS', ['Amazon RDS', 'Relational Database Service']),
  service('Amazon Web Services', 'Lambda', ['AWS Lambda'], true),
  service('Amazon Web Services', 'DynamoDB', ['Amazon DynamoDB', 'Dynamo DB']),
  service('Amazon Web Services', 'SimpleDB', ['Amazon SimpleDB']),
  service('Amazon Web Services', 'CloudFront', ['Amazon CloudFront']),
  service('Amazon Web Services', 'Route 53', ['Route53', 'Amazon Route 53']),
  service('Amazon Web Services', 'ELB', ['Elastic Load Balancing', 'Elastic Load Balancer']),
  service('Amazon Web Services', 'Kinesis', ['Amazon Kinesis']),
  service('Amazon Web Services', 'SQS', ['Simple Queue Service']),
  service('Amazon Web Services', 'SNS', ['Simple Notification Service']),
  service('Amazon Web Services', 'IAM', []),
  service('Amazon Web Services', 'CloudWatch', []),
  service('Amazon Web Services', 'ECS', ['EKS', 'Fargate']),
  service('Amazon Web Services', 'Elastic Beanstalk', []),
  service('Amazon Web Services', 'Redshift', []),
  service('Amazon Web Services', 'ElastiCache', []),
  service('Microsoft Azure', 'Azure AD', ['Azure Active Directory', 'Entra ID', 'Microsoft Entra']),
  service('Microsoft Azure', 'Azure Front Door', ['AFD']),
  service('Microsoft Azure', 'Azure Storage', ['Azure Blob Storage']),
  service('Microsoft Azure', 'Azure DevOps', ['Visual Studio Online']),
  service('Microsoft', 'Office 365', ['Microsoft 365', 'O365']),
  service('Microsoft', 'Outlook', ['Outlook.com', 'Hotmail']),
  service('Microsoft', 'Exchange Online', []),
  service('Microsoft', 'Teams', ['Microsoft Teams'], true),
  service('Microsoft', 'Xbox Live', []),
  service('Google', 'Gmail', ['Google Mail']),
  service('Google', 'YouTube', ['Youtube']),
  service('Google', 'Google Drive', ['Google Docs']),
  service('Google', 'Google Apps', ['G Suite', 'Google Workspace']),
  service('Google', 'Google App Engine', ['App Engine', 'GAE']),
  service('Google Cloud', 'Google Compute Engine', ['Compute Engine']),
  service('Google Cloud', 'Google Cloud Storage', ['GCS']),
  service('Google Cloud', 'Cloud Spanner', ['Spanner'], true),
  service('Google Cloud', 'Kubernetes Engine', ['GKE']),
  service('Google Cloud', 'BigQuery', []),
  service('Google Cloud', 'Cloud SQL', []),
  service('Google Cloud', 'Cloud Load Balancing', ['GCLB']),
  service('Cloudflare', 'Cloudflare Workers', []),
  service('Cloudflare', 'WAF', ['Web Application Firewall']),
  service('GitHub', 'GitHub Actions', []),
  service('GitHub', 'GitHub Pages', []),
  service('Slack', 'Slack Connect', []),
  service('Meta', 'Messenger', [], true),
  service('Amazon', 'Amazon.com retail site', []),
  // ---- infrastructure terms ------------------------------------------------------------------
  infra('GSLB', ['global server load balancing', 'global server load balancer', 'global traffic manager']),
  infra('load balancer', ['load balancing', 'load-balancer', 'LB', 'reverse proxy']),
  infra('CDN', ['content delivery network', 'content distribution network', 'edge network']),
  infra('DNS', ['domain name system', 'name server', 'nameserver', 'resolver']),
  infra('BGP', ['border gateway protocol']),
  infra('database', ['DB']),
  infra('cache', ['caching layer', 'memcached', 'Redis', 'memcache']),
  infra('data center', ['data centre', 'datacenter', 'datacentre']),
  infra('router', ['core router', 'edge router']),
  infra('switch', ['network switch', 'top-of-rack switch']),
  infra('firewall', []),
  infra('API gateway', []),
  infra('availability zone', ['AZ']),
  infra('region', []),
  infra('control plane', ['control-plane']),
  infra('storage', ['object storage', 'block storage']),
  infra('network', ['backbone']),
  infra('power', ['UPS', 'generator', 'power supply']),
  infra('TLS certificate', ['SSL certificate', 'certificate']),
  infra('Kubernetes', ['k8s']),
  infra('message queue', ['Kafka', 'RabbitMQ']),
  infra('service discovery', []),
  infra('replication', []),
  infra('fiber', ['fibre', 'fiber optic cable']),
];

/** Normalised lookup key of a surface form: lower-cased, inner whitespace collapsed, possessive dropped. */
export function lexiconKey(surface: string): string {
  return surface
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

let byKey: Map<string, LexiconEntry> | null = null;

function lexiconMap(): Map<string, LexiconEntry> {
  if (byKey === null) {
    byKey = new Map();
    for (const entry of LEXICON) {
      for (const alias of entry.aliases) {
        const key = lexiconKey(alias);
        if (!byKey.has(key)) byKey.set(key, entry);
      }
    }
  }
  return byKey;
}

/** Finds the lexicon entry for a matched surface form (first entry listing it wins). */
export function lookupLexicon(surface: string): LexiconEntry | undefined {
  return lexiconMap().get(lexiconKey(surface));
}

/** Finds the lexicon entry for a key already in {@link lexiconKey} form (lower case, single spaces). */
export function lookupLexiconKey(key: string): LexiconEntry | undefined {
  return lexiconMap().get(key);
}
