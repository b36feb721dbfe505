/** Which platform a URL belongs to, by host and path: the routing everything else starts from. */
import type { Platform } from './model';
import { i18n } from './i18n';

/** Brand names stay as they are; "Added by hand" is in the user's language. */
export const PLATFORM_NAMES: Record<Platform | 'manual', string> = {
  epale: 'EPALE',
  esep: 'ESEP',
  etwinning: 'eTwinning',
  otlas: 'OTLAS',
  prp: 'Project Results Platform',
  get manual() {
    return i18n.t('platform.manual');
  },
};

/** Platforms whose records a page at this URL may propose (eTwinning lives on the ESEP host). */
export function platformsOfUrl(raw: string | URL | undefined): Platform[] {
  if (!raw) return [];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return [];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'otlas.eu' || host.endsWith('.otlas.eu')) return ['otlas'];
  if ((host === 'salto-youth.net' || host.endsWith('.salto-youth.net')) && url.pathname.startsWith('/tools/otlas-partner-finding')) return ['otlas'];
  if (host === 'epale.ec.europa.eu') return ['epale'];
  if (host === 'school-education.ec.europa.eu') return ['esep', 'etwinning'];
  if (host === 'erasmus-plus.ec.europa.eu' && url.pathname.startsWith('/projects')) return ['prp'];
  if (host === 'ec.europa.eu' && url.pathname.startsWith('/programmes/erasmus-plus/projects')) return ['prp'];
  return [];
}
