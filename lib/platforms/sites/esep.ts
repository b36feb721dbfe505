import { esep } from '../../extractors/esep';
import { etwinning } from '../../extractors/etwinning';
import { defineSite } from '../define';

// eTwinning lives on the ESEP host: its reader goes first, ESEP reads the rest.
export const esepSite = defineSite('esep', [etwinning, esep]);
