/**
 * Extractor warnings in the user's language. The extractors (lib/extractors/, pure) write their
 * warnings in English and they are stored with each source as data, so they are translated here,
 * when shown: the known texts by equality, the ones with a name or number inside by pattern.
 * Anything else (a newer extractor's warning, a reason from the background already translated)
 * is shown as it is.
 */
import { CONTACT_HIDDEN_WARNING, LAYOUT_CHANGED_WARNING } from './extractors/types';
import { NOT_LOADED_WARNING } from './extractors/prp';
import { formatNumber } from './format';
import { i18n } from './i18n';

/** Fixed warnings: the exported constants, and the module-private texts (a unit test checks they are still in lib/extractors/). */
export const KNOWN_WARNINGS: Record<string, () => string> = {
  [LAYOUT_CHANGED_WARNING]: () => i18n.t('warnings.layoutChanged'),
  [CONTACT_HIDDEN_WARNING]: () => i18n.t('warnings.contactHidden'),
  [NOT_LOADED_WARNING]: () => i18n.t('warnings.notLoaded'),
  'Could not find the organisation that published this partner request.': () => i18n.t('warnings.noPublisher'),
  'Could not find the member schools of this project.': () => i18n.t('warnings.noSchools'),
  'Partner Pipeline could not read this page. You can still add the partner by hand.': () => i18n.t('warnings.unreadablePage'),
  'Partner Pipeline cannot read saved data for this address.': () => i18n.t('warnings.unreadableData'),
  'Could not find the organisation on this page.': () => i18n.t('warnings.noOrganisation'),
  'Could not read where the organisation is based.': () => i18n.t('warnings.noBasedIn'),
  'Could not find the title of this partner request.': () => i18n.t('warnings.noTitle'),
  'Could not find the search results on this page.': () => i18n.t('warnings.noSearchResults'),
  '1 organisation that withdrew from the project was left out.': () => i18n.t('warnings.withdrawn', 1, [formatNumber(1)]),
};

/** Warnings with a value inside: the English pattern, and the message it becomes. */
export const PATTERN_WARNINGS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^Could not recognise the country "(.*)"\.$/s, (m) => i18n.t('warnings.unknownCountry', [m[1]!])],
  [/^The page address says request (.+) but the page shows request (.+)\.$/s, (m) => i18n.t('warnings.requestMismatch', [m[1]!, m[2]!])],
  [/^Could not read the organisation of (\d+) results? on this page\.$/, (m) => i18n.t('warnings.unreadResults', Number(m[1]), [formatNumber(Number(m[1]))])],
  [/^(\d+) organisations that withdrew from the project were left out\.$/, (m) => i18n.t('warnings.withdrawn', Number(m[1]), [formatNumber(Number(m[1]))])],
  [/^The data received is for project (.+), not for (.+)\. Please check before saving\.$/s, (m) => i18n.t('warnings.dataMismatch', [m[1]!, m[2]!])],
];

/** A stored or fresh extractor warning in the user's language; unknown text as it is. */
export function translateWarning(warning: string): string {
  const known = KNOWN_WARNINGS[warning];
  if (known) return known() || warning;
  for (const [pattern, message] of PATTERN_WARNINGS) {
    const match = pattern.exec(warning);
    if (match) return message(match) || warning;
  }
  return warning;
}
