import { epale } from '../../extractors/epale';
import { defineSite } from '../define';

export const epaleSite = defineSite('epale', [epale]);
