/** Words for the outreach section: how a partner came, language names, the platform page to write from. */
import type { Introduction, Organisation, PartnerEvent } from '@/lib/domain/model';
import { originsOf } from '@/lib/outreach/origin';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { isHttpUrl } from '@/lib/domain/limits';
import { i18n } from '@/lib/i18n';

export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

interface OriginData {
  events: PartnerEvent[];
  introduction?: Introduction;
  names: Map<string, string>;
}

export function describeOrigins(organisation: Organisation, data: OriginData): string[] {
  return originsOf(organisation, data.events, data.introduction).map((origin) => {
    if (origin.kind === 'introduced')
      return i18n.t('outreach.origin.introducedBy', [data.names.get(origin.ref!) ?? i18n.t('outreach.origin.deleted')]);
    if (origin.kind === 'event')
      return i18n.t('outreach.origin.metAt', [data.events.find((e) => e.id === origin.ref)?.name ?? '']);
    if (origin.kind === 'past-project') return i18n.t('outreach.origin.pastProject');
    if (origin.kind === 'manual') return i18n.t('outreach.origin.byHand');
    return i18n.t('outreach.origin.savedFrom', [PLATFORM_NAMES[origin.kind]]);
  });
}

/** The partner's page on its platform, where the contact form is (the platforms hide addresses behind their login). */
export function platformPage(organisation: Organisation): string | undefined {
  return organisation.sources
    .map((source) => source.extracted.profileUrl ?? source.url)
    .find((url): url is string => !!url && isHttpUrl(url));
}
