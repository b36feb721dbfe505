/**
 * A made-up sixth platform, "Solidarity Finder", as a new platform brings it: its facts (what
 * lib/platforms/facts.ts would gain), its reader and its site definition, in one folder.
 * tests/unit/sixth-platform.test.ts adds it through the registry only and checks what derives from it.
 */
import type { PlatformFacts, SiteFacts } from '../../../lib/platforms/facts';

export const FAKE_ID = 'solidarity';
export const FAKE_NAME = 'Solidarity Finder';
export const FAKE_HOST = 'solidarity.example.eu';
export const FAKE_SERVICE = `https://api.${FAKE_HOST}/cards/*`;
export const FAKE_RECORD_PATH = /^\/[a-z]{2}\/organisations\/\d+\/?$/;

export const FAKE_SITE: Omit<SiteFacts, 'platforms'> & { platforms: readonly string[] } = {
  routes: [{ host: FAKE_HOST, pathPrefix: '/finder' }],
  platforms: [FAKE_ID],
  followsNavigation: false,
  dataServices: [FAKE_SERVICE],
  mayHoldRecord: (url) => FAKE_RECORD_PATH.test(url.pathname.replace(/^\/finder/, '')),
};

export const FAKE_PLATFORM: Omit<PlatformFacts, 'site'> & { site: string } = {
  name: FAKE_NAME,
  site: FAKE_ID,
  titleNoise: [/\s*[|–—-]\s*Solidarity Finder.*$/i],
};
