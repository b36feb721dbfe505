/** Display names: brand names stay as they are; "Added by hand" is in the user's language. */
import { i18n } from '../i18n';
import { PLATFORM_FACTS, type Platform } from './facts';

export const PLATFORM_NAMES: Record<Platform | 'manual', string> = {
  epale: PLATFORM_FACTS.epale.name,
  esep: PLATFORM_FACTS.esep.name,
  etwinning: PLATFORM_FACTS.etwinning.name,
  otlas: PLATFORM_FACTS.otlas.name,
  prp: PLATFORM_FACTS.prp.name,
  get manual() {
    return i18n.t('platform.manual');
  },
};
