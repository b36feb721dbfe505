/** Display names: brand names stay as they are; "Added by hand" is in the user's language. */
import { i18n } from '../i18n';
import { PLATFORM_FACTS, PLATFORMS, type Platform } from './facts';

export const PLATFORM_NAMES = Object.defineProperty(
  Object.fromEntries(PLATFORMS.map((platform) => [platform, PLATFORM_FACTS[platform].name])),
  'manual',
  { get: () => i18n.t('platform.manual'), enumerable: true },
) as Record<Platform | 'manual', string>;
