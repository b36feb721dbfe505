/** Every site definition, in the facts' site order: the one list the registry gathers. */
import type { SiteDefinition } from '../define';
import { epaleSite } from './epale';
import { esepSite } from './esep';
import { otlasSite } from './otlas';
import { prpSite } from './prp';

export const SITE_DEFINITIONS: SiteDefinition[] = [otlasSite, epaleSite, esepSite, prpSite];
