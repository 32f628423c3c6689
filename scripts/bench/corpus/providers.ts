/**
 * Providers and their services for the generated corpus: real-looking names (the big clouds,
 * CDNs, SaaS products) and invented companies, each with services, a domain and regions.
 */

/** A company whose outage an article reports. */
export interface Provider {
  /** Display name as journalists write it. */
  name: string;
  /** Short name used in running text and titles. */
  short: string;
  /** Web domain (for URLs and status pages). */
  domain: string;
  /** Services/products that can fail. */
  services: readonly string[];
  /** Regions or sites where it runs. */
  regions: readonly string[];
  /** Words for what its customers do (for impact sentences: "unable to ..."). */
  actions: readonly string[];
}

const US_EU_REGIONS = ['us-east-1', 'Northern Virginia', 'eu-west-1', 'Ireland', 'Frankfurt', 'Oregon', 'Tokyo', 'Singapore', 'São Paulo', 'Sydney'];

/** Every provider the generator writes about (weights are uniform). */
export const PROVIDERS: readonly Provider[] = [
  { name: 'Amazon Web Services', short: 'AWS', domain: 'aws.amazon.com', services: ['S3', 'EC2', 'Lambda', 'DynamoDB', 'Route 53', 'CloudFront', 'RDS', 'Elastic Load Balancing', 'Kinesis'], regions: US_EU_REGIONS, actions: ['launch instances', 'read objects from their buckets', 'deploy functions', 'reach their APIs'] },
  { name: 'Amazon', short: 'Amazon', domain: 'amazon.com', services: ['retail site', 'checkout', 'Prime Video', 'Alexa'], regions: ['the United States', 'Europe', 'Japan', 'India'], actions: ['view product pages', 'add items to carts', 'complete checkout', 'stream video'] },
  { name: 'Google Cloud', short: 'Google Cloud', domain: 'cloud.google.com', services: ['Compute Engine', 'Cloud Storage', 'Cloud Load Balancing', 'Kubernetes Engine', 'BigQuery', 'Cloud SQL'], regions: ['us-central1', 'europe-west1', 'asia-east1', 'Iowa', 'Belgium', 'Taiwan'], actions: ['create VMs', 'query their data', 'serve traffic through their load balancers', 'reach the console'] },
  { name: 'Google', short: 'Google', domain: 'google.com', services: ['Gmail', 'YouTube', 'Google Drive', 'Google Docs', 'Google Calendar'], regions: ['North America', 'Europe', 'Asia'], actions: ['send email', 'watch videos', 'open documents', 'sign in'] },
  { name: 'Microsoft Azure', short: 'Azure', domain: 'azure.microsoft.com', services: ['Azure Active Directory', 'Azure Storage', 'Azure Front Door', 'Azure SQL Database', 'Azure DevOps', 'Virtual Machines'], regions: ['West Europe', 'East US', 'South Central US', 'North Europe', 'Southeast Asia'], actions: ['sign in to their tenants', 'reach storage accounts', 'deploy their applications', 'open the portal'] },
  { name: 'Microsoft', short: 'Microsoft', domain: 'microsoft.com', services: ['Outlook', 'Teams', 'Microsoft 365', 'Xbox Live', 'OneDrive'], regions: ['North America', 'Europe', 'Asia Pacific'], actions: ['send mail', 'join meetings', 'open files', 'play online'] },
  { name: 'Cloudflare', short: 'Cloudflare', domain: 'cloudflare.com', services: ['the CDN', '1.1.1.1 resolver', 'the WAF', 'Workers', 'dashboard'], regions: ['every data centre', 'Europe', 'North America', 'Asia'], actions: ['load websites behind the proxy', 'resolve names', 'reach origin servers'] },
  { name: 'Fastly', short: 'Fastly', domain: 'fastly.com', services: ['edge cloud', 'the CDN', 'Compute@Edge', 'image optimisation'], regions: ['its global network', 'Europe', 'North America'], actions: ['load news sites', 'reach storefronts', 'fetch images'] },
  { name: 'Akamai', short: 'Akamai', domain: 'akamai.com', services: ['Edge DNS', 'content delivery network', 'Prolexic'], regions: ['its edge network', 'Asia Pacific', 'North America'], actions: ['reach banking sites', 'load airline pages', 'resolve customer domains'] },
  { name: 'GitHub', short: 'GitHub', domain: 'github.com', services: ['git operations', 'GitHub Actions', 'GitHub Pages', 'the API', 'pull requests', 'Codespaces'], regions: ['its primary data centre', 'US East', 'US West'], actions: ['push code', 'run workflows', 'merge pull requests', 'clone repositories'] },
  { name: 'Slack', short: 'Slack', domain: 'slack.com', services: ['messaging', 'huddles', 'file uploads', 'notifications', 'desktop client'], regions: ['North America', 'Europe', 'Japan'], actions: ['send messages', 'connect to workspaces', 'upload files'] },
  { name: 'Facebook', short: 'Facebook', domain: 'facebook.com', services: ['the News Feed', 'Messenger', 'Instagram', 'WhatsApp'], regions: ['every region', 'Europe', 'North America', 'India'], actions: ['log in', 'post updates', 'send messages'] },
  { name: 'Salesforce', short: 'Salesforce', domain: 'salesforce.com', services: ['NA14 instance', 'Sales Cloud', 'Heroku', 'Marketing Cloud'], regions: ['NA14', 'EU3', 'AP1'], actions: ['open records', 'run reports', 'log in'] },
  { name: 'Heroku', short: 'Heroku', domain: 'heroku.com', services: ['routing layer', 'dyno management', 'Heroku Postgres', 'the API'], regions: ['us', 'eu'], actions: ['deploy apps', 'scale dynos', 'serve requests'] },
  { name: 'DigitalOcean', short: 'DigitalOcean', domain: 'digitalocean.com', services: ['Droplets', 'Spaces', 'managed databases', 'block storage'], regions: ['NYC3', 'AMS3', 'SFO2', 'SGP1'], actions: ['create Droplets', 'reach their volumes', 'log in to the control panel'] },
  { name: 'Dyn', short: 'Dyn', domain: 'dyn.com', services: ['managed DNS', 'traffic management'], regions: ['the US East Coast', 'Europe'], actions: ['resolve customer domains', 'reach popular websites'] },
  { name: 'PayPal', short: 'PayPal', domain: 'paypal.com', services: ['payments', 'checkout', 'Venmo'], regions: ['the United States', 'Europe'], actions: ['complete payments', 'log in', 'transfer money'] },
  { name: 'Stripe', short: 'Stripe', domain: 'stripe.com', services: ['payments API', 'Checkout', 'dashboard'], regions: ['the United States', 'Europe'], actions: ['charge cards', 'create payment intents'] },
  { name: 'Vantorra Cloud', short: 'Vantorra', domain: 'vantorra.example', services: ['object storage', 'compute service', 'managed Kubernetes', 'control panel'], regions: ['vt-east-2', 'vt-west-1', 'Amsterdam'], actions: ['start virtual machines', 'read their buckets', 'deploy containers'] },
  { name: 'Brightwire Networks', short: 'Brightwire', domain: 'brightwire.example', services: ['its backbone', 'transit service', 'managed DNS product'], regions: ['Chicago', 'Dallas', 'London'], actions: ['reach the internet', 'resolve names', 'route traffic'] },
  { name: 'Kelpie Hosting', short: 'Kelpie', domain: 'kelpiehosting.example', services: ['shared hosting', 'email hosting', 'website builder'], regions: ['its Melbourne data centre', 'Sydney'], actions: ['load their websites', 'read email'] },
  { name: 'Zephyrline', short: 'Zephyrline', domain: 'zephyrline.example', services: ['ride booking', 'driver app', 'payments'], regions: ['North America', 'Europe'], actions: ['book rides', 'pay for trips'] },
  { name: 'Copperhill Data', short: 'Copperhill', domain: 'copperhill.example', services: ['managed Postgres', 'analytics warehouse', 'backups'], regions: ['us-east', 'eu-central'], actions: ['run queries', 'connect to their databases'] },
  { name: 'Marlowe Payments', short: 'Marlowe', domain: 'marlowepay.example', services: ['card processing', 'merchant portal', 'payouts'], regions: ['the UK', 'the Netherlands'], actions: ['take card payments', 'issue refunds'] },
  { name: 'Tidewater CDN', short: 'Tidewater', domain: 'tidewatercdn.example', services: ['edge network', 'video delivery', 'the WAF'], regions: ['its European points of presence', 'North America'], actions: ['stream video', 'load web pages'] },
  { name: 'Ostrander Systems', short: 'Ostrander', domain: 'ostrander.example', services: ['the SaaS CRM', 'mobile app', 'single sign-on'], regions: ['its Virginia data centre', 'Frankfurt'], actions: ['log in', 'sync contacts', 'open dashboards'] },
  { name: 'Quillmail', short: 'Quillmail', domain: 'quillmail.example', services: ['email delivery', 'the SMTP relay', 'webhooks'], regions: ['US', 'EU'], actions: ['send transactional email', 'receive webhooks'] },
  { name: 'Harborview Bank', short: 'Harborview', domain: 'harborviewbank.example', services: ['online banking', 'mobile banking app', 'card authorisations'], regions: ['the UK', 'Ireland'], actions: ['log in to online banking', 'pay by card', 'transfer money'] },
];

