/** An organisation's details by name, in the user's language: as labels, and inside sentences. */
import { i18n } from './';
import type { OrganisationField } from '../domain/organisation-fields';

/** Every field of the schema has a label and a name: a field added there fails to compile here until it does. */
export type LabelledField = Exclude<OrganisationField, 'profileUrl'>;

const LABELS: Record<LabelledField, () => string> = {
  name: () => i18n.t('fields.name'),
  country: () => i18n.t('fields.country'),
  city: () => i18n.t('fields.city'),
  region: () => i18n.t('fields.region'),
  type: () => i18n.t('fields.type'),
  website: () => i18n.t('fields.website'),
  email: () => i18n.t('fields.email'),
  phone: () => i18n.t('fields.phone'),
  oid: () => i18n.t('fields.oid'),
  pic: () => i18n.t('fields.pic'),
  description: () => i18n.t('fields.description'),
  role: () => i18n.t('fields.role'),
};

const NAMES: Record<LabelledField | 'stage' | 'nextFollowUp', () => string> = {
  name: () => i18n.t('fieldNames.name'),
  country: () => i18n.t('fieldNames.country'),
  city: () => i18n.t('fieldNames.city'),
  region: () => i18n.t('fieldNames.region'),
  type: () => i18n.t('fieldNames.type'),
  website: () => i18n.t('fieldNames.website'),
  email: () => i18n.t('fieldNames.email'),
  phone: () => i18n.t('fieldNames.phone'),
  oid: () => i18n.t('fieldNames.oid'),
  pic: () => i18n.t('fieldNames.pic'),
  description: () => i18n.t('fieldNames.description'),
  role: () => i18n.t('fieldNames.role'),
  stage: () => i18n.t('fieldNames.stage'),
  nextFollowUp: () => i18n.t('fieldNames.nextFollowUp'),
};

const lookUp = (table: Record<string, () => string>, field: string) =>
  Object.hasOwn(table, field) ? table[field]!() : field;

/** "City", "E-mail": a field's label; an unknown field name as it is. */
export const fieldLabel = (field: string): string => lookUp(LABELS, field);

/** "city", "e-mail": a field named inside a sentence; an unknown field name as it is. */
export const fieldName = (field: string): string => lookUp(NAMES, field);

/** "city, e-mail": the fields changed, for the history. */
export const fieldList = (fields: string[]) => fields.map(fieldName).join(', ');
