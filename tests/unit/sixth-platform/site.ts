/** The made-up platform's site definition, as lib/platforms/sites/<site>.ts would hold it. */
import { defineSite } from '../../../lib/platforms/define';
import type { SiteId } from '../../../lib/platforms/facts';
import { FAKE_ID } from './facts';
import { solidarity } from './reader';

export const solidaritySite = defineSite(FAKE_ID as SiteId, [solidarity]);
