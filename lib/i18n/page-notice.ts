/**
 * The panel's one plain message (issue 11, "a better fallback"): what could not be read, said once,
 * composed from the warnings' codes, plus at most one secondary line; never a stack of warnings
 * that repeat each other. Pure over a `Translate` function (lib/i18n/warning-text.ts).
 */
import { warningText, type FormatCount, type Translate } from './warning-text';
import type { Warning, WarningCode } from '../domain/warnings';

export interface Notice {
  message: string;
  secondary?: string;
}

export interface NoticeWords {
  t: Translate;
  count?: FormatCount;
  /** "a, b and c" in the language of the messages. */
  list?: (items: string[]) => string;
}

/** Parts of the organisation a code says could not be read (`notice.part.<part>`). */
const ORGANISATION_PARTS: Partial<Record<WarningCode, 'name' | 'country'>> = {
  noOrganisation: 'name',
  noBasedIn: 'country',
  unknownCountry: 'country',
};
/** Other parts of the page a code says could not be read (`notice.phrase.<part>`). */
const PAGE_PARTS: Partial<Record<WarningCode, string>> = {
  noTitle: 'requestTitle',
  noPublisher: 'publisher',
  noSchools: 'schools',
  noSearchResults: 'results',
  noCoordinator: 'coordinator',
  noProjectTitle: 'projectTitle',
  noProjectId: 'projectId',
};
/** Codes the message itself says (or that only repeat it): never a secondary line. */
const SAID_BY_MESSAGE = new Set<WarningCode>(['noOrganisation', 'noBasedIn', 'unreadablePage', ...keys(PAGE_PARTS)]);
/** The secondary line: the first of these that is present. */
const SECONDARY_ORDER: WarningCode[] = [
  'layoutChanged',
  'notLoaded',
  'serviceError',
  'unreadableData',
  'dataMismatch',
  'requestMismatch',
  'unknownCountry',
  'contactHidden',
  'implausible',
  'unreadResults',
  'withdrawn',
  'tooMany',
  'nameless',
  'legacy',
];

function keys<T extends object>(record: T): (keyof T)[] {
  return Object.keys(record) as (keyof T)[];
}

const unique = <T>(items: T[]) => [...new Set(items)];

/** "We could not read the organisation's name and country on this page.", or nothing to say. */
function couldNotRead(warnings: readonly Warning[], handEntry: boolean, words: NoticeWords): string | undefined {
  const { t, list = (items) => items.join(', ') } = words;
  const stated = warnings.flatMap((item) => ORGANISATION_PARTS[item.code] ?? []);
  // Nothing was read in hand entry: the name is always among what could not be.
  const own = unique([...(handEntry ? ['name' as const] : []), ...stated]);
  const page = unique(warnings.flatMap((w) => PAGE_PARTS[w.code] ?? []));
  const phrases = page.map((part) => t(`notice.phrase.${part}`));
  if (own.length) phrases.push(t('notice.organisationParts', [list(own.map((part) => t(`notice.part.${part}`)))]));
  return phrases.length ? t('notice.couldNotRead', [list(phrases)]) : undefined;
}

/**
 * The notice for a panel: `handEntry` when nothing was read (the user types the organisation),
 * `check` when fields to check are shown under it.
 */
export function pageNotice(
  warnings: readonly Warning[],
  options: { handEntry: boolean; check: boolean },
  words: NoticeWords,
): Notice | undefined {
  const text = (item: Warning) => warningText(item, words.t, words.count);
  const missing = couldNotRead(warnings, options.handEntry, words);
  const others = SECONDARY_ORDER.flatMap((code) => warnings.filter((item) => item.code === code))
    // In hand entry the message already asks the user to check: "looks different" would repeat it.
    .filter((item) => !(missing && item.code === 'layoutChanged' && options.handEntry))
    .filter((item) => !missing || !SAID_BY_MESSAGE.has(item.code));
  const lines = unique([
    ...(missing ? [options.check ? `${missing} ${words.t('notice.checkFields')}` : missing] : []),
    ...others.map(text),
  ]);
  if (!lines.length) return undefined;
  return { message: lines[0]!, ...(lines[1] ? { secondary: lines[1] } : {}) };
}