/** Given names for spokespeople, authors and commenters. */
export const FIRST_NAMES: readonly string[] = [
  'Alice', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kavya', 'Liam', 'Maya', 'Noah',
  'Olga', 'Pedro', 'Quinn', 'Rosa', 'Samir', 'Tessa', 'Umar', 'Vera', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Andrew', 'Beatriz',
  'Chen', 'Dmitri', 'Emily', 'Frank', 'Gabriela', 'Hannah', 'Ivan', 'Julia', 'Kenji', 'Laura', 'Marcus', 'Nadia', 'Oscar',
  'Priya', 'Rafael', 'Sofia', 'Thomas', 'Ulla', 'Victor', 'Wanjiru', 'Yara', 'René', 'Søren', 'Zoë',
];

/** Family names for spokespeople, authors and commenters. */
export const LAST_NAMES: readonly string[] = [
  'Anderson', 'Becker', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jansen', 'Kowalski',
  'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Usman', 'Varga',
  'Walsh', 'Xu', 'Yilmaz', 'Zimmermann', 'Brennan', 'Cohen', 'Delgado', 'Ferreira', 'Gupta', 'Hughes', 'Ivanova',
  'Kim', 'Larsen', 'Mendes', 'Novak', "O'Brien", 'Patel', 'Reyes', 'Sato', 'Thompson', 'Weber', 'Müller', 'Núñez',
];

/** Job titles of operator spokespeople. */
export const SPOKESPERSON_TITLES: readonly string[] = [
  'vice president of engineering', 'head of site reliability', 'chief technology officer', 'a company spokesperson',
  'director of infrastructure', 'director of strategic communications', 'senior engineering manager', 'head of operations',
];

/** Publications the articles appear in (for URLs, bylines and boilerplate). */
export const PUBLICATIONS: readonly { name: string; domain: string }[] = [
  { name: 'The Uptime Ledger', domain: 'uptimeledger.example' },
  { name: 'Packet Weekly', domain: 'packetweekly.example' },
  { name: 'Cloud Wire', domain: 'cloudwire.example' },
  { name: 'Ops Dispatch', domain: 'opsdispatch.example' },
  { name: 'Tech Buzz', domain: 'techbuzz.example' },
  { name: 'The Pager', domain: 'thepager.example' },
  { name: 'Status Quo Blog', domain: 'statusquo.example' },
];
