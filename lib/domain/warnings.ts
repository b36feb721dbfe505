/**
 * The warning catalogue: what a reader could not read, as a code with parameters, never as a
 * sentence. Readers write `{ code, params }`, sources store it, and each view words it in the
 * user's language where it is shown (lib/i18n/warning-text.ts, keys `warnings.<code>`).
 * No zod and no words here: the page's reader (stage 2) imports this file. The schema is in
 * lib/domain/warning-schema.ts, old English sentences map to codes in lib/domain/warnings-legacy.ts.
 */

/** Why a value that passed its shape was still left out (lib/extractors/plausible.ts). */
export const IMPLAUSIBLE_REASONS = [
  'siteName',
  'tabTitle',
  'pageTitle',
  'person',
  'notACountry',
  'platformWebsite',
] as const;
export type ImplausibleReason = (typeof IMPLAUSIBLE_REASONS)[number];

/** Each code and its parameters. A code without parameters has `params: {}`. */
export interface WarningParams {
  /** A known kind of page without its anchors (a redesign): the user checks before saving. */
  layoutChanged: Record<string, never>;
  /** The platform hides contact details from visitors who are not logged in. */
  contactHidden: Record<string, never>;
  /** The PRP app has not rendered the project yet. */
  notLoaded: Record<string, never>;
  noPublisher: Record<string, never>;
  noSchools: Record<string, never>;
  /** The reader failed (a bug): the user can still add the partner by hand. */
  unreadablePage: Record<string, never>;
  unreadableData: Record<string, never>;
  noOrganisation: Record<string, never>;
  noBasedIn: Record<string, never>;
  noTitle: Record<string, never>;
  noSearchResults: Record<string, never>;
  /** `country` as the page writes it. */
  unknownCountry: { country: string };
  requestMismatch: { inAddress: string; onPage: string };
  unreadResults: { count: number };
  withdrawn: { count: number };
  dataMismatch: { received: string; expected: string };
  nameless: Record<string, never>;
  tooMany: { max: number };
  noCoordinator: Record<string, never>;
  noProjectTitle: Record<string, never>;
  noProjectId: Record<string, never>;
  /** Values left out because they looked wrong: each with its reason. */
  implausible: { left: { reason: ImplausibleReason; value: string }[] };
  /** The background's reason (already in the user's language) why a data service did not answer. */
  serviceError: { message: string };
  /** An old stored sentence no code matches: kept as it was written. */
  legacy: { text: string };
}

export type WarningCode = keyof WarningParams;
export type Warning = { [C in WarningCode]: { code: C; params: WarningParams[C] } }[WarningCode];

/** Every code, in the order a reader is most likely to give them. */
export const WARNING_CODES = [
  'layoutChanged',
  'contactHidden',
  'notLoaded',
  'noPublisher',
  'noSchools',
  'unreadablePage',
  'unreadableData',
  'noOrganisation',
  'noBasedIn',
  'noTitle',
  'noSearchResults',
  'unknownCountry',
  'requestMismatch',
  'unreadResults',
  'withdrawn',
  'dataMismatch',
  'nameless',
  'tooMany',
  'noCoordinator',
  'noProjectTitle',
  'noProjectId',
  'implausible',
  'serviceError',
  'legacy',
] as const satisfies readonly WarningCode[];

type NoParams = { [C in WarningCode]: WarningParams[C] extends Record<string, never> ? C : never }[WarningCode];

/** A warning: `warning('layoutChanged')`, `warning('withdrawn', { count: 2 })`. */
export function warning<C extends NoParams>(code: C): Warning;
export function warning<C extends Exclude<WarningCode, NoParams>>(code: C, params: WarningParams[C]): Warning;
export function warning(code: WarningCode, params: object = {}): Warning {
  return { code, params } as Warning;
}

/** Does the list hold a warning of this code? */
export const hasWarning = (warnings: readonly Warning[], code: WarningCode): boolean =>
  warnings.some((item) => item.code === code);

/** One key per warning, for de-duplicating and for list keys in views. */
export const warningKey = (item: Warning): string => `${item.code}:${JSON.stringify(item.params)}`;
