import { describe, expect, it } from 'vitest';
import { absoluteUrl, publicationSite } from './site-url.ts';

describe('the publication address', () => {
  it('is absent in a local build', () => {
    expect(publicationSite({})).toBeUndefined();
    expect(publicationSite({ SITE_URL: '  ' })).toBeUndefined();
  });

  it('is taken from SITE_URL as an origin', () => {
    expect(publicationSite({ SITE_URL: 'https://ppa.uni-x.edu' })).toBe('https://ppa.uni-x.edu/');
    expect(publicationSite({ SITE_URL: 'http://archive.lab.net:8080/' })).toBe('http://archive.lab.net:8080/');
  });

  it('refuses a placeholder or loopback host, saying what to do', () => {
    for (const SITE_URL of [
      'https://pilot-policy-archive.example',
      'https://www.example.org/',
      'http://site.invalid',
      'http://localhost:4321',
      'http://127.0.0.1:4321',
    ])
      expect(() => publicationSite({ SITE_URL }), SITE_URL).toThrow(
        /placeholder or loopback host.*leave SITE_URL unset/,
      );
  });

  it('refuses what is not an absolute http(s) origin', () => {
    expect(() => publicationSite({ SITE_URL: 'ppa.uni-x.edu' })).toThrow('SITE_URL=ppa.uni-x.edu: not an absolute URL');
    expect(() => publicationSite({ SITE_URL: 'ftp://ppa.uni-x.edu' })).toThrow('use an http(s) address');
    expect(() => publicationSite({ SITE_URL: 'https://ppa.uni-x.edu/archive/' })).toThrow('give the origin only');
  });
});

describe('absolute URLs', () => {
  it('join the publication address and the path, or are null in a local build', () => {
    expect(absoluteUrl('https://ppa.uni-x.edu/', '/notices/x/#p5')).toBe('https://ppa.uni-x.edu/notices/x/#p5');
    expect(absoluteUrl(undefined, '/notices/x/')).toBeNull();
  });
});
