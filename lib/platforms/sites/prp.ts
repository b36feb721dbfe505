import { prp } from '../../extractors/prp';
import { defineSite } from '../define';

export const prpSite = defineSite('prp', [prp]);
