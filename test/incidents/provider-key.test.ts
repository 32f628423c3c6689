import { describe, expect, it } from 'vitest';
import { foldName, providerKey } from '../../src/incidents/provider-key.js';

describe('providerKey', () => {
  it('maps names of one provider family to one key', () => {
    expect(['Amazon', 'Amazon Web Services', 'AWS', 'Amazon.com', 'amazon s3'].map(providerKey)).toEqual(['amazon', 'amazon', 'amazon', 'amazon', 'amazon']);
    expect(['Microsoft Azure', 'Azure', 'Windows Azure', 'Microsoft'].map(providerKey)).toEqual(['microsoft', 'microsoft', 'microsoft', 'microsoft']);
    expect(['Google Cloud', 'GCP', 'The Cloudflare team'].map(providerKey)).toEqual(['google', 'google', 'cloudflare']);
    // Spelled canonically first (the provider table): "TravisCI" and "Travis CI" are one provider.
    expect(['TravisCI', 'Travis CI', 'Github', 'Facebook', 'Meta'].map(providerKey)).toEqual(['travis', 'travis', 'github', 'facebook', 'facebook']);
  });

  it('folds accents, case and punctuation', () => {
    expect(foldName('  Société Générale, Inc. ')).toBe('societe generale inc');
  });
});
