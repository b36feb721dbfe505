import { otlas } from '../../extractors/otlas';
import { defineSite } from '../define';

export const otlasSite = defineSite('otlas', [otlas]);
