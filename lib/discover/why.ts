/**
 * Reasons in words: "2 KA220-ADU as coordinator, last 2024 · digital inclusion · DE, a country your
 * idea lacks". The CLI gives lib/i18n the English messages, so it prints the board's very words.
 */
import { i18n } from '../i18n';
import type { Reason } from './rank';

const withYear = (main: string, year: number | undefined) =>
  year ? `${main}, ${i18n.t('discover.why.last', [String(year)])}` : main;

export function describeReason(reason: Reason, number: (n: number) => string): string {
  switch (reason.kind) {
    case 'experience': {
      const text =
        reason.role === 'coordinator'
          ? i18n.t('discover.why.asCoordinator', [number(reason.count), reason.action])
          : i18n.t('discover.why.asPartner', [number(reason.count), reason.action]);
      return withYear(text, reason.last);
    }
    case 'projects':
      return withYear(i18n.t('discover.why.projects', reason.count, [number(reason.count)]), reason.last);
    case 'newcomer':
      return i18n.t('discover.why.newcomer', [reason.action]);
    case 'match':
      return reason.words.join(', ');
    case 'lacks':
      return i18n.t('discover.why.lacks', [reason.country]);
  }
}

export function describeReasons(reasons: Reason[], number: (n: number) => string): string[] {
  return reasons.map((reason) => describeReason(reason, number)).filter(Boolean);
}
