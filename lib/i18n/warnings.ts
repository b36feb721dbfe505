/**
 * Warnings in the user's language, for views: `warnings.<code>` and `notice.*` through
 * @wxt-dev/i18n. tests/unit/warnings.test.ts holds that every code and notice part has its message here.
 */
import { formatNumber } from './format';
import { i18n, pageLanguage } from './';
import { pageNotice, type Notice, type NoticeWords } from './page-notice';
import { warningText, type Translate } from './warning-text';
import type { Warning } from '../domain/warnings';

type Message = (substitutions: string[], count: number) => string;
const one = (values: string[]) => values[0] ?? '';

/** Every message a warning or the notice is worded with, by literal key (the i18n test sees each one). */
const MESSAGES: Record<string, Message> = {
  'warnings.layoutChanged': () => i18n.t('warnings.layoutChanged'),
  'warnings.contactHidden': () => i18n.t('warnings.contactHidden'),
  'warnings.notLoaded': () => i18n.t('warnings.notLoaded'),
  'warnings.noPublisher': () => i18n.t('warnings.noPublisher'),
  'warnings.noSchools': () => i18n.t('warnings.noSchools'),
  'warnings.unreadablePage': () => i18n.t('warnings.unreadablePage'),
  'warnings.unreadableData': () => i18n.t('warnings.unreadableData'),
  'warnings.noOrganisation': () => i18n.t('warnings.noOrganisation'),
  'warnings.noBasedIn': () => i18n.t('warnings.noBasedIn'),
  'warnings.noTitle': () => i18n.t('warnings.noTitle'),
  'warnings.noSearchResults': () => i18n.t('warnings.noSearchResults'),
  'warnings.unknownCountry': (values) => i18n.t('warnings.unknownCountry', [one(values)]),
  'warnings.requestMismatch': ([a = '', b = '']) => i18n.t('warnings.requestMismatch', [a, b]),
  'warnings.unreadResults': (values, count) => i18n.t('warnings.unreadResults', count, [one(values)]),
  'warnings.withdrawn': (values, count) => i18n.t('warnings.withdrawn', count, [one(values)]),
  'warnings.dataMismatch': ([a = '', b = '']) => i18n.t('warnings.dataMismatch', [a, b]),
  'warnings.nameless': () => i18n.t('warnings.nameless'),
  'warnings.tooMany': (values, count) => i18n.t('warnings.tooMany', count, [one(values)]),
  'warnings.noCoordinator': () => i18n.t('warnings.noCoordinator'),
  'warnings.noProjectTitle': () => i18n.t('warnings.noProjectTitle'),
  'warnings.noProjectId': () => i18n.t('warnings.noProjectId'),
  'warnings.implausible': (values) => i18n.t('warnings.implausible', [one(values)]),
  'warnings.leftOut.siteName': (values) => i18n.t('warnings.leftOut.siteName', [one(values)]),
  'warnings.leftOut.tabTitle': (values) => i18n.t('warnings.leftOut.tabTitle', [one(values)]),
  'warnings.leftOut.pageTitle': (values) => i18n.t('warnings.leftOut.pageTitle', [one(values)]),
  'warnings.leftOut.person': (values) => i18n.t('warnings.leftOut.person', [one(values)]),
  'warnings.leftOut.notACountry': (values) => i18n.t('warnings.leftOut.notACountry', [one(values)]),
  'warnings.leftOut.platformWebsite': (values) => i18n.t('warnings.leftOut.platformWebsite', [one(values)]),
  'notice.couldNotRead': (values) => i18n.t('notice.couldNotRead', [one(values)]),
  'notice.checkFields': () => i18n.t('notice.checkFields'),
  'notice.organisationParts': (values) => i18n.t('notice.organisationParts', [one(values)]),
  'notice.part.name': () => i18n.t('notice.part.name'),
  'notice.part.country': () => i18n.t('notice.part.country'),
  'notice.phrase.requestTitle': () => i18n.t('notice.phrase.requestTitle'),
  'notice.phrase.publisher': () => i18n.t('notice.phrase.publisher'),
  'notice.phrase.schools': () => i18n.t('notice.phrase.schools'),
  'notice.phrase.results': () => i18n.t('notice.phrase.results'),
  'notice.phrase.coordinator': () => i18n.t('notice.phrase.coordinator'),
  'notice.phrase.projectTitle': () => i18n.t('notice.phrase.projectTitle'),
  'notice.phrase.projectId': () => i18n.t('notice.phrase.projectId'),
};

/** The message of `key`; a key no message has (a newer code) is shown as the key, never as nothing. */
export const translate: Translate = (key, substitutions = [], count = 0) =>
  MESSAGES[key]?.(substitutions, count) ?? key;

/** "a, b and c" in the language of the messages shown. */
function listOf(items: string[]): string {
  try {
    return new Intl.ListFormat(pageLanguage(), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

const WORDS: NoticeWords = { t: translate, count: (count) => formatNumber(count), list: listOf };

/** One warning in the user's language. */
export const warningInWords = (item: Warning): string => warningText(item, translate, WORDS.count);

/** The panel's one message (lib/i18n/page-notice.ts) in the user's language. */
export const noticeInWords = (
  warnings: readonly Warning[],
  options: { handEntry: boolean; check: boolean },
): Notice | undefined => pageNotice(warnings, options, WORDS);
