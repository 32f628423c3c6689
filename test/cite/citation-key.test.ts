import { describe, expect, it } from 'vitest';
import { citationKey, hostKeyWord, keyWord, nameKeyWord, uniqueCitationKeys } from '../../src/cite/citation-key.js';

const year = (y: number) => ({ 'date-parts': [[y]] as [number, number?, number?][] });

describe('citationKey', () => {
  it('is <name><year><first title word> in lower-case ASCII', () => {
    expect(citationKey({ title: 'Cloudflare outage on July 2, 2019', issued: year(2019), siteKey: 'cloudflare' })).toBe('cloudflare2019outage');
    expect(citationKey({ title: 'Summary of the Amazon S3 Service Disruption', issued: year(2017), siteKey: 'amazon' })).toBe('amazon2017summary');
    expect(citationKey({ title: 'Why Amazon Went Down', author: [{ family: 'Croll', given: 'Alistair' }], issued: year(2008) })).toBe('croll2008why');
  });

  it('takes the person, else the organisation author, else the site', () => {
    expect(citationKey({ title: 'Über alles', author: [{ family: 'Müller-Lüdenscheidt' }], issued: year(2020) })).toBe('mullerludenscheidt2020uber');
    expect(citationKey({ title: 'An outage', author: [{ family: 'Beethoven', 'non-dropping-particle': 'van' }] })).toBe('vanbeethovenndoutage');
    expect(citationKey({ title: 'The outage', author: [{ literal: 'The Ops Team' }], siteKey: 'example' })).toBe('opsndoutage');
    expect(citationKey({ title: 'A day', siteKey: 'epa', issued: year(2004) })).toBe('epa2004day');
  });

  it('skips articles, short prepositions and the name itself in the title; an untitled record has no title word', () => {
    expect(citationKey({ title: 'incident.io degraded during the outage', siteKey: 'incidentio', issued: year(2025) })).toBe('incidentio2025degraded');
    expect(citationKey({ title: 'On the one hand', siteKey: 'x' })).toBe('xndone');
    expect(citationKey({ title: 'GitHub.com outage of December 2012', siteKey: 'github', issued: year(2012) })).toBe('github2012outage');
    expect(citationKey({ title: 'GitHubbers write', siteKey: 'github' })).toBe('githubndgithubbers');
    expect(citationKey({ siteKey: 'rust', issued: year(2023) })).toBe('rust2023');
    expect(citationKey({ title: '¿¡' })).toBe('anonnd');
  });

  it('builds key words from names and hosts', () => {
    expect(keyWord('Graham-Cumming')).toBe('grahamcumming');
    expect(nameKeyWord('The Register')).toBe('register');
    expect(nameKeyWord('incident.io')).toBe('incidentio');
    expect(hostKeyWord('status.heroku.com')).toBe('heroku');
    expect(hostKeyWord('www.bbc.co.uk')).toBe('bbc');
    expect(hostKeyWord('localhost')).toBe('localhost');
  });
});

describe('uniqueCitationKeys', () => {
  it('keeps the first key and suffixes a, b, ... to repeats, skipping keys already given', () => {
    const unique = uniqueCitationKeys();
    expect(['cloudflare2019outage', 'cloudflare2019outage', 'amazon2017summary', 'cloudflare2019outage'].map(unique)).toEqual([
      'cloudflare2019outage',
      'cloudflare2019outagea',
      'amazon2017summary',
      'cloudflare2019outageb',
    ]);
    const other = uniqueCitationKeys();
    expect(['x2019a', 'x2019', 'x2019'].map(other)).toEqual(['x2019a', 'x2019', 'x2019b']);
  });

  it('runs past z to aa', () => {
    const unique = uniqueCitationKeys();
    const keys = Array.from({ length: 28 }, () => unique('k'));
    expect(keys.slice(0, 2)).toEqual(['k', 'ka']);
    expect(keys.slice(-3)).toEqual(['ky', 'kz', 'kaa']);
    expect(new Set(keys).size).toBe(28);
  });
});
