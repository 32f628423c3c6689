/**
 * The names of publishing sites, as data: each entry names one site as a reference manager's
 * "Website Title" would (Zotero's `websiteTitle`, CSL `container-title`), with the domains it
 * publishes on. A host matches its own domain or any parent domain listed (`www3.epa.gov` ->
 * `epa.gov`), the most specific listed domain winning (`blog.cloudflare.com` before
 * `cloudflare.com`). Each entry has a stable id and example URLs that `test/cite/site-names.test.ts`
 * checks resolve to it. Add a site by adding an entry; domains are lower-case, without `www.`.
 */

/** One publishing site. */
export interface SiteNameEntry {
  /** Stable id (lower-case letters, digits, `-`). */
  id: string;
  /** The site's name as it is cited (verbatim: never title-cased). */
  name: string;
  /** Domains the site publishes on (lower-case, no `www.`); subdomains match too. */
  domains: readonly string[];
  /** Example URLs that must resolve to this entry. */
  examples: readonly string[];
  /** The word BibTeX keys take for the site when its name's first word would not do (`epa`, not `us`). */
  key?: string;
}

/** The shipped site names, alphabetical by id. */
export const SITE_NAMES: readonly SiteNameEntry[] = [
  { id: 'allegro-tech', name: 'allegro.tech', domains: ['allegro.tech'], examples: ['https://allegro.tech/2015/01/example.html'] },
  { id: 'amazon', name: 'Amazon', domains: ['amazon.com'], examples: ['https://www.amazon.com/example'] },
  { id: 'ars-technica', key: 'arstechnica', name: 'Ars Technica', domains: ['arstechnica.com'], examples: ['https://arstechnica.com/information-technology/2017/03/example/'] },
  { id: 'atlassian', name: 'Atlassian', domains: ['atlassian.com'], examples: ['https://www.atlassian.com/engineering/example'] },
  {
    id: 'aws',
    name: 'Amazon Web Services',
    domains: ['aws.amazon.com', 'amazonaws.com', 'health.aws.amazon.com'],
    examples: ['https://aws.amazon.com/message/41926/', 'https://status.aws.amazon.com/', 'https://www.amazonaws.com/'],
  },
  { id: 'bbc-news', name: 'BBC News', domains: ['bbc.co.uk', 'bbc.com'], examples: ['https://www.bbc.co.uk/news/technology-00000000', 'https://www.bbc.com/news/example'] },
  { id: 'bloomberg', name: 'Bloomberg', domains: ['bloomberg.com'], examples: ['https://www.bloomberg.com/news/articles/example'] },
  { id: 'browserstack', name: 'BrowserStack', domains: ['browserstack.com'], examples: ['https://www.browserstack.com/attack-and-downtime-on-9-November'] },
  { id: 'buildkite', name: 'Buildkite', domains: ['buildkite.com'], examples: ['https://building.buildkite.com/example'] },
  { id: 'business-insider', key: 'businessinsider', name: 'Business Insider', domains: ['businessinsider.com', 'businessinsider.com.au'], examples: ['https://www.businessinsider.com.au/example'] },
  { id: 'circleci', name: 'CircleCI', domains: ['circleci.com', 'circleci.statuspage.io'], examples: ['https://discuss.circleci.com/t/example/1', 'https://status.circleci.com/incidents/x'] },
  { id: 'cloudflare', name: 'Cloudflare', domains: ['cloudflare.com', 'cloudflarestatus.com'], examples: ['https://www.cloudflare.com/example/', 'https://www.cloudflarestatus.com/incidents/x'] },
  { id: 'cloudflare-blog', name: 'Cloudflare Blog', domains: ['blog.cloudflare.com'], examples: ['https://blog.cloudflare.com/cloudflare-outage/'] },
  { id: 'cnn', name: 'CNN', domains: ['cnn.com'], examples: ['https://edition.cnn.com/2021/example'] },
  { id: 'crowdstrike', name: 'CrowdStrike', domains: ['crowdstrike.com'], examples: ['https://www.crowdstrike.com/blog/example/'] },
  { id: 'datadog', name: 'Datadog', domains: ['datadoghq.com'], examples: ['https://www.datadoghq.com/blog/example/'] },
  { id: 'discord', name: 'Discord', domains: ['discord.com', 'discordapp.com', 'discordstatus.com'], examples: ['https://status.discordapp.com/incidents/x'] },
  { id: 'dropbox', name: 'Dropbox', domains: ['dropbox.com', 'dropbox.tech'], examples: ['https://blogs.dropbox.com/tech/2014/01/example/'] },
  { id: 'elastic', name: 'Elastic', domains: ['elastic.co'], examples: ['https://www.elastic.co/blog/example'] },
  { id: 'epa', key: 'epa', name: 'U.S. Environmental Protection Agency', domains: ['epa.gov'], examples: ['https://www3.epa.gov/region1/npdes/example.pdf', 'https://www.epa.gov/'] },
  { id: 'epic-games', name: 'Epic Games', domains: ['epicgames.com'], examples: ['https://www.epicgames.com/fortnite/en-US/news/example'] },
  { id: 'etsy-code-as-craft', key: 'etsy', name: 'Code as Craft', domains: ['codeascraft.com'], examples: ['https://codeascraft.com/2012/example/'] },
  { id: 'eve-online', name: 'EVE Online', domains: ['eveonline.com'], examples: ['http://community.eveonline.com/news/dev-blogs/example/'] },
  { id: 'facebook-engineering', key: 'meta', name: 'Engineering at Meta', domains: ['engineering.fb.com'], examples: ['https://engineering.fb.com/2021/10/05/networking-traffic/outage-details/'] },
  { id: 'fastly', name: 'Fastly', domains: ['fastly.com'], examples: ['https://www.fastly.com/blog/summary-of-june-8-outage'] },
  { id: 'forbes', name: 'Forbes', domains: ['forbes.com'], examples: ['https://www.forbes.com/forbes/2000/example.html'] },
  { id: 'gigaom', name: 'GigaOM', domains: ['gigaom.com'], examples: ['http://gigaom.com/2008/06/06/why-amazon-went-down-and-what-it-means-to-you/'] },
  { id: 'github', name: 'GitHub', domains: ['github.com', 'githubstatus.com'], examples: ['https://github.com/example/repo/issues/1', 'https://www.githubstatus.com/incidents/x'] },
  { id: 'github-blog', name: 'GitHub Blog', domains: ['github.blog', 'blog.github.com', 'githubengineering.com'], examples: ['https://github.blog/2018-10-30-oct21-post-incident-analysis/', 'https://blog.github.com/2012-12-26-example/'] },
  { id: 'gitlab', name: 'GitLab', domains: ['gitlab.com', 'about.gitlab.com'], examples: ['https://about.gitlab.com/blog/2017/02/10/postmortem-of-database-outage-of-january-31/'] },
  { id: 'google', name: 'Google', domains: ['google.com'], examples: ['https://www.google.com/example'] },
  { id: 'google-blog', key: 'google', name: 'Official Google Blog', domains: ['googleblog.blogspot.com', 'blog.google'], examples: ['https://googleblog.blogspot.com/2014/01/example.html'] },
  { id: 'google-cloud', name: 'Google Cloud', domains: ['cloud.google.com'], examples: ['https://status.cloud.google.com/incident/compute/15056', 'https://cloud.google.com/blog/example'] },
  { id: 'google-docs', name: 'Google Docs', domains: ['docs.google.com'], examples: ['https://docs.google.com/document/d/example/preview'] },
  { id: 'gov-uk', key: 'govuk', name: 'GOV.UK', domains: ['gov.uk'], examples: ['https://assets.publishing.service.gov.uk/example.pdf'] },
  { id: 'gps-gov', key: 'gps', name: 'GPS.gov', domains: ['gps.gov'], examples: ['https://www.gps.gov/example/'] },
  { id: 'hacker-news', key: 'hackernews', name: 'Hacker News', domains: ['news.ycombinator.com'], examples: ['https://news.ycombinator.com/item?id=1'] },
  { id: 'heroku', name: 'Heroku', domains: ['heroku.com', 'herokustatus.com'], examples: ['https://status.heroku.com/incidents/151', 'https://blog.heroku.com/example'] },
  { id: 'honeycomb', name: 'Honeycomb', domains: ['honeycomb.io'], examples: ['https://www.honeycomb.io/blog/incident-review-example'] },
  { id: 'incident-io', name: 'incident.io', domains: ['incident.io'], examples: ['https://incident.io/blog/intermittent-downtime', 'https://status.incident.io/incidents/x'] },
  { id: 'launchdarkly', name: 'LaunchDarkly', domains: ['launchdarkly.com'], examples: ['https://launchdarkly.com/blog/example/', 'https://status.launchdarkly.com/incidents/x'] },
  { id: 'lkml', key: 'lkml', name: 'Linux Kernel Mailing List', domains: ['lkml.org'], examples: ['https://lkml.org/lkml/2012/7/1/example'] },
  { id: 'mailgun', name: 'Mailgun', domains: ['mailgun.com'], examples: ['https://status.mailgun.com/incidents/x'] },
  { id: 'medium', name: 'Medium', domains: ['medium.com'], examples: ['https://medium.com/@someone/example-1234'] },
  { id: 'microsoft', name: 'Microsoft', domains: ['microsoft.com'], examples: ['https://research.microsoft.com/example'] },
  { id: 'microsoft-azure', name: 'Microsoft Azure', domains: ['azure.microsoft.com', 'azure.com', 'azure.status.microsoft'], examples: ['https://azure.microsoft.com/en-us/blog/example/', 'https://status.azure.com/en-us/status/history/'] },
  { id: 'mozilla-hacks', name: 'Mozilla Hacks', domains: ['hacks.mozilla.org'], examples: ['https://hacks.mozilla.org/2019/05/example/'] },
  { id: 'nasa', name: 'NASA', domains: ['nasa.gov'], examples: ['https://www.nasa.gov/example', 'https://www.jpl.nasa.gov/news/example'] },
  { id: 'netflix-tech-blog', name: 'Netflix TechBlog', domains: ['netflixtechblog.com', 'techblog.netflix.com'], examples: ['https://netflixtechblog.com/example', 'http://techblog.netflix.com/2012/10/example.html'] },
  { id: 'npm-blog', key: 'npm', name: 'The npm Blog', domains: ['blog.npmjs.org'], examples: ['https://blog.npmjs.org/post/example'] },
  { id: 'nytimes', key: 'nytimes', name: 'The New York Times', domains: ['nytimes.com'], examples: ['https://www.nytimes.com/2003/08/15/example.html'] },
  { id: 'okta', name: 'Okta', domains: ['okta.com'], examples: ['https://www.okta.com/blog/example/'] },
  { id: 'pagerduty', name: 'PagerDuty', domains: ['pagerduty.com'], examples: ['https://www.pagerduty.com/blog/example/', 'https://status.pagerduty.com/incidents/x'] },
  { id: 'reddit', name: 'Reddit', domains: ['reddit.com'], examples: ['https://www.reddit.com/r/example/comments/x/'] },
  { id: 'reuters', name: 'Reuters', domains: ['reuters.com'], examples: ['https://www.reuters.com/technology/example/'] },
  { id: 'rust-blog', name: 'Rust Blog', domains: ['blog.rust-lang.org'], examples: ['https://blog.rust-lang.org/inside-rust/2023/07/21/crates-io-postmortem.html'] },
  { id: 'salesforce', name: 'Salesforce', domains: ['salesforce.com'], examples: ['https://help.salesforce.com/example'] },
  { id: 'sentry', name: 'Sentry', domains: ['sentry.io'], examples: ['https://blog.sentry.io/2016/06/14/example'] },
  { id: 'signal-v-noise', key: 'signalvnoise', name: 'Signal v. Noise', domains: ['signalvnoise.com'], examples: ['https://m.signalvnoise.com/postmortem-example/', 'https://signalvnoise.com/posts/3729-example'] },
  { id: 'slack', name: 'Slack', domains: ['slack.com', 'slackhq.com', 'slack-status.com'], examples: ['https://slackhq.com/this-was-not-normal-really'] },
  { id: 'slack-engineering', name: 'Slack Engineering', domains: ['slack.engineering'], examples: ['https://slack.engineering/slacks-outage-on-january-4th-2021/'] },
  { id: 'spotify-engineering', name: 'Spotify Engineering', domains: ['labs.spotify.com', 'engineering.atspotify.com'], examples: ['https://labs.spotify.com/2013/06/04/example/'] },
  { id: 'stack-exchange', key: 'stackexchange', name: 'Stack Exchange', domains: ['stackstatus.net', 'stackexchange.com', 'meta.stackoverflow.com'], examples: ['https://stackstatus.net/post/example', 'https://meta.stackoverflow.com/questions/1'] },
  { id: 'stripe', name: 'Stripe', domains: ['stripe.com'], examples: ['https://support.stripe.com/questions/outage-postmortem-2015-10-08-utc'] },
  { id: 'techcrunch', name: 'TechCrunch', domains: ['techcrunch.com'], examples: ['https://techcrunch.com/2017/02/28/example/'] },
  { id: 'the-register', key: 'theregister', name: 'The Register', domains: ['theregister.com', 'theregister.co.uk', 'regmedia.co.uk'], examples: ['https://www.theregister.com/2021/06/08/fastly_outage/', 'https://www.theregister.co.uk/2017/03/01/aws_s3_outage/'] },
  { id: 'the-verge', key: 'theverge', name: 'The Verge', domains: ['theverge.com'], examples: ['https://www.theverge.com/2021/10/4/example'] },
  { id: 'thousandeyes', name: 'ThousandEyes', domains: ['thousandeyes.com'], examples: ['https://blog.thousandeyes.com/example/'] },
  { id: 'travis-ci', name: 'Travis CI', domains: ['travis-ci.com', 'travis-ci.org', 'traviscistatus.com'], examples: ['https://blog.travis-ci.com/2016-09-30-example', 'https://www.traviscistatus.com/incidents/x'] },
  { id: 'twilio', name: 'Twilio', domains: ['twilio.com'], examples: ['https://www.twilio.com/blog/example', 'https://status.twilio.com/incidents/x'] },
  { id: 'washington-post', key: 'washingtonpost', name: 'The Washington Post', domains: ['washingtonpost.com'], examples: ['https://www.washingtonpost.com/technology/example/'] },
  { id: 'wikipedia', name: 'Wikipedia', domains: ['wikipedia.org'], examples: ['https://en.wikipedia.org/wiki/Northeast_blackout_of_2003'] },
  { id: 'wired', name: 'Wired', domains: ['wired.com'], examples: ['https://www.wired.com/story/example/'] },
  { id: 'zdnet', name: 'ZDNet', domains: ['zdnet.com'], examples: ['https://www.zdnet.com/article/example/'] },
];
