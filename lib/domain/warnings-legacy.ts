/**
 * Warnings stored before version 6 were English sentences (the readers' own words). The database
 * upgrade (lib/store/db.ts) and the import of an older backup (lib/backup/import-read.ts) turn them into codes
 * here; a sentence no code matches is kept whole as `legacy`, never lost.
 */
import { IMPLAUSIBLE_REASONS, warning, type ImplausibleReason, type Warning, type WarningCode } from './warnings';

/** The fixed sentences of versions ≤ 5, word for word. */
const FIXED: Record<string, WarningCode> = {
  'This page looks different from what Partner Pipeline knows, so some details may be missing or wrong. Please check them before saving.':
    'layoutChanged',
  'Contact details are hidden on this page (login required).': 'contactHidden',
  'The project details have not loaded yet. Wait until the page shows them, then try again.': 'notLoaded',
  'Could not find the organisation that published this partner request.': 'noPublisher',
  'Could not find the member schools of this project.': 'noSchools',
  'Partner Pipeline could not read this page. You can still add the partner by hand.': 'unreadablePage',
  'Partner Pipeline cannot read saved data for this address.': 'unreadableData',
  'Could not find the organisation on this page.': 'noOrganisation',
  'Could not read where the organisation is based.': 'noBasedIn',
  'Could not find the title of this partner request.': 'noTitle',
  'Could not find the search results on this page.': 'noSearchResults',
  'An organisation without a readable name was left out.': 'nameless',
  'The coordinating organisation could not be read.': 'noCoordinator',
  'The project title could not be read.': 'noProjectTitle',
  'The project identifier could not be read.': 'noProjectId',
};

/** Sentences with values inside, and the warning each becomes. */
const PATTERNS: [RegExp, (match: RegExpExecArray) => Warning][] = [
  [/^Could not recognise the country "(.*)"\.$/s, (m) => warning('unknownCountry', { country: m[1]! })],
  [
    /^The page address says request (.+) but the page shows request (.+)\.$/s,
    (m) => warning('requestMismatch', { inAddress: m[1]!, onPage: m[2]! }),
  ],
  [/^Could not read the organisation of (\d+) results? on this page\.$/, (m) => count('unreadResults', m[1]!)],
  [/^(\d+) organisations? that withdrew from the project (?:was|were) left out\.$/, (m) => count('withdrawn', m[1]!)],
  [
    /^The data received is for project (.+), not for (.+)\. Please check before saving\.$/s,
    (m) => warning('dataMismatch', { received: m[1]!, expected: m[2]! }),
  ],
  [/^Only the first (\d+) organisations were read\.$/, (m) => warning('tooMany', { max: Number(m[1]) })],
];

const count = (code: 'unreadResults' | 'withdrawn', digits: string) => warning(code, { count: Number(digits) });

const IMPLAUSIBLE = 'Some details on this page did not look right and were left out: ';
/** The parts of the old "did not look right" sentence, each with its reason. */
const IMPLAUSIBLE_PARTS: [RegExp, ImplausibleReason][] = [
  [/^"(.*)" is the site's or a menu's name$/s, 'siteName'],
  [/^"(.*)" is the page's title$/s, 'pageTitle'],
  [/^"(.*)" is a person$/s, 'person'],
  [/^a website on the platform itself \((.*)\)$/s, 'platformWebsite'],
];

function implausible(sentence: string): Warning | undefined {
  if (!sentence.startsWith(IMPLAUSIBLE) || !sentence.endsWith('.')) return undefined;
  const parts = sentence.slice(IMPLAUSIBLE.length, -1).split('; ');
  const left = parts.map((part) => {
    const found = IMPLAUSIBLE_PARTS.find(([pattern]) => pattern.test(part));
    return found && { reason: found[1], value: found[0].exec(part)![1]! };
  });
  if (left.some((item) => !item || !IMPLAUSIBLE_REASONS.includes(item.reason))) return undefined;
  return warning('implausible', { left: left as { reason: ImplausibleReason; value: string }[] });
}

/** An old stored sentence as a warning: its code when it is one of ours, else kept as `legacy`. */
export function warningFromSentence(sentence: string): Warning {
  const fixed = FIXED[sentence];
  if (fixed) return { code: fixed, params: {} } as Warning;
  for (const [pattern, make] of PATTERNS) {
    const match = pattern.exec(sentence);
    if (match) return make(match);
  }
  return implausible(sentence) ?? warning('legacy', { text: sentence });
}

/** A stored list of warnings of any version: sentences become codes, codes stay as they are. */
export function upgradeWarnings(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item: unknown) => (typeof item === 'string' ? warningFromSentence(item) : item));
}
