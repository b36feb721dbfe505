/**
 * One home for the organisation's field lists. The schema (lib/domain/model.ts) is the source: every list
 * here is the schema's fields minus what that use leaves out, named with its reason, so a field added
 * to the schema appears in every list at once (tests/unit/organisation-fields.test.ts holds the rest).
 */
import { ExtractedOrganisationSchema, OrganisationSchema, type ExtractedOrganisation } from './model';

export type OrganisationField = keyof ExtractedOrganisation;

/** Every field a page can state about an organisation, in the schema's order. */
export const ORGANISATION_FIELDS = Object.keys(ExtractedOrganisationSchema.shape) as OrganisationField[];

/** What a page states about one visit, not about the organisation: kept in its source, not on the record. */
const PER_PAGE = ['role', 'profileUrl'] as const satisfies readonly OrganisationField[];

function without<F extends OrganisationField, L extends F>(
  fields: readonly F[],
  leftOut: readonly L[],
): Exclude<F, L>[] {
  return fields.filter((field): field is Exclude<F, L> => !(leftOut as readonly F[]).includes(field));
}

/** The details a saved organisation keeps, name first (the schema's fields the saved record shares). */
export const DETAIL_FIELDS = without(ORGANISATION_FIELDS, PER_PAGE).filter(
  (field) => field in OrganisationSchema.shape,
);
export type DetailField = Exclude<OrganisationField, (typeof PER_PAGE)[number]>;

/** The details besides the name: what a save fills in, a merge completes and an import compares. */
export const DETAILS_BESIDES_NAME = without(DETAIL_FIELDS, ['name']);

/** The panel on a platform page is one line per field: the long ones are edited on the board. */
export const PANEL_LEFT_OUT = ['region', 'description'] as const satisfies readonly DetailField[];
export const PANEL_FIELDS = without(DETAIL_FIELDS, PANEL_LEFT_OUT);
export type PanelField = (typeof PANEL_FIELDS)[number];

/** Text compared loosely (case and accents folded) when an import meets the same organisation. */
export const FOLDED_FIELDS = ['name', 'city', 'region', 'type'] as const satisfies readonly DetailField[];

/** The spreadsheet export: one column per detail but the long description (a cell of pages is no use). */
export const CSV_LEFT_OUT = ['description', 'region'] as const satisfies readonly DetailField[];

/** Only the fields of `fields` that are set, for spreading into a record. */
export function pickFields<F extends DetailField>(organisation: Partial<ExtractedOrganisation>, fields: readonly F[]) {
  return Object.fromEntries(
    fields.filter((key) => organisation[key] !== undefined).map((key) => [key, organisation[key]]),
  ) as Pick<ExtractedOrganisation, F>;
}
