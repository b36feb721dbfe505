/**
 * The only hosts the extension may touch: the four platforms and the
 * Project Results Platform's public data service. No <all_urls>.
 */
export const OTLAS_MATCHES = [
  '*://*.salto-youth.net/tools/otlas-partner-finding/*',
  '*://salto-youth.net/tools/otlas-partner-finding/*',
  '*://*.otlas.eu/*',
];
export const EPALE_MATCHES = ['*://epale.ec.europa.eu/*'];
export const ESEP_MATCHES = ['*://school-education.ec.europa.eu/*'];
export const PRP_MATCHES = [
  '*://erasmus-plus.ec.europa.eu/projects/*',
  '*://ec.europa.eu/programmes/erasmus-plus/projects/*',
];
export const PRP_SERVICE = 'https://ec.europa.eu/programmes/service/*';

/** Pages our content scripts run on. */
export const HOST_MATCHES = [...OTLAS_MATCHES, ...EPALE_MATCHES, ...ESEP_MATCHES, ...PRP_MATCHES];
export const HOST_PERMISSIONS = [...HOST_MATCHES, PRP_SERVICE];
